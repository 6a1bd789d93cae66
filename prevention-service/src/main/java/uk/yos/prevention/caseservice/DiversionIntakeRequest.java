package uk.yos.prevention.caseservice;

import java.time.LocalDate;
import java.util.List;

/**
 * case-service's {@code DiversionIntakeRequest} (its OpenAPI document): exactly its fields, because case-service refuses
 * unknown ones.
 */
public record DiversionIntakeRequest(String sourceReference, String caseType, LocalDate outcomeDate,
        String owningTeamCode, YoungPerson youngPerson, List<Offence> offences) {

    public record YoungPerson(String localReference, String pncId, String givenName, String familyName,
            LocalDate dateOfBirth, String gender, String ethnicity, String localityCode, boolean childInCare,
            boolean send, boolean ehcp) {
    }

    public record Offence(String offenceTypeCode, String description, int gravityScore, LocalDate offenceDate) {
    }
}
