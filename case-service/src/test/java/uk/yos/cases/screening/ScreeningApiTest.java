package uk.yos.cases.screening;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.yos.cases.Api;
import uk.yos.cases.Db;
import uk.yos.cases.Fixtures;
import uk.yos.testsupport.Persona;

/** Screenings; today on the test clock is Monday 15 June 2026 (bank holiday: Monday 25 May). */
@QuarkusTest
class ScreeningApiTest {

    static final Persona CASE_MANAGER = Persona.CASE_MANAGER_NORTH;

    static String openCase(String caseType, LocalDate outcomeDate) {
        String child = Fixtures.createYoungPerson(CASE_MANAGER);
        Map<String, Object> body = Fixtures.openCase(child, caseType);
        body.put("outcomeDate", outcomeDate.toString());
        body.put("offences", caseType.equals("PREVENTION") ? List.of()
                : List.of(Fixtures.offence(outcomeDate.minusDays(20))));
        return Fixtures.openCaseAs(CASE_MANAGER, body).then().statusCode(201).extract().path("id");
    }

    static String path(String caseId) {
        return "/api/v1/cases/" + caseId + "/screenings";
    }

    static Map<String, Object> result(String outcome, String referral) {
        Map<String, Object> result = new HashMap<>();
        result.put("completedOn", "2026-06-12");
        result.put("outcome", outcome);
        if (referral != null) {
            result.put("referral", referral);
            result.put("referralMadeOn", "2026-06-12");
        }
        return result;
    }

    @Test
    void aCourtOrderHasGangAndCseScreeningsDueTenWorkingDaysAfterItsStartSkippingBankHolidays() {
        // Monday 18 May + 10 working days, without Monday 25 May = Tuesday 2 June: overdue today.
        String caseId = openCase("YOUTH_REHABILITATION_ORDER", LocalDate.parse("2026-05-18"));

        JsonPath screenings = Api.as(CASE_MANAGER).get(path(caseId)).then().statusCode(200).body("", hasSize(2))
                .extract().jsonPath();
        assertEquals(List.of("GANG_EXPLOITATION", "CHILD_SEXUAL_EXPLOITATION"), screenings.getList("kind"));
        assertEquals(List.of("2026-06-02", "2026-06-02"), screenings.getList("dueDate"));
        assertEquals(List.of("OVERDUE", "OVERDUE"), screenings.getList("status"));
    }

    @Test
    void aPreventionCaseHasNoCompulsoryScreening() {
        String caseId = openCase("PREVENTION", LocalDate.parse("2026-06-05"));

        Api.as(CASE_MANAGER).get(path(caseId)).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void concernsIdentifiedNeedTheReferralMade() {
        String caseId = openCase("YOUTH_CAUTION", LocalDate.parse("2026-06-05"));
        String gang = Api.as(CASE_MANAGER).get(path(caseId)).then().extract()
                .path("find { it.kind == 'GANG_EXPLOITATION' }.id");
        String screening = path(caseId) + "/" + gang;
        String etag = Fixtures.etag(screening, CASE_MANAGER);

        assertValidationProblem(Api.as(CASE_MANAGER).header("If-Match", etag)
                .body(result("CONCERNS_IDENTIFIED", null)).post(screening + "/complete"), "referral");
        assertValidationProblem(Api.as(CASE_MANAGER).header("If-Match", etag)
                .body(result("NO_CONCERNS", "POLICE")).post(screening + "/complete"), "referral");
        Api.as(CASE_MANAGER).get(screening).then().body("status", equalTo("DUE"));

        Api.as(CASE_MANAGER).header("If-Match", etag).body(result("CONCERNS_IDENTIFIED",
                "NATIONAL_REFERRAL_MECHANISM")).post(screening + "/complete").then().statusCode(200)
                .body("status", equalTo("DONE")).body("onTime", equalTo(true))
                .body("referral", equalTo("NATIONAL_REFERRAL_MECHANISM"));
        assertProblem(Api.as(CASE_MANAGER).header("If-Match", Fixtures.etag(screening, CASE_MANAGER))
                .body(result("NO_CONCERNS", null)).post(screening + "/complete"), 409);
        assertEquals(1, Db.auditRows("COMPLETE_SCREENING", "SCREENING", gang, CASE_MANAGER.subject()));
    }

    @Test
    void aContextualSafeguardingScreeningIsRecordedWhenDoneButADueKindMustBeCompletedInstead() {
        String caseId = openCase("YOUTH_CAUTION", LocalDate.parse("2026-06-05"));

        Api.as(CASE_MANAGER).body(Map.of("kind", "CONTEXTUAL_SAFEGUARDING", "result", result("ALREADY_KNOWN", null)))
                .post(path(caseId)).then().statusCode(201).body("dueDate", equalTo(null))
                .body("status", equalTo("DONE"));
        assertProblem(Api.as(CASE_MANAGER).body(Map.of("kind", "CHILD_SEXUAL_EXPLOITATION",
                "result", result("NO_CONCERNS", null))).post(path(caseId)), 409);
        assertProblem(Api.as(Persona.CASE_MANAGER_WEST).get(path(caseId)), 404);
        Api.as(CASE_MANAGER).get(path(caseId)).then().body("", hasSize(3));
    }
}
