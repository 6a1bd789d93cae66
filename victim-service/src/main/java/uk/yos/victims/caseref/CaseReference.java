package uk.yos.victims.caseref;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * case-service's {@code CaseReference} ({@code GET /api/v1/cases/{id}/summary}): the only case data this service
 * sees. Codes stay strings and unknown properties are ignored, so case-service can add a case type or a field
 * without breaking this service.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseReference(UUID id, UUID youngPersonId, String caseType, String category, String status,
        String owningTeamCode, LocalDate outcomeDate, List<OffenceReference> offences) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OffenceReference(UUID id, String offenceTypeCode, LocalDate offenceDate, Integer gravityScore) {
    }

    public java.util.Optional<OffenceReference> offence(UUID offenceId) {
        return offences == null ? java.util.Optional.empty()
                : offences.stream().filter(o -> offenceId.equals(o.id())).findFirst();
    }
}
