package uk.yos.referralorders.order;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import uk.yos.referralorders.Api;
import uk.yos.referralorders.Db;
import uk.yos.referralorders.Fixtures;
import uk.yos.testsupport.CaseServiceStub;
import uk.yos.testsupport.CaseServiceStub.CaseReference;
import uk.yos.testsupport.Concurrently;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;
import uk.yos.testsupport.Tokens;

@QuarkusTest
class ReferralOrderApiTest {

    private static final String PATH = "/api/v1/referral-orders";
    private static final Persona PC = Persona.PANEL_COORDINATOR;

    @BeforeEach
    void resetCaseService() {
        Fixtures.resetCaseService();
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void recordsAnOrderForAnOpenReferralOrderCaseCheckedWithTheCallersToken() {
        CaseReference reference = Fixtures.referralCase();
        // A token of the coordinator's own, told apart from any other by its jti.
        String token = Tokens.builder(PC).claim("jti", UUID.randomUUID().toString()).sign();
        Response created = Api.with(token).body(Fixtures.orderBody(reference.id(), TestClock.today().minusDays(3), 6))
                .post(PATH);
        String id = created.then().statusCode(201).header("ETag", "\"0\"").extract().path("id");
        created.then().header("Location", endsWith(PATH + "/" + id));

        Api.as(PC).get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("caseId", equalTo(reference.id().toString()))
                .body("youngPersonId", equalTo(reference.youngPersonId().toString()))
                .body("owningTeamCode", equalTo("NORTH_OOC"))
                .body("status", equalTo("AWAITING_CONTRACT"))
                .body("lengthMonths", equalTo(6)).body("extensionMonths", equalTo(0))
                .body("court", equalTo("Northampton Youth Court"))
                .body("initialPanelMet", nullValue()).body("initialPanelHeldOn", nullValue())
                .body("startDate", nullValue()).body("endDate", nullValue());

        List<LoggedRequest> asked = CaseServiceStub.server()
                .findAll(getRequestedFor(CaseServiceStub.summaryPath(reference.id())));
        assertEquals(1, asked.size(), "case-service was asked once, when the order was recorded");
        assertEquals("Bearer " + token, asked.get(0).getHeader("Authorization"),
                "case-service was asked with the caller's own token, so its rules for that caller apply");
        String requestId = asked.get(0).getHeader("X-Request-Id");
        assertTrue(requestId != null && !requestId.isBlank(), "the request id went with it");
        assertEquals(1, Db.auditRows("CREATE", "REFERRAL_ORDER", id, PC.subject()));
        assertEquals(1, Db.auditRows("READ", "REFERRAL_ORDER", id, PC.subject()));
    }

    @Test
    void theInitialPanelIsDueTwentyWorkingDaysAfterTheSentenceWithoutBankHolidays() {
        // Friday 19 December 2025: Christmas Day, Boxing Day and New Year's Day are not working days.
        String id = Fixtures.newOrder(Fixtures.referralCase(), LocalDate.of(2025, 12, 19), 6);
        Api.as(PC).get(PATH + "/" + id).then().statusCode(200)
                .body("initialPanelDueDate", equalTo("2026-01-21"))
                // Long past and never held: missed.
                .body("initialPanelMet", equalTo(false));
        Api.as(PC).queryParam("initialPanelDueBefore", "2026-01-22").queryParam("size", 100).get(PATH)
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void anInitialPanelNotYetHeldIsStillToComeOnItsDueDayAndMissedTheDayAfter() {
        String id = Fixtures.newOrder(Fixtures.referralCase(), TestClock.today(), 6);
        LocalDate due = LocalDate.parse(Api.as(PC).get(PATH + "/" + id).then().statusCode(200)
                .body("initialPanelMet", nullValue()).extract().path("initialPanelDueDate"));

        TestClock.advance(Duration.ofDays(ChronoUnit.DAYS.between(TestClock.today(), due)));
        assertEquals(due, TestClock.today());
        Api.as(PC).get(PATH + "/" + id).then().statusCode(200)
                .body("initialPanelHeldOn", nullValue()).body("initialPanelMet", nullValue());

        TestClock.advance(Duration.ofDays(1));
        Api.as(PC).get(PATH + "/" + id).then().statusCode(200)
                .body("initialPanelHeldOn", nullValue()).body("initialPanelMet", equalTo(false));
    }

    @Test
    void initialPanelDueBeforeListsOnlyOrdersDueBeforeTheDateWhoseInitialPanelIsNotYetHeld() {
        // Four orders for one child (one per case), so the child's filter keeps the list to them.
        UUID child = UUID.randomUUID();
        // Monday 2 March 2026: due Monday 30 March.
        String dueOnTheDate = Fixtures.newOrder(caseOf(child), LocalDate.of(2026, 3, 2), 6);
        String dueBefore = Fixtures.newOrder(caseOf(child), LocalDate.of(2026, 2, 27), 6);
        String dueAfter = Fixtures.newOrder(caseOf(child), LocalDate.of(2026, 3, 3), 6);
        // Due before the date too, but its initial panel was held (and agreed the contract) on 4 March.
        String held = Fixtures.activeOrder(caseOf(child), LocalDate.of(2026, 2, 27), 6);
        Api.as(PC).get(PATH + "/" + dueOnTheDate).then().statusCode(200)
                .body("initialPanelDueDate", equalTo("2026-03-30"));
        Api.as(PC).get(PATH + "/" + dueBefore).then().statusCode(200)
                .body("initialPanelDueDate", equalTo("2026-03-27"));
        Api.as(PC).get(PATH + "/" + dueAfter).then().statusCode(200)
                .body("initialPanelDueDate", equalTo("2026-03-31"));
        Api.as(PC).get(PATH + "/" + held).then().statusCode(200)
                .body("initialPanelDueDate", equalTo("2026-03-27"))
                .body("initialPanelHeldOn", equalTo("2026-03-04"));

        Api.as(PC).queryParam("youngPersonId", child.toString()).get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(4));
        Api.as(PC).queryParam("youngPersonId", child.toString()).queryParam("initialPanelDueBefore", "2026-03-30")
                .get(PATH).then().statusCode(200)
                .body("items.id", contains(dueBefore)).body("totalItems", equalTo(1));
        Api.as(PC).queryParam("youngPersonId", child.toString()).queryParam("initialPanelDueBefore", "2026-03-31")
                .get(PATH).then().statusCode(200)
                .body("items.id", containsInAnyOrder(dueBefore, dueOnTheDate)).body("totalItems", equalTo(2));
        Api.as(PC).queryParam("youngPersonId", child.toString()).queryParam("initialPanelDueBefore", "2026-03-27")
                .get(PATH).then().statusCode(200).body("items", hasSize(0)).body("totalItems", equalTo(0));
    }

    /** An open referral-order case of this child, shown to whoever asks. */
    private static CaseReference caseOf(UUID child) {
        CaseReference open = CaseReference.open("REFERRAL_ORDER");
        CaseReference reference = new CaseReference(open.id(), child, open.caseType(), open.category(), open.status(),
                open.owningTeamCode(), open.outcomeDate(), open.offences());
        CaseServiceStub.caseVisible(reference);
        return reference;
    }

    @Test
    void refusesACaseThatIsNotAnOpenReferralOrderOrNotVisibleAndWritesNothing() {
        long before = Db.rows("referral_order");
        CaseReference caution = CaseReference.open("YOUTH_CAUTION");
        CaseServiceStub.caseVisible(caution);
        assertEquals(List.of("caseId"), assertProblem(
                Fixtures.createOrder(Fixtures.orderBody(caution.id(), TestClock.today(), 6)), 422).getList("errors.field"));

        CaseReference closed = CaseReference.open("REFERRAL_ORDER").withStatus("CLOSED");
        CaseServiceStub.caseVisible(closed);
        assertEquals(List.of("caseId"), assertProblem(
                Fixtures.createOrder(Fixtures.orderBody(closed.id(), TestClock.today(), 6)), 422).getList("errors.field"));

        UUID unknown = UUID.randomUUID();
        CaseServiceStub.caseNotVisible(unknown);
        assertEquals(List.of("caseId"), assertProblem(
                Fixtures.createOrder(Fixtures.orderBody(unknown, TestClock.today(), 6)), 422).getList("errors.field"));
        assertEquals(before, Db.rows("referral_order"));
    }

    @Test
    void rejectsInvalidInputBeforeAskingCaseService() {
        CaseReference reference = Fixtures.referralCase();
        long before = Db.rows("referral_order");
        assertValidationProblem(Fixtures.createOrder(Fixtures.orderBody(reference.id(), TestClock.today(), 2)),
                "lengthMonths");
        assertValidationProblem(Fixtures.createOrder(Fixtures.orderBody(reference.id(), TestClock.today(), 13)),
                "lengthMonths");
        assertValidationProblem(Fixtures.createOrder(Fixtures.orderBody(reference.id(),
                TestClock.today().plusDays(1), 6)), "sentenceDate");
        Map<String, Object> noCourt = Fixtures.orderBody(reference.id(), TestClock.today(), 6);
        noCourt.remove("court");
        noCourt.remove("caseId");
        assertValidationProblem(Fixtures.createOrder(noCourt), "court", "caseId");
        assertEquals(before, Db.rows("referral_order"));
        assertEquals(0, CaseServiceStub.server().findAll(getRequestedFor(CaseServiceStub.summaryPath(reference.id())))
                .size());
    }

    @Test
    void aCaseHasOneOrderEvenUnderConcurrentRequests() throws Exception {
        CaseReference reference = Fixtures.referralCase();
        Map<String, Object> body = Fixtures.orderBody(reference.id(), TestClock.today().minusDays(1), 6);
        Callable<Integer> post = () -> Fixtures.createOrder(body).statusCode();
        List<Integer> statuses = Concurrently.run(post, post);
        assertTrue(statuses.contains(201) && statuses.contains(409), "one 201 and one 409, got " + statuses);
        assertEquals(1, Db.count("select count(*) from referral_order where case_id = unhex(replace(?, '-', ''))",
                reference.id().toString()));
        assertProblem(Fixtures.createOrder(body), 409);
    }

    @Test
    void anIdempotentRetryReturnsTheFirstResponseAndADifferentBodyIsRefused() {
        CaseReference reference = Fixtures.referralCase();
        String key = "order-" + UUID.randomUUID();
        Map<String, Object> body = Fixtures.orderBody(reference.id(), TestClock.today().minusDays(1), 6);
        Response first = Api.as(PC).header("Idempotency-Key", key).body(body).post(PATH);
        Response second = Api.as(PC).header("Idempotency-Key", key).body(body).post(PATH);
        first.then().statusCode(201);
        second.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location"))).body("id", equalTo(first.path("id")));

        Map<String, Object> different = Fixtures.orderBody(reference.id(), TestClock.today().minusDays(1), 9);
        assertProblem(Api.as(PC).header("Idempotency-Key", key).body(different).post(PATH), 422);
        assertEquals(1, Db.count("select count(*) from referral_order where case_id = unhex(replace(?, '-', ''))",
                reference.id().toString()));
    }

    @Test
    void caseRolesReadOnlyTheOrdersOfCasesCaseServiceShowsThem() {
        CaseReference visible = Fixtures.referralCase();
        String visibleOrder = Fixtures.newOrder(visible);
        CaseReference hidden = Fixtures.referralCase();
        String hiddenOrder = Fixtures.newOrder(hidden);
        CaseServiceStub.caseNotVisible(hidden.id());

        for (Persona reader : List.of(Persona.CASE_MANAGER_NORTH, Persona.OPERATIONS_MANAGER_NORTH,
                Persona.HEAD_OF_SERVICE)) {
            CaseServiceStub.server().resetRequests();
            Api.as(reader).get(PATH + "/" + visibleOrder).then().statusCode(200)
                    .body("caseId", equalTo(visible.id().toString()));
            assertProblem(Api.as(reader).get(PATH + "/" + hiddenOrder), 404);
            assertEquals(1, Db.auditRows("READ", "REFERRAL_ORDER", visibleOrder, reader.subject()));
            assertEquals(1, Db.deniedRows("READ", "REFERRAL_ORDER", hiddenOrder, reader.subject()));

            Api.as(reader).queryParam("caseId", visible.id().toString()).get(PATH).then().statusCode(200)
                    .body("totalItems", equalTo(1)).body("items[0].id", equalTo(visibleOrder));
            Api.as(reader).queryParam("caseId", hidden.id().toString()).get(PATH).then().statusCode(200)
                    .body("totalItems", equalTo(0)).body("items", hasSize(0));
            assertValidationProblem(Api.as(reader).get(PATH), "caseId");
            // Whether the reader may see each case was case-service's answer to the reader, not to anyone else.
            assertEquals(List.of(reader.subject()), Fixtures.subjectsCaseServiceWasAskedWith(),
                    "case-service was asked with " + reader + "'s token");
        }
        // The coordinator needs no case-service answer to read, and lists without a case filter.
        CaseServiceStub.reset();
        Api.as(PC).get(PATH + "/" + hiddenOrder).then().statusCode(200).body("id", equalTo(hiddenOrder));
        Api.as(PC).queryParam("youngPersonId", hidden.youngPersonId().toString()).get(PATH).then().statusCode(200)
                .body("items.id", contains(hiddenOrder)).body("totalItems", equalTo(1));
        assertEquals(0, CaseServiceStub.server().getAllServeEvents().size(), "case-service was not asked");
    }

    @Test
    void filtersOrdersForTheCoordinator() {
        CaseReference reference = Fixtures.referralCase();
        String id = Fixtures.newOrder(reference);
        Api.as(PC).queryParam("caseId", reference.id().toString()).queryParam("status", "AWAITING_CONTRACT")
                .get(PATH).then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
        Api.as(PC).queryParam("caseId", reference.id().toString()).queryParam("status", "ACTIVE")
                .get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        Api.as(PC).queryParam("youngPersonId", reference.youngPersonId().toString()).get(PATH).then()
                .statusCode(200).body("totalItems", equalTo(1));
        assertValidationProblem(Api.as(PC).queryParam("sort", "courtName").get(PATH), "sort");
        assertValidationProblem(Api.as(PC).queryParam("size", 101).get(PATH), "size");
        assertValidationProblem(Api.as(PC).queryParam("status", "PAUSED").get(PATH), "status");
        assertValidationProblem(Api.as(PC).queryParam("caseId", "not-a-uuid").get(PATH), "caseId");
        assertValidationProblem(Api.as(PC).queryParam("initialPanelDueBefore", "31/12/2026").get(PATH),
                "initialPanelDueBefore");
    }

    @Test
    void extensionsAddAtMostThreeMonthsAndNeverPassTwelve() {
        String id = Fixtures.activeOrder(Fixtures.referralCase(), TestClock.today().minusDays(20), 8);
        String path = PATH + "/" + id;
        JsonPath order = Api.as(PC).get(path).then().statusCode(200).extract().jsonPath();
        LocalDate start = LocalDate.parse(order.getString("startDate"));
        assertEquals(start.plusMonths(8).toString(), order.getString("endDate"));

        Map<String, Object> two = extension(2);
        Api.as(PC).header("If-Match", Fixtures.etag(path)).body(two).post(path + "/extensions").then()
                .statusCode(200).body("extensionMonths", equalTo(2)).body("extensions", hasSize(1))
                .body("endDate", equalTo(start.plusMonths(10).toString()));
        // 2 + 2 = 4 months of extensions: too many.
        assertEquals(List.of("months"), assertProblem(Api.as(PC).header("If-Match", Fixtures.etag(path))
                .body(extension(2)).post(path + "/extensions"), 422).getList("errors.field"));
        Api.as(PC).header("If-Match", Fixtures.etag(path)).body(extension(1)).post(path + "/extensions").then()
                .statusCode(200).body("extensionMonths", equalTo(3))
                .body("endDate", equalTo(start.plusMonths(11).toString()));
        assertValidationProblem(Api.as(PC).header("If-Match", Fixtures.etag(path)).body(extension(0))
                .post(path + "/extensions"), "months");
        assertEquals(2, Db.auditRows("EXTEND", "REFERRAL_ORDER", id, PC.subject()));

        // A 12-month order cannot be extended at all.
        String full = Fixtures.activeOrder(Fixtures.referralCase(), TestClock.today().minusDays(20), 12);
        assertProblem(Api.as(PC).header("If-Match", Fixtures.etag(PATH + "/" + full)).body(extension(1))
                .post(PATH + "/" + full + "/extensions"), 422);
        // An order awaiting its contract has nothing to extend.
        String awaiting = Fixtures.newOrder(Fixtures.referralCase());
        assertProblem(Api.as(PC).header("If-Match", "\"0\"").body(extension(1))
                .post(PATH + "/" + awaiting + "/extensions"), 409);
    }

    @Test
    void twoChangesMadeWithOneETagApplyOnceAndTheOtherIsRefused() throws Exception {
        String id = Fixtures.activeOrder(Fixtures.referralCase(), TestClock.today().minusDays(20), 6);
        String path = PATH + "/" + id;
        String etag = Fixtures.etag(path);
        Callable<Integer> extend = () -> Api.as(PC).header("If-Match", etag).body(extension(1))
                .post(path + "/extensions").statusCode();
        List<Integer> statuses = Concurrently.run(extend, extend);
        assertTrue(statuses.contains(200) && statuses.contains(412), "one 200 and one 412, got " + statuses);
        Api.as(PC).get(path).then().body("extensionMonths", equalTo(1)).body("extensions", hasSize(1));
    }

    @Test
    void aRefusedRevocationBlocksANewRequestForThreeMonths() {
        String id = Fixtures.activeOrder(Fixtures.referralCase(), TestClock.today().minusMonths(8), 12);
        String path = PATH + "/" + id;
        String requestId = Api.as(PC).header("If-Match", Fixtures.etag(path))
                .body(revocation(TestClock.today().minusMonths(5))).post(path + "/revocation-requests").then()
                .statusCode(200).body("revocationRequests", hasSize(1))
                .body("revocationRequests[0].status", equalTo("PENDING")).extract().path("revocationRequests[0].id");
        // One pending at a time.
        assertProblem(Api.as(PC).header("If-Match", Fixtures.etag(path)).body(revocation(TestClock.today()))
                .post(path + "/revocation-requests"), 409);
        // Refused four months ago: the block has passed.
        Api.as(PC).header("If-Match", Fixtures.etag(path))
                .body(Map.of("decision", "REFUSED", "decidedOn", TestClock.today().minusMonths(4).toString()))
                .post(path + "/revocation-requests/" + requestId + "/decision").then().statusCode(200)
                .body("revocationRequests[0].status", equalTo("REFUSED")).body("status", equalTo("ACTIVE"))
                .body("revocationRequestAllowedFrom", nullValue());
        String second = Api.as(PC).header("If-Match", Fixtures.etag(path))
                .body(revocation(TestClock.today().minusMonths(1))).post(path + "/revocation-requests").then()
                .statusCode(200).extract().path("revocationRequests[1].id");
        // Refused two weeks ago: blocked until three months after that decision.
        LocalDate refusedOn = TestClock.today().minusWeeks(2);
        Api.as(PC).header("If-Match", Fixtures.etag(path))
                .body(Map.of("decision", "REFUSED", "decidedOn", refusedOn.toString()))
                .post(path + "/revocation-requests/" + second + "/decision").then().statusCode(200)
                .body("revocationRequestAllowedFrom", equalTo(refusedOn.plusMonths(3).toString()));
        long requests = Db.rows("revocation_request");
        JsonPath blocked = assertProblem(Api.as(PC).header("If-Match", Fixtures.etag(path))
                .body(revocation(TestClock.today())).post(path + "/revocation-requests"), 422);
        assertEquals(List.of("requestedOn"), blocked.getList("errors.field"));
        assertEquals(requests, Db.rows("revocation_request"));
        // A decided request cannot be decided again.
        assertProblem(Api.as(PC).header("If-Match", Fixtures.etag(path))
                .body(Map.of("decision", "GRANTED", "decidedOn", TestClock.today().toString()))
                .post(path + "/revocation-requests/" + second + "/decision"), 409);
        assertProblem(Api.as(PC).header("If-Match", Fixtures.etag(path))
                .body(Map.of("decision", "GRANTED", "decidedOn", TestClock.today().toString()))
                .post(path + "/revocation-requests/" + UUID.randomUUID() + "/decision"), 404);
    }

    @Test
    void aGrantedRevocationRevokesTheOrderAndCancelsItsScheduledPanels() {
        String id = Fixtures.activeOrder(Fixtures.referralCase(), TestClock.today().minusMonths(2), 6);
        String path = PATH + "/" + id;
        String review = Fixtures.schedulePanel(id, "REVIEW", TestClock.today().plusDays(7));
        String requestId = Api.as(PC).header("If-Match", Fixtures.etag(path))
                .body(revocation(TestClock.today().minusDays(2))).post(path + "/revocation-requests").then()
                .statusCode(200).extract().path("revocationRequests[0].id");
        Api.as(PC).header("If-Match", Fixtures.etag(path))
                .body(Map.of("decision", "GRANTED", "decidedOn", TestClock.today().toString(), "note", "Good progress"))
                .post(path + "/revocation-requests/" + requestId + "/decision").then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("closedOn", equalTo(TestClock.today().toString()))
                .body("revocationRequests[0].status", equalTo("GRANTED"));
        Api.as(PC).get("/api/v1/panels/" + review).then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("The order ended: REVOKED"));
        assertEquals(1, Db.auditRows("REVOKE", "REFERRAL_ORDER", id, PC.subject()));
        // A revoked order no longer changes.
        assertProblem(Api.as(PC).header("If-Match", Fixtures.etag(path)).body(extension(1))
                .post(path + "/extensions"), 409);
        assertProblem(Api.as(PC).header("If-Match", Fixtures.etag(path))
                .body(Map.of("sentenceDate", TestClock.today().minusMonths(2).toString(), "court", "X",
                        "lengthMonths", 6)).put(path), 409);
    }

    @Test
    void recordsMissedAppointmentsWithTheirDates() {
        String id = Fixtures.newOrder(Fixtures.referralCase());
        String path = PATH + "/" + id;
        LocalDate missed = TestClock.today().minusDays(2);
        Api.as(PC).header("If-Match", "\"0\"")
                .body(Map.of("missedOn", missed.toString(), "kind", "REPARATION", "note", "No contact"))
                .post(path + "/missed-appointments").then().statusCode(200).header("ETag", "\"1\"")
                .body("missedAppointments", hasSize(1)).body("missedAppointments[0].missedOn", equalTo(missed.toString()))
                .body("missedAppointments[0].kind", equalTo("REPARATION"));
        assertValidationProblem(Api.as(PC).header("If-Match", "\"1\"")
                .body(Map.of("missedOn", TestClock.today().minusMonths(3).toString(), "kind", "OTHER"))
                .post(path + "/missed-appointments"), "missedOn");
        assertValidationProblem(Api.as(PC).header("If-Match", "\"1\"")
                .body(Map.of("missedOn", TestClock.today().plusDays(1).toString(), "kind", "OTHER"))
                .post(path + "/missed-appointments"), "missedOn");
        assertProblem(Api.as(PC).body(Map.of("missedOn", missed.toString(), "kind", "OTHER"))
                .post(path + "/missed-appointments"), 428);
        assertEquals(1, Db.auditRows("RECORD_MISSED_APPOINTMENT", "REFERRAL_ORDER", id, PC.subject()));
    }

    @Test
    void correctingTheSentenceDateMovesTheInitialPanelDeadline() {
        String id = Fixtures.newOrder(Fixtures.referralCase(), LocalDate.of(2025, 12, 19), 6);
        String path = PATH + "/" + id;
        Api.as(PC).header("If-Match", "\"0\"")
                .body(Map.of("sentenceDate", "2026-03-02", "court", "Corby Youth Court", "lengthMonths", 9)).put(path)
                .then().statusCode(200).header("ETag", "\"1\"")
                // Monday 2 March 2026: four weeks of working days, no bank holidays.
                .body("initialPanelDueDate", equalTo("2026-03-30")).body("lengthMonths", equalTo(9))
                .body("court", equalTo("Corby Youth Court"));
        assertValidationProblem(Api.as(PC).header("If-Match", "\"1\"")
                .body(Map.of("sentenceDate", "2026-03-02", "court", "Corby Youth Court", "lengthMonths", 1)).put(path),
                "lengthMonths");
        assertEquals(1, Db.auditRows("UPDATE", "REFERRAL_ORDER", id, PC.subject()));
    }

    private static Map<String, Object> extension(int months) {
        return Map.of("months", months, "grantedOn", TestClock.today().toString(), "reason", "More time for reparation");
    }

    private static Map<String, Object> revocation(LocalDate requestedOn) {
        return Map.of("requestedOn", requestedOn.toString(), "reason", "Early revocation for good progress");
    }
}
