package uk.yos.victims.supportreferral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupportReferral")
public record SupportReferralView(UUID id, UUID victimId, @Schema(maxLength = 200) String serviceName,
        @Schema(maxLength = 1000) String reason, LocalDate referredOn, Instant recordedAt,
        @Schema(maxLength = 255) String recordedBy) {

    static SupportReferralView of(SupportReferral r) {
        return new SupportReferralView(r.id, r.victimId, r.serviceName, r.reason, r.referredOn, r.recordedAt,
                r.recordedBy);
    }
}
