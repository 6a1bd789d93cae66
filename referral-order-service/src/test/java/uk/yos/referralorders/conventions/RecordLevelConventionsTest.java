package uk.yos.referralorders.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import uk.yos.referralorders.Api;
import uk.yos.referralorders.Db;
import uk.yos.referralorders.Fixtures;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

/**
 * Every endpoint that changes one record, called by the coordinator with a valid body: an unknown id is 404, every
 * change made with an out-of-date ETag is 412, and one made without If-Match is 428. (Reads of an unknown record
 * are ApiConventionsTest's.)
 */
@QuarkusTest
class RecordLevelConventionsTest {

    private static final Persona PC = Persona.PANEL_COORDINATOR;

    record Call(String method, String path, Object body) {
        String path(Map<String, String> ids) {
            String filled = path;
            for (Map.Entry<String, String> id : ids.entrySet()) {
                filled = filled.replace("{" + id.getKey() + "}", id.getValue());
            }
            return filled;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Call> recordCalls() {
        String today = TestClock.today().toString();
        Map<String, Object> panelChange = Fixtures.panelBody("x", "INITIAL", TestClock.today().plusDays(3),
                List.of(Map.of("volunteerId", UUID.randomUUID().toString(), "chair", true)));
        panelChange.remove("referralOrderId");
        panelChange.remove("type");
        return Stream.of(
                new Call("PUT", "/api/v1/referral-orders/{order}", Map.of("sentenceDate",
                        TestClock.today().minusDays(10).toString(), "court", "Kettering Youth Court", "lengthMonths", 6)),
                new Call("POST", "/api/v1/referral-orders/{order}/extensions", Map.of("months", 1, "grantedOn", today,
                        "reason", "More time")),
                new Call("POST", "/api/v1/referral-orders/{order}/revocation-requests", Map.of("requestedOn", today,
                        "reason", "Good progress")),
                new Call("POST", "/api/v1/referral-orders/{order}/revocation-requests/{request}/decision",
                        Map.of("decision", "REFUSED", "decidedOn", today)),
                new Call("POST", "/api/v1/referral-orders/{order}/missed-appointments", Map.of("missedOn", today,
                        "kind", "OTHER")),
                new Call("PUT", "/api/v1/referral-orders/{order}/victims", Map.of("victimIds",
                        List.of(UUID.randomUUID().toString()))),
                new Call("PUT", "/api/v1/panels/{panel}", panelChange),
                new Call("POST", "/api/v1/panels/{panel}/outcome", Fixtures.outcome(TestClock.today(), "ATTENDED",
                        "ADJOURNED")),
                new Call("PUT", "/api/v1/panels/{panel}/debrief", Map.of("debriefedOn", today, "notes", "Fine")),
                new Call("POST", "/api/v1/panels/{panel}/cancellation", Map.of("reason", "Chair unwell")),
                new Call("PUT", "/api/v1/volunteers/{volunteer}", Fixtures.volunteerBody()),
                new Call("POST", "/api/v1/volunteers/{volunteer}/status-changes", Map.of("status", "LEFT")),
                new Call("PUT", "/api/v1/volunteers/{volunteer}/dbs-check", Map.of("checkedOn", today)),
                new Call("POST", "/api/v1/volunteers/{volunteer}/training-records", Map.of("kind", "REFRESHER",
                        "completedOn", today)),
                new Call("POST", "/api/v1/volunteers/{volunteer}/conflicts", Map.of("kind", "VICTIM", "victimId",
                        UUID.randomUUID().toString())),
                new Call("DELETE", "/api/v1/volunteers/{volunteer}/conflicts/{conflict}", null));
    }

    @BeforeEach
    void resetCaseService() {
        Fixtures.resetCaseService();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordCalls")
    void anUnknownRecordIsNotFound(Call call) {
        String unknown = UUID.randomUUID().toString();
        Map<String, String> ids = Map.of("order", unknown, "request", unknown, "panel", unknown, "volunteer", unknown,
                "conflict", unknown);
        assertProblem(request(call, "\"0\"").request(call.method(), call.path(ids)), 404);
    }

    static Stream<Call> callsWithABody() {
        return Stream.concat(recordCalls().filter(call -> call.body() != null), Stream.of(
                new Call("POST", "/api/v1/referral-orders", Map.of()),
                new Call("POST", "/api/v1/panels", Map.of()),
                new Call("POST", "/api/v1/volunteers", Map.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callsWithABody")
    void anEmptyBodyIsAValidationProblemNamingTheMissingFields(Call call) {
        String unknown = UUID.randomUUID().toString();
        Map<String, String> ids = Map.of("order", unknown, "request", unknown, "panel", unknown, "volunteer", unknown,
                "conflict", unknown);
        long audit = Db.rows("audit_event");
        assertValidationProblem(Api.as(PC).header("If-Match", "\"0\"").body("{}")
                .request(call.method(), call.path(ids)), firstRequiredField(call));
        assertEquals(audit, Db.rows("audit_event"));
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("lists")
    void listsRefuseAnUnknownSortFieldAndOversizedPages(String path) {
        assertValidationProblem(Api.as(PC).queryParam("sort", "secret").get(path), "sort");
        assertValidationProblem(Api.as(PC).queryParam("size", 101).get(path), "size");
        assertValidationProblem(Api.as(PC).queryParam("page", -1).get(path), "page");
    }

    static Stream<String> lists() {
        return Stream.of("/api/v1/referral-orders", "/api/v1/panels", "/api/v1/volunteers");
    }

    /** A field each body requires (the first of its required fields, alphabetically, as errors[] lists them). */
    private static String firstRequiredField(Call call) {
        return switch (call.toString()) {
            case "POST /api/v1/referral-orders" -> "caseId";
            case "POST /api/v1/panels" -> "advisors";
            case "POST /api/v1/volunteers", "PUT /api/v1/volunteers/{volunteer}" -> "familyName";
            case "PUT /api/v1/referral-orders/{order}" -> "court";
            case "POST /api/v1/referral-orders/{order}/extensions" -> "grantedOn";
            case "POST /api/v1/referral-orders/{order}/revocation-requests" -> "reason";
            case "POST /api/v1/referral-orders/{order}/revocation-requests/{request}/decision" -> "decidedOn";
            case "POST /api/v1/referral-orders/{order}/missed-appointments" -> "kind";
            case "PUT /api/v1/referral-orders/{order}/victims" -> "victimIds";
            case "PUT /api/v1/panels/{panel}" -> "advisors";
            case "POST /api/v1/panels/{panel}/outcome" -> "attendance";
            case "PUT /api/v1/panels/{panel}/debrief" -> "debriefedOn";
            case "POST /api/v1/panels/{panel}/cancellation" -> "reason";
            case "POST /api/v1/volunteers/{volunteer}/status-changes" -> "status";
            case "PUT /api/v1/volunteers/{volunteer}/dbs-check" -> "checkedOn";
            case "POST /api/v1/volunteers/{volunteer}/training-records" -> "completedOn";
            case "POST /api/v1/volunteers/{volunteer}/conflicts" -> "kind";
            default -> throw new IllegalArgumentException("No required field listed for " + call);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordCalls")
    void aChangeWithAnOutOfDateOrMissingETagIsRefused(Call call) {
        // Each record at version 1, so that "0" is out of date.
        String order = Fixtures.newOrder(Fixtures.referralCase());
        Api.as(PC).header("If-Match", "\"0\"").body(Map.of("missedOn", TestClock.today().toString(), "kind", "OTHER"))
                .post("/api/v1/referral-orders/" + order + "/missed-appointments").then().statusCode(200);
        String chair = Fixtures.activeVolunteer(true);
        String member = Fixtures.activeVolunteer(false);
        String panel = Fixtures.schedulePanel(order, "INITIAL", TestClock.today().plusDays(2), chair, member);
        Map<String, Object> same = new HashMap<>(Fixtures.panelBody(order, "INITIAL", TestClock.today().plusDays(3),
                Fixtures.members(chair, member)));
        same.remove("referralOrderId");
        same.remove("type");
        Api.as(PC).header("If-Match", "\"0\"").body(same).put("/api/v1/panels/" + panel).then().statusCode(200);
        String volunteer = Fixtures.newVolunteer();
        String conflict = Api.as(PC).header("If-Match", "\"0\"").body(Map.of("kind", "VICTIM", "victimId",
                UUID.randomUUID().toString())).post("/api/v1/volunteers/" + volunteer + "/conflicts").then()
                .statusCode(200).extract().path("conflicts[0].id");
        Map<String, String> ids = Map.of("order", order, "request", UUID.randomUUID().toString(), "panel", panel,
                "volunteer", volunteer, "conflict", conflict);

        assertProblem(request(call, "\"0\"").request(call.method(), call.path(ids)), 412);
        assertProblem(request(call, null).request(call.method(), call.path(ids)), 428);
    }

    private static io.restassured.specification.RequestSpecification request(Call call, String ifMatch) {
        io.restassured.specification.RequestSpecification request = Api.as(PC);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (call.body() != null) {
            request.body(call.body());
        }
        return request;
    }
}
