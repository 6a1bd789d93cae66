package uk.yos.cases.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** What "the declared fields" of an answer are, and that the JSON names are the ones case-service writes. */
class ShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static CaseReference complete() {
        return new CaseReference(UUID.randomUUID(), UUID.randomUUID(), "REFERRAL_ORDER", "COURT", "OPEN",
                "NORTH_OOC", LocalDate.of(2026, 10, 1), List.of(new CaseReference.OffenceReference(UUID.randomUUID(),
                        "THEFT", LocalDate.of(2026, 9, 20), 2)));
    }

    @Test
    void aCompleteCaseReferenceMissesNothingAndMayHaveNoCategoryOutcomeDateOrOffences() {
        CaseReference c = complete();
        assertEquals(List.of(), c.missingFields());
        assertEquals(List.of(), new CaseReference(c.id(), c.youngPersonId(), "PREVENTION", null, "OPEN",
                "NORTH_OOC", null, List.of()).missingFields());
    }

    @Test
    void aCaseReferenceNamesEachMissingFieldAsTheJsonDoes() {
        CaseReference c = new CaseReference(null, UUID.randomUUID(), null, "COURT", "OPEN", null, null,
                List.of(new CaseReference.OffenceReference(UUID.randomUUID(), null, LocalDate.of(2026, 6, 1), null)));
        assertEquals(List.of("id", "caseType", "owningTeamCode", "offences[0].offenceTypeCode",
                "offences[0].gravityScore"), c.missingFields());
        assertEquals(List.of("offences"), new CaseReference(UUID.randomUUID(), UUID.randomUUID(), "REFERRAL_ORDER",
                "COURT", "OPEN", "NORTH_OOC", null, null).missingFields());
    }

    @Test
    void aDiversionIntakeNeedsEveryField() {
        assertEquals(List.of(), new DiversionIntake(UUID.randomUUID(), UUID.randomUUID(), false, "p:1")
                .missingFields());
        assertEquals(List.of("caseId", "youngPersonMatched"),
                new DiversionIntake(null, UUID.randomUUID(), null, "p:1").missingFields());
    }

    @Test
    void theJsonNamesAreCaseServices() throws Exception {
        CaseReference c = complete();
        String json = JSON.writeValueAsString(c);
        assertTrue(json.contains("\"owningTeamCode\":\"NORTH_OOC\""), json);
        assertTrue(json.contains("\"outcomeDate\":\"2026-10-01\""), json);
        assertTrue(json.contains("\"gravityScore\":2"), json);
        assertEquals(c, JSON.readValue(json, CaseReference.class));
        assertTrue(JSON.writeValueAsString(new DiversionIntake(UUID.randomUUID(), UUID.randomUUID(), true, "p:1"))
                .contains("\"youngPersonMatched\":true"));
    }

    @Test
    void aStrictReaderRefusesAFieldTheContractDoesNotDeclare() {
        assertThrows(MismatchedInputException.class, () -> JSON.readValue(
                "{\"caseId\":\"" + UUID.randomUUID() + "\",\"surname\":\"Example\"}", DiversionIntake.class));
    }
}
