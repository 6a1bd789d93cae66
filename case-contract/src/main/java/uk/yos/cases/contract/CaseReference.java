package uk.yos.cases.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * case-service's answer to {@code GET /api/v1/cases/{caseId}/summary} ({@link CaseServicePaths#SUMMARY}): what other
 * services check a case id against before they refer to it. No names, dates of birth or free text, because callers
 * such as the RJ team and panel coordinators may not read the case itself.
 *
 * <p>The codes are strings, not enums, so a case type or status case-service adds later does not break a caller
 * that never uses it; the document still lists case-service's values ({@code CaseType}, {@code CaseCategory},
 * {@code CaseStatus}). Which fields every answer must carry is {@link #missingFields()}.
 */
@Schema(name = "CaseReference", description = "A case as other services refer to it: no personal details")
public record CaseReference(
        @Schema(example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d40") UUID id,
        @Schema(example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d3f") UUID youngPersonId,
        @Schema(ref = "CaseType", type = SchemaType.STRING, example = "REFERRAL_ORDER") String caseType,
        @Schema(ref = "CaseCategory", type = SchemaType.STRING, example = "COURT") String category,
        @Schema(ref = "CaseStatus", type = SchemaType.STRING, example = "OPEN") String status,
        @Schema(example = "NORTH_OOC", maxLength = 40) String owningTeamCode,
        @Schema(example = "2026-10-01") LocalDate outcomeDate,
        @Schema(maxItems = 50) List<OffenceReference> offences) {

    /** The case type of a referral order (the only cases a referral order may refer to). */
    public static final String REFERRAL_ORDER = "REFERRAL_ORDER";
    /** The status of a case still open. */
    public static final String OPEN = "OPEN";

    /** An offence without its description. */
    @Schema(name = "CaseReferenceOffence")
    public record OffenceReference(
            @Schema(example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d41") UUID id,
            @Schema(example = "THEFT", maxLength = 40) String offenceTypeCode,
            @Schema(example = "2026-09-20") LocalDate offenceDate,
            @Schema(example = "2", minimum = "1", maximum = "8") Integer gravityScore) {
    }

    /** The case's offence with this id, if it is one of the case's. */
    public Optional<OffenceReference> offence(UUID offenceId) {
        return offences == null ? Optional.empty()
                : offences.stream().filter(o -> offenceId.equals(o.id())).findFirst();
    }

    /**
     * The fields every answer must carry that this one lacks (null or absent), named as in the JSON
     * ({@code offences[0].id}); empty for a complete answer. These are the ones the callers rely on: the case's
     * identity, type, status and team, and its offences. The category (derived from the type) and the outcome date
     * (a case may not have one yet) may be missing.
     */
    public List<String> missingFields() {
        List<String> missing = new ArrayList<>();
        Shapes.require(missing, "id", id);
        Shapes.require(missing, "youngPersonId", youngPersonId);
        Shapes.require(missing, "caseType", caseType);
        Shapes.require(missing, "status", status);
        Shapes.require(missing, "owningTeamCode", owningTeamCode);
        Shapes.require(missing, "offences", offences);
        if (offences != null) {
            for (int i = 0; i < offences.size(); i++) {
                OffenceReference o = offences.get(i);
                String at = "offences[" + i + "]";
                if (o == null) {
                    missing.add(at);
                    continue;
                }
                Shapes.require(missing, at + ".id", o.id());
                Shapes.require(missing, at + ".offenceTypeCode", o.offenceTypeCode());
                Shapes.require(missing, at + ".offenceDate", o.offenceDate());
                Shapes.require(missing, at + ".gravityScore", o.gravityScore());
            }
        }
        return missing;
    }
}
