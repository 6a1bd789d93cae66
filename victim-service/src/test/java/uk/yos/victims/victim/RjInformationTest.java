package uk.yos.victims.victim;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.yos.testsupport.CaseServiceStub;
import uk.yos.testsupport.CaseServiceStub.CaseReference;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;
import uk.yos.victims.Api;
import uk.yos.victims.Db;
import uk.yos.victims.Fixtures;
import uk.yos.victims.StubbedCaseService;

/** The Victims' Code clock: RJ information within 5 working days of the referral, 1 with enhanced rights. */
@QuarkusTest
class RjInformationTest extends StubbedCaseService {

    /** A Monday before Christmas 2025: the 25th and 26th are bank holidays, the 27th and 28th a weekend. */
    private static final LocalDate BEFORE_CHRISTMAS = LocalDate.of(2025, 12, 22);

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static CaseReference caseFrom2025() {
        CaseReference reference = new CaseReference(UUID.randomUUID(), UUID.randomUUID(), "REFERRAL_ORDER", "COURT",
                "OPEN", "NORTH_OOC", LocalDate.of(2025, 12, 1),
                List.of(new CaseServiceStub.Offence(UUID.randomUUID(), "THEFT", LocalDate.of(2025, 11, 20), 2)));
        CaseServiceStub.caseVisible(reference);
        return reference;
    }

    private static Map<String, Object> referredOn(CaseReference reference, LocalDate date) {
        Map<String, Object> body = Fixtures.victim(reference);
        body.put("referredOn", date.toString());
        return body;
    }

    private static void contact(String victimId, LocalDate on, String outcome, boolean rjInformationGiven) {
        Map<String, Object> contact = Fixtures.contact(outcome, rjInformationGiven);
        contact.put("contactedOn", on.toString());
        Api.as(Fixtures.RJ).body(contact).post(Fixtures.VICTIMS + "/" + victimId + "/contacts").then().statusCode(201);
    }

    @Test
    void theDueDateCountsWorkingDaysSkippingWeekendsAndBankHolidays() {
        CaseReference reference = caseFrom2025();
        Fixtures.createVictimAs(Fixtures.RJ, referredOn(reference, BEFORE_CHRISTMAS)).then().statusCode(201)
                .body("rjInformation.dueDate", equalTo("2025-12-31"))
                .body("rjInformation.givenOn", nullValue())
                .body("rjInformation.dueMet", equalTo(false));

        Map<String, Object> enhanced = referredOn(reference, BEFORE_CHRISTMAS);
        enhanced.put("mostSeriousCrime", true);
        Fixtures.createVictimAs(Fixtures.RJ, enhanced).then().statusCode(201)
                .body("enhancedRights.enhanced", equalTo(true))
                .body("rjInformation.dueDate", equalTo("2025-12-23"));

        Map<String, Object> christmasEve = referredOn(reference, LocalDate.of(2025, 12, 24));
        christmasEve.put("vulnerableOrIntimidated", true);
        Fixtures.createVictimAs(Fixtures.RJ, christmasEve).then().statusCode(201)
                .body("rjInformation.dueDate", equalTo("2025-12-29"));
    }

    @Test
    void theFirstContactGivingRjInformationDecidesWhetherTheDeadlineWasMet() {
        CaseReference reference = caseFrom2025();
        String met = Fixtures.createVictim(referredOn(reference, BEFORE_CHRISTMAS));
        contact(met, LocalDate.of(2025, 12, 23), "NO_ANSWER", false);
        Api.as(Fixtures.RJ).get(Fixtures.VICTIMS + "/" + met).then().body("rjInformation.givenOn", nullValue());
        contact(met, LocalDate.of(2025, 12, 30), "SPOKE_WITH_VICTIM", true);
        Api.as(Fixtures.RJ).get(Fixtures.VICTIMS + "/" + met).then()
                .body("rjInformation.givenOn", equalTo("2025-12-30")).body("rjInformation.dueMet", equalTo(true));
        // Recorded late, made earlier: the earlier contact is the first.
        contact(met, LocalDate.of(2025, 12, 24), "INFORMATION_SENT", true);
        contact(met, LocalDate.of(2026, 1, 2), "MET_VICTIM", true);
        Api.as(Fixtures.RJ).get(Fixtures.VICTIMS + "/" + met).then()
                .body("rjInformation.givenOn", equalTo("2025-12-24"));

        String late = Fixtures.createVictim(referredOn(reference, BEFORE_CHRISTMAS));
        contact(late, LocalDate.of(2026, 1, 5), "SPOKE_WITH_VICTIM", true);
        Api.as(Fixtures.RJ).get(Fixtures.VICTIMS + "/" + late).then()
                .body("rjInformation.givenOn", equalTo("2026-01-05")).body("rjInformation.dueMet", equalTo(false));

        String pending = Fixtures.createVictim(referredOn(Fixtures.visibleCase(), Fixtures.today()));
        Api.as(Fixtures.RJ).get(Fixtures.VICTIMS + "/" + pending).then()
                .body("rjInformation.givenOn", nullValue()).body("rjInformation.dueMet", nullValue());
    }

    @Test
    void informationGivenOnTheDueDateMeetsItAndTheDayAfterDoesNot() {
        CaseReference reference = caseFrom2025();
        // Referred Monday 22 December 2025: due Wednesday 31 December.
        String onTheDay = Fixtures.createVictim(referredOn(reference, BEFORE_CHRISTMAS));
        contact(onTheDay, LocalDate.of(2025, 12, 31), "SPOKE_WITH_VICTIM", true);
        Api.as(Fixtures.RJ).get(Fixtures.VICTIMS + "/" + onTheDay).then().statusCode(200)
                .body("rjInformation.dueDate", equalTo("2025-12-31"))
                .body("rjInformation.givenOn", equalTo("2025-12-31")).body("rjInformation.dueMet", equalTo(true));

        String dayAfter = Fixtures.createVictim(referredOn(reference, BEFORE_CHRISTMAS));
        contact(dayAfter, LocalDate.of(2026, 1, 1), "SPOKE_WITH_VICTIM", true);
        Api.as(Fixtures.RJ).get(Fixtures.VICTIMS + "/" + dayAfter).then().statusCode(200)
                .body("rjInformation.dueDate", equalTo("2025-12-31"))
                .body("rjInformation.givenOn", equalTo("2026-01-01")).body("rjInformation.dueMet", equalTo(false));
    }

    @Test
    void informationNotYetGivenIsPendingOnTheDueDayAndMissedTheDayAfter() {
        CaseReference reference = Fixtures.visibleCase();
        String id = Fixtures.createVictim(referredOn(reference, Fixtures.today()));
        LocalDate due = LocalDate.parse(Api.as(Fixtures.RJ).get(Fixtures.VICTIMS + "/" + id).then().statusCode(200)
                .body("rjInformation.dueMet", nullValue()).extract().path("rjInformation.dueDate"));

        TestClock.advance(Duration.ofDays(ChronoUnit.DAYS.between(Fixtures.today(), due)));
        assertEquals(due, Fixtures.today());
        Api.as(Fixtures.RJ).get(Fixtures.VICTIMS + "/" + id).then().statusCode(200)
                .body("rjInformation.givenOn", nullValue()).body("rjInformation.dueMet", nullValue());
        Api.as(Fixtures.RJ).queryParam("caseId", reference.id().toString()).queryParam("withinWorkingDays", 0)
                .get(Fixtures.VICTIMS + "/rj-information-due").then().statusCode(200)
                .body("items.id", contains(id)).body("items.overdue", contains(false));

        TestClock.advance(Duration.ofDays(1));
        Api.as(Fixtures.RJ).get(Fixtures.VICTIMS + "/" + id).then().statusCode(200)
                .body("rjInformation.givenOn", nullValue()).body("rjInformation.dueMet", equalTo(false));
        Api.as(Fixtures.RJ).queryParam("caseId", reference.id().toString()).queryParam("withinWorkingDays", 0)
                .get(Fixtures.VICTIMS + "/rj-information-due").then().statusCode(200)
                .body("items.id", contains(id)).body("items.overdue", contains(true));
    }

    @Test
    void listsVictimsDueSoonOrOverdueWhoCanStillBeContacted() {
        CaseReference reference = caseFrom2025();
        String overdue = Fixtures.createVictim(referredOn(reference, BEFORE_CHRISTMAS));
        String given = Fixtures.createVictim(referredOn(reference, BEFORE_CHRISTMAS));
        contact(given, LocalDate.of(2025, 12, 23), "SPOKE_WITH_VICTIM", true);
        String withdrawn = Fixtures.createVictim(referredOn(reference, BEFORE_CHRISTMAS));
        Fixtures.withdraw(withdrawn).then().statusCode(200);
        String refused = Fixtures.createVictim(referredOn(reference, BEFORE_CHRISTMAS));
        Fixtures.recordConsent(refused, false, false);
        String dueSoon = Fixtures.createVictim(referredOn(reference, Fixtures.today()));
        String caseId = reference.id().toString();

        Api.as(Fixtures.RJ).queryParam("caseId", caseId).queryParam("withinWorkingDays", 5)
                .get(Fixtures.VICTIMS + "/rj-information-due").then().statusCode(200)
                .body("items.id", contains(overdue, dueSoon))
                .body("items.overdue", contains(true, false))
                .body("items[0].rjInformationDueDate", equalTo("2025-12-31"))
                .body("totalItems", equalTo(2));
        Api.as(Fixtures.RJ).queryParam("caseId", caseId).queryParam("withinWorkingDays", 0)
                .get(Fixtures.VICTIMS + "/rj-information-due").then().statusCode(200)
                .body("items.id", contains(overdue));
        Api.as(Fixtures.RJ).queryParam("caseId", caseId).queryParam("sort", "-rjInformationDueDate")
                .queryParam("withinWorkingDays", 20).get(Fixtures.VICTIMS + "/rj-information-due").then()
                .statusCode(200).body("items.id", contains(dueSoon, overdue));
        Api.as(Fixtures.RJ).queryParam("caseId", caseId).get(Fixtures.VICTIMS).then().statusCode(200)
                .body("items.id", containsInAnyOrder(overdue, given, withdrawn, refused, dueSoon));

        Api.as(Fixtures.RJ).queryParam("caseId", caseId).queryParam("consentWithdrawn", true).get(Fixtures.VICTIMS)
                .then().statusCode(200).body("items.id", contains(withdrawn))
                .body("items[0].consentWithdrawn", equalTo(true));
        Api.as(Fixtures.RJ).queryParam("caseId", caseId).queryParam("consentWithdrawn", false).get(Fixtures.VICTIMS)
                .then().statusCode(200).body("items.id", containsInAnyOrder(overdue, given, refused, dueSoon));
        Api.as(Fixtures.RJ).queryParam("caseId", caseId).queryParam("referredFrom", Fixtures.today().toString())
                .get(Fixtures.VICTIMS).then().statusCode(200).body("items.id", contains(dueSoon));

        assertValidationProblem(Api.as(Fixtures.RJ).queryParam("withinWorkingDays", 21)
                .get(Fixtures.VICTIMS + "/rj-information-due"), "withinWorkingDays");
        assertValidationProblem(Api.as(Fixtures.RJ).queryParam("withinWorkingDays", -1)
                .get(Fixtures.VICTIMS + "/rj-information-due"), "withinWorkingDays");
        assertTrue(Db.count("select count(*) from audit_event where action = 'SEARCH' and record_type = 'VICTIM' "
                + "and subject = ? and detail = 'list=rj-information-due withinWorkingDays=0 filters=[caseId] results=1'",
                Persona.RJ_WORKER.subject()) > 0);
    }
}
