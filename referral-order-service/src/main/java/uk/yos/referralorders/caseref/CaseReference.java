package uk.yos.referralorders.caseref;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What case-service tells us about a case ({@code CaseReference} in its OpenAPI). Only the fields this service
 * uses; anything else case-service adds later is ignored rather than refused.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseReference(UUID id, UUID youngPersonId, String caseType, String category, String status,
        String owningTeamCode, LocalDate outcomeDate) {

    public static final String REFERRAL_ORDER = "REFERRAL_ORDER";
    public static final String OPEN = "OPEN";
}
