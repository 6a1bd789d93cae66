package uk.yos.referralorders.panel;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import uk.yos.referralorders.Api;
import uk.yos.referralorders.Db;
import uk.yos.referralorders.Fixtures;
import uk.yos.testsupport.CaseServiceStub;
import uk.yos.testsupport.CaseServiceStub.CaseReference;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

@QuarkusTest
class PanelApiTest {

    private static final String PATH = "/api/v1/panels";
    private static final String ORDERS = "/api/v1/referral-orders/";
    private static final Persona PC = Persona.PANEL_COORDINATOR;

    @BeforeEach
    void resetCaseService() {
        Fixtures.resetCaseService();
    }

    @Test
    void schedulesAPanelWithAValidComposition() {
        String order = Fixtures.newOrder(Fixtures.referralCase());
        String chair = Fixtures.activeVolunteer(true);
        String member = Fixtures.activeVolunteer(false);
        LocalDate date = TestClock.today().plusDays(3);
        Response scheduled = Fixtures.schedule(Fixtures.panelBody(order, "INITIAL", date,
                Fixtures.members(chair, member)));
        String id = scheduled.then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("SCHEDULED")).body("type", equalTo("INITIAL"))
                .body("referralOrderId", equalTo(order))
                .body("scheduledFor", equalTo(date + "T17:30:00"))
                .body("advisors", hasSize(1)).body("advisors[0].workerName", equalTo("Pat Coordinator"))
                .body("volunteers", hasSize(2)).body("volunteers[0].volunteerId", equalTo(chair))
                .body("volunteers[0].chair", equalTo(true)).body("volunteers[0].givenName", equalTo("Jordan"))
                .body("volunteers[1].chair", equalTo(false))
                .extract().path("id");
        Api.as(PC).get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"0\"");
        Api.as(PC).queryParam("referralOrderId", order).get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
        Api.as(PC).queryParam("volunteerId", member).get(PATH).then().statusCode(200)
                .body("items.id", hasItem(id));
        assertEquals(1, Db.auditRows("SCHEDULE", "PANEL", id, PC.subject()));
        assertEquals(1, Db.auditRows("READ", "PANEL", id, PC.subject()));
    }

    @Test
    void reportsEveryBrokenCompositionRuleAtOnceAndWritesNothing() {
        CaseReference reference = Fixtures.referralCase();
        String order = Fixtures.newOrder(reference);
        LocalDate date = TestClock.today().plusDays(10);
        String untrainedChair = Fixtures.activeVolunteer(false);
        String applicant = Fixtures.newVolunteer();
        String expiring = Fixtures.activeVolunteer(false);
        Api.as(PC).header("If-Match", Fixtures.etag("/api/v1/volunteers/" + expiring))
                .body(Fixtures.dbsCheck(TestClock.today().minusYears(3), TestClock.today().plusDays(5)))
                .put("/api/v1/volunteers/" + expiring + "/dbs-check").then().statusCode(200);
        String conflicted = Fixtures.activeVolunteer(false);
        Api.as(PC).header("If-Match", Fixtures.etag("/api/v1/volunteers/" + conflicted))
                .body(Map.of("kind", "CHILD", "youngPersonId", reference.youngPersonId().toString()))
                .post("/api/v1/volunteers/" + conflicted + "/conflicts").then().statusCode(200);
        String unknown = UUID.randomUUID().toString();

        List<Map<String, Object>> volunteers = new ArrayList<>(Fixtures.members(untrainedChair, applicant, expiring,
                conflicted, unknown));
        volunteers.add(Map.of("volunteerId", expiring, "chair", false));
        Map<String, Object> body = Fixtures.panelBody(order, "INITIAL", date, volunteers);
        body.put("advisors", List.of());
        long panels = Db.rows("panel");

        JsonPath problem = assertProblem(Fixtures.schedule(body), 422);
        List<String> fields = problem.getList("errors.field");
        for (String field : List.of("advisors", "volunteers[0].chair", "volunteers[1].volunteerId",
                "volunteers[2].volunteerId", "volunteers[3].volunteerId", "volunteers[4].volunteerId",
                "volunteers[5].volunteerId")) {
            assertTrue(fields.contains(field), field + " not reported in " + problem.prettify());
        }
        String messages = problem.getList("errors.message").toString();
        assertTrue(messages.contains("APPLICANT, not ACTIVE"), messages);
        assertTrue(messages.contains("no DBS check"), messages);
        assertTrue(messages.contains("expires on " + TestClock.today().plusDays(5)), messages);
        assertTrue(messages.contains("conflict of interest"), messages);
        assertTrue(messages.contains("no such volunteer"), messages);
        assertTrue(messages.contains("listed twice"), messages);
        assertEquals(panels, Db.rows("panel"));

        // Too few volunteers, and two chairs or none.
        String chairA = Fixtures.activeVolunteer(true);
        String chairB = Fixtures.activeVolunteer(true);
        assertEquals(List.of("volunteers", "volunteers"), assertProblem(Fixtures.schedule(Fixtures.panelBody(order,
                "INITIAL", date, List.of(Map.of("volunteerId", chairA, "chair", false)))), 422)
                .getList("errors.field"));
        assertEquals(List.of("volunteers"), assertProblem(Fixtures.schedule(Fixtures.panelBody(order, "INITIAL", date,
                List.of(Map.of("volunteerId", chairA, "chair", true), Map.of("volunteerId", chairB, "chair", true)))),
                422).getList("errors.field"));
        assertEquals(panels, Db.rows("panel"));
    }

    @Test
    void aDbsCheckMustPredateThePanel() {
        String order = Fixtures.newOrder(Fixtures.referralCase());
        String chair = Fixtures.activeVolunteer(true);
        String member = Fixtures.activeVolunteer(false);
        Api.as(PC).header("If-Match", Fixtures.etag("/api/v1/volunteers/" + member))
                .body(Fixtures.dbsCheck(TestClock.today(), null)).put("/api/v1/volunteers/" + member + "/dbs-check")
                .then().statusCode(200);
        // The order was sentenced 10 days ago; a panel 5 days after that predates today's DBS check.
        JsonPath problem = assertProblem(Fixtures.schedule(Fixtures.panelBody(order, "INITIAL",
                TestClock.today().minusDays(5), Fixtures.members(chair, member))), 422);
        assertEquals(List.of("volunteers[1].volunteerId"), problem.getList("errors.field"));
        Fixtures.schedule(Fixtures.panelBody(order, "INITIAL", TestClock.today().plusDays(1),
                Fixtures.members(chair, member))).then().statusCode(201);
    }

    @Test
    void theInitialPanelAgreesTheContractAndStartsTheOrder() {
        CaseReference reference = Fixtures.referralCase();
        LocalDate sentence = TestClock.today().minusDays(10);
        String order = Fixtures.newOrder(reference, sentence, 6);
        LocalDate heldOn = sentence.plusDays(5);
        String panel = Fixtures.schedulePanel(order, "INITIAL", heldOn);

        Api.as(PC).header("If-Match", "\"0\"").body(Fixtures.outcome(heldOn, "ATTENDED", "CONTRACT_AGREED",
                "Attend 6 sessions of victim awareness", "10 hours of reparation"))
                .post(PATH + "/" + panel + "/outcome").then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("HELD")).body("decision", equalTo("CONTRACT_AGREED"))
                .body("heldOn", equalTo(heldOn.toString())).body("contractTerms", hasSize(2));
        Api.as(PC).get(ORDERS + order).then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("initialPanelHeldOn", equalTo(heldOn.toString())).body("initialPanelMet", equalTo(true))
                .body("contractAgreedOn", equalTo(heldOn.toString())).body("startDate", equalTo(heldOn.toString()))
                .body("endDate", equalTo(heldOn.plusMonths(6).toString()));
        Api.as(PC).get(ORDERS + order + "/contract").then().statusCode(200)
                .body("terms", equalTo(List.of("Attend 6 sessions of victim awareness", "10 hours of reparation")))
                .body("agreedOn", equalTo(heldOn.toString())).body("agreedAtPanelId", equalTo(panel))
                .body("youngPersonId", equalTo(reference.youngPersonId().toString()));
        assertEquals(1, Db.auditRows("RECORD_OUTCOME", "PANEL", panel, PC.subject()));
        assertEquals(1, Db.auditRows("PANEL_OUTCOME", "REFERRAL_ORDER", order, PC.subject()));
        assertEquals(1, Db.auditRows("READ_CONTRACT", "REFERRAL_ORDER", order, PC.subject()));
        // Held: the outcome cannot be recorded twice.
        assertProblem(Api.as(PC).header("If-Match", "\"1\"").body(Fixtures.outcome(heldOn, "ATTENDED", "ADJOURNED"))
                .post(PATH + "/" + panel + "/outcome"), 409);
    }

    @Test
    void anInitialPanelHeldOnItsDueDateMetTheDeadline() {
        // Sentenced Friday 19 December 2025: due Wednesday 21 January 2026, and held that day.
        String order = Fixtures.newOrder(Fixtures.referralCase(), LocalDate.of(2025, 12, 19), 6);
        LocalDate dueDay = LocalDate.of(2026, 1, 21);
        String panel = Fixtures.schedulePanel(order, "INITIAL", dueDay);
        Fixtures.recordOutcome(panel, Fixtures.outcome(dueDay, "ATTENDED", "CONTRACT_AGREED", "Reparation"))
                .then().statusCode(200);
        Api.as(PC).get(ORDERS + order).then().statusCode(200).body("initialPanelDueDate", equalTo("2026-01-21"))
                .body("initialPanelHeldOn", equalTo("2026-01-21")).body("initialPanelMet", equalTo(true));
    }

    @Test
    void anInitialPanelHeldAfterItsDueDateMissedTheDeadline() {
        // Sentenced Friday 19 December 2025: due Wednesday 21 January 2026.
        String order = Fixtures.newOrder(Fixtures.referralCase(), LocalDate.of(2025, 12, 19), 6);
        LocalDate late = LocalDate.of(2026, 1, 22);
        String panel = Fixtures.schedulePanel(order, "INITIAL", late);
        Fixtures.recordOutcome(panel, Fixtures.outcome(late, "ATTENDED", "CONTRACT_AGREED", "Reparation"))
                .then().statusCode(200);
        Api.as(PC).get(ORDERS + order).then().statusCode(200).body("initialPanelDueDate", equalTo("2026-01-21"))
                .body("initialPanelHeldOn", equalTo("2026-01-22")).body("initialPanelMet", equalTo(false));
    }

    @Test
    void aChildWhoDoesNotAttendMissesAnAppointmentAndThePanelOnlyAdjournsOrRefersBack() {
        String order = Fixtures.newOrder(Fixtures.referralCase());
        LocalDate date = TestClock.today().minusDays(2);
        String panel = Fixtures.schedulePanel(order, "INITIAL", date);
        assertEquals(List.of("decision"), assertProblem(Fixtures.recordOutcome(panel,
                Fixtures.outcome(date, "DID_NOT_ATTEND", "CONTRACT_AGREED", "Reparation")), 422)
                .getList("errors.field"));
        Fixtures.recordOutcome(panel, Fixtures.outcome(date, "DID_NOT_ATTEND", "ADJOURNED")).then().statusCode(200)
                .body("attendance", equalTo("DID_NOT_ATTEND")).body("decision", equalTo("ADJOURNED"));
        Api.as(PC).get(ORDERS + order).then().statusCode(200)
                .body("status", equalTo("AWAITING_CONTRACT")).body("initialPanelHeldOn", nullValue())
                .body("missedAppointments", hasSize(1))
                .body("missedAppointments[0].kind", equalTo("PANEL"))
                .body("missedAppointments[0].missedOn", equalTo(date.toString()))
                .body("missedAppointments[0].panelId", equalTo(panel));
        assertProblem(Api.as(PC).get(ORDERS + order + "/contract"), 404);
        // The initial panel meets again.
        Fixtures.schedulePanel(order, "INITIAL", TestClock.today().plusDays(2));
    }

    @Test
    void decisionsAndTermsMustFitThePanel() {
        String order = Fixtures.newOrder(Fixtures.referralCase());
        LocalDate date = TestClock.today().minusDays(1);
        String panel = Fixtures.schedulePanel(order, "INITIAL", date);
        assertEquals(List.of("decision"), assertProblem(Fixtures.recordOutcome(panel,
                Fixtures.outcome(date, "ATTENDED", "ORDER_COMPLETED")), 422).getList("errors.field"));
        assertValidationProblem(Fixtures.recordOutcome(panel, Fixtures.outcome(date, "ATTENDED", "CONTRACT_AGREED")),
                "contractTerms");
        assertValidationProblem(Fixtures.recordOutcome(panel,
                Fixtures.outcome(date, "ATTENDED", "ADJOURNED", "A term")), "contractTerms");
        assertValidationProblem(Fixtures.recordOutcome(panel,
                Fixtures.outcome(TestClock.today().plusDays(1), "ATTENDED", "ADJOURNED")), "heldOn");
        assertValidationProblem(Fixtures.recordOutcome(panel,
                Fixtures.outcome(TestClock.today().minusMonths(1), "ATTENDED", "ADJOURNED")), "heldOn");
        assertValidationProblem(Fixtures.recordOutcome(panel, Map.of("heldOn", date.toString(), "attendance", "LATE",
                "decision", "ADJOURNED")), "attendance");
        Api.as(PC).get(PATH + "/" + panel).then().statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("SCHEDULED"));
    }

    @Test
    void schedulingFollowsTheOrdersState() {
        String awaiting = Fixtures.newOrder(Fixtures.referralCase());
        String chair = Fixtures.activeVolunteer(true);
        String member = Fixtures.activeVolunteer(false);
        LocalDate date = TestClock.today().plusDays(4);
        assertEquals(List.of("type"), assertProblem(Fixtures.schedule(Fixtures.panelBody(awaiting, "REVIEW", date,
                Fixtures.members(chair, member))), 422).getList("errors.field"));
        Fixtures.schedulePanel(awaiting, "INITIAL", date, chair, member);
        assertEquals(List.of("type"), assertProblem(Fixtures.schedule(Fixtures.panelBody(awaiting, "INITIAL",
                date.plusDays(1), Fixtures.members(chair, member))), 422).getList("errors.field"));
        assertEquals(List.of("referralOrderId"), assertProblem(Fixtures.schedule(Fixtures.panelBody(
                UUID.randomUUID().toString(), "INITIAL", date, Fixtures.members(chair, member))), 422)
                .getList("errors.field"));
        assertValidationProblem(Fixtures.schedule(Fixtures.panelBody(awaiting, "INITIAL",
                TestClock.today().minusMonths(2), Fixtures.members(chair, member))), "scheduledFor");
        Map<String, Object> incomplete = Fixtures.panelBody(awaiting, "INITIAL", date, Fixtures.members(chair, member));
        incomplete.remove("location");
        incomplete.remove("advisors");
        incomplete.put("type", "SOCIAL");
        assertValidationProblem(Fixtures.schedule(incomplete), "type");
        incomplete.put("type", "INITIAL");
        assertValidationProblem(Fixtures.schedule(incomplete), "location", "advisors");

        String active = Fixtures.activeOrder(Fixtures.referralCase(), TestClock.today().minusDays(20), 6);
        assertEquals(List.of("type"), assertProblem(Fixtures.schedule(Fixtures.panelBody(active, "INITIAL", date,
                Fixtures.members(chair, member))), 422).getList("errors.field"));
        Fixtures.schedulePanel(active, "REVIEW", date, chair, member);
    }

    @Test
    void reviewPanelsVaryTheContractAndFinalPanelsCompleteTheOrder() {
        String order = Fixtures.activeOrder(Fixtures.referralCase(), TestClock.today().minusMonths(5), 3);
        LocalDate reviewDate = TestClock.today().minusMonths(2);
        String review = Fixtures.schedulePanel(order, "REVIEW", reviewDate);
        Fixtures.recordOutcome(review, Fixtures.outcome(reviewDate, "ATTENDED", "CONTRACT_AGREED",
                "Attend college three days a week")).then().statusCode(200);
        Api.as(PC).get(ORDERS + order + "/contract").then().statusCode(200)
                .body("terms", equalTo(List.of("Attend college three days a week")))
                .body("agreedAtPanelId", equalTo(review)).body("agreedOn", equalTo(reviewDate.toString()));
        Api.as(PC).get(ORDERS + order).then().body("status", equalTo("ACTIVE"));

        LocalDate finalDate = TestClock.today().minusDays(1);
        String last = Fixtures.schedulePanel(order, "FINAL", finalDate);
        String spare = Fixtures.schedulePanel(order, "REVIEW", TestClock.today().plusDays(20));
        Fixtures.recordOutcome(last, Fixtures.outcome(finalDate, "ATTENDED", "ORDER_COMPLETED")).then()
                .statusCode(200);
        Api.as(PC).get(ORDERS + order).then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("closedOn", equalTo(finalDate.toString()));
        Api.as(PC).get(PATH + "/" + spare).then().body("status", equalTo("CANCELLED"));
        // A completed order has no more panels.
        assertEquals(List.of("referralOrderId"), assertProblem(Fixtures.schedule(Fixtures.panelBody(order, "REVIEW",
                TestClock.today().plusDays(3), Fixtures.members(Fixtures.activeVolunteer(true),
                        Fixtures.activeVolunteer(false)))), 422).getList("errors.field"));
    }

    @Test
    void aPanelCanReferTheChildBackToCourt() {
        String order = Fixtures.activeOrder(Fixtures.referralCase(), TestClock.today().minusMonths(1), 6);
        LocalDate date = TestClock.today();
        String review = Fixtures.schedulePanel(order, "REVIEW", date);
        Fixtures.recordOutcome(review, Fixtures.outcome(date, "DID_NOT_ATTEND", "REFERRED_BACK_TO_COURT"))
                .then().statusCode(200);
        Api.as(PC).get(ORDERS + order).then().statusCode(200).body("status", equalTo("REFERRED_BACK_TO_COURT"))
                .body("closedOn", equalTo(date.toString())).body("missedAppointments", hasSize(1));
    }

    @Test
    void reschedulingChecksTheCompositionAgain() {
        String order = Fixtures.newOrder(Fixtures.referralCase());
        String chair = Fixtures.activeVolunteer(true);
        String member = Fixtures.activeVolunteer(false);
        String other = Fixtures.activeVolunteer(true);
        String panel = Fixtures.schedulePanel(order, "INITIAL", TestClock.today().plusDays(2), chair, member);
        Api.as(PC).header("If-Match", Fixtures.etag("/api/v1/volunteers/" + member))
                .body(Fixtures.dbsCheck(TestClock.today().minusYears(3), TestClock.today().plusDays(5)))
                .put("/api/v1/volunteers/" + member + "/dbs-check").then().statusCode(200);

        Map<String, Object> later = update(TestClock.today().plusDays(8), Fixtures.members(chair, member));
        assertEquals(List.of("volunteers[1].volunteerId"), assertProblem(Api.as(PC).header("If-Match", "\"0\"")
                .body(later).put(PATH + "/" + panel), 422).getList("errors.field"));
        // The other chair-trained volunteer takes the chair; the first stays as a member; the lapsing one leaves.
        Api.as(PC).header("If-Match", "\"0\"").body(update(TestClock.today().plusDays(8), Fixtures.members(other, chair)))
                .put(PATH + "/" + panel).then().statusCode(200).header("ETag", "\"1\"")
                .body("scheduledFor", equalTo(TestClock.today().plusDays(8) + "T17:30:00"))
                .body("volunteers.volunteerId", equalTo(List.of(other, chair)))
                .body("volunteers.chair", equalTo(List.of(true, false)));
        assertProblem(Api.as(PC).header("If-Match", "\"0\"")
                .body(update(TestClock.today().plusDays(9), Fixtures.members(other, chair))).put(PATH + "/" + panel), 412);
        assertProblem(Api.as(PC).body(update(TestClock.today().plusDays(9), Fixtures.members(other, chair)))
                .put(PATH + "/" + panel), 428);
        assertEquals(1, Db.auditRows("UPDATE", "PANEL", panel, PC.subject()));
    }

    @Test
    void aHeldPanelGetsADebriefAndACancelledOneNothingMore() {
        String order = Fixtures.newOrder(Fixtures.referralCase());
        LocalDate date = TestClock.today().minusDays(1);
        String panel = Fixtures.schedulePanel(order, "INITIAL", date);
        Map<String, Object> debrief = Map.of("debriefedOn", TestClock.today().toString(), "notes", "Went well");
        assertProblem(Api.as(PC).header("If-Match", "\"0\"").body(debrief).put(PATH + "/" + panel + "/debrief"), 409);
        Fixtures.recordOutcome(panel, Fixtures.outcome(date, "ATTENDED", "ADJOURNED")).then().statusCode(200);
        assertValidationProblem(Api.as(PC).header("If-Match", "\"1\"").body(Map.of("debriefedOn",
                date.minusDays(1).toString(), "notes", "Early")).put(PATH + "/" + panel + "/debrief"), "debriefedOn");
        Api.as(PC).header("If-Match", "\"1\"").body(debrief).put(PATH + "/" + panel + "/debrief").then()
                .statusCode(200).header("ETag", "\"2\"").body("debriefNotes", equalTo("Went well"))
                .body("debriefedOn", equalTo(TestClock.today().toString()));
        assertEquals(1, Db.auditRows("RECORD_DEBRIEF", "PANEL", panel, PC.subject()));

        String next = Fixtures.schedulePanel(order, "INITIAL", TestClock.today().plusDays(3));
        assertValidationProblem(Api.as(PC).header("If-Match", "\"0\"").body(Map.of("reason", ""))
                .post(PATH + "/" + next + "/cancellation"), "reason");
        Api.as(PC).header("If-Match", "\"0\"").body(Map.of("reason", "The chair is unwell"))
                .post(PATH + "/" + next + "/cancellation").then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancelledOn", equalTo(TestClock.today().toString()));
        assertProblem(Api.as(PC).header("If-Match", "\"1\"").body(Fixtures.outcome(TestClock.today(), "ATTENDED",
                "ADJOURNED")).post(PATH + "/" + next + "/outcome"), 409);
        assertEquals(1, Db.auditRows("CANCEL", "PANEL", next, PC.subject()));
    }

    @Test
    void anIdempotentRetrySchedulesOnePanel() {
        String order = Fixtures.newOrder(Fixtures.referralCase());
        Map<String, Object> body = Fixtures.panelBody(order, "INITIAL", TestClock.today().plusDays(2),
                Fixtures.members(Fixtures.activeVolunteer(true), Fixtures.activeVolunteer(false)));
        String key = "panel-" + UUID.randomUUID();
        Response first = Api.as(PC).header("Idempotency-Key", key).body(body).post(PATH);
        first.then().statusCode(201);
        Api.as(PC).header("Idempotency-Key", key).body(body).post(PATH).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")));
        body.put("location", "Corby YOS");
        assertProblem(Api.as(PC).header("Idempotency-Key", key).body(body).post(PATH), 422);
        assertEquals(1, Db.count("select count(*) from panel where referral_order_id = unhex(replace(?, '-', ''))",
                order));
    }

    @Test
    void aPanelVolunteerSeesOnlyThePanelsTheySitOnAndThoseContracts() {
        String subject = UUID.randomUUID().toString();
        String me = Fixtures.activeVolunteer(false, subject);
        String chair = Fixtures.activeVolunteer(true);
        String other = Fixtures.activeVolunteer(false);

        LocalDate sentence = TestClock.today().minusDays(10);
        String mine = Fixtures.newOrder(Fixtures.referralCase(), sentence, 6);
        String myPanel = Fixtures.schedulePanel(mine, "INITIAL", sentence.plusDays(4), chair, me);
        Fixtures.recordOutcome(myPanel, Fixtures.outcome(sentence.plusDays(4), "ATTENDED", "CONTRACT_AGREED",
                "Reparation at the food bank")).then().statusCode(200);
        String notMine = Fixtures.newOrder(Fixtures.referralCase(), sentence, 6);
        String otherPanel = Fixtures.schedulePanel(notMine, "INITIAL", sentence.plusDays(4), chair, other);
        Fixtures.recordOutcome(otherPanel, Fixtures.outcome(sentence.plusDays(4), "ATTENDED", "CONTRACT_AGREED",
                "Letter of apology")).then().statusCode(200);

        Api.asVolunteer(subject).queryParam("size", 100).get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(myPanel));
        Api.asVolunteer(subject).get(PATH + "/" + myPanel).then().statusCode(200)
                .body("volunteers.volunteerId", hasItem(me));
        assertProblem(Api.asVolunteer(subject).get(PATH + "/" + otherPanel), 404);
        Api.asVolunteer(subject).get(ORDERS + mine + "/contract").then().statusCode(200)
                .body("terms", equalTo(List.of("Reparation at the food bank")));
        assertProblem(Api.asVolunteer(subject).get(ORDERS + notMine + "/contract"), 404);
        assertEquals(1, Db.auditRows("READ", "PANEL", myPanel, subject));
        assertEquals(1, Db.deniedRows("READ", "PANEL", otherPanel, subject));
        assertEquals(1, Db.deniedRows("READ_CONTRACT", "REFERRAL_ORDER", notMine, subject));

        // Nothing else: not the order itself, not volunteers, no changes.
        assertProblem(Api.asVolunteer(subject).get(ORDERS + mine), 403);
        assertProblem(Api.asVolunteer(subject).get("/api/v1/volunteers/" + me), 403);
        assertProblem(Api.asVolunteer(subject).header("If-Match", "\"2\"").body(Map.of("debriefedOn",
                TestClock.today().toString(), "notes", "x")).put(PATH + "/" + myPanel + "/debrief"), 403);
        // A volunteer login linked to no record sees no panels.
        Api.asVolunteer(UUID.randomUUID().toString()).get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        // Taken off the panel, they no longer see it.
        String later = Fixtures.schedulePanel(mine, "REVIEW", TestClock.today().plusDays(5), chair, me);
        Api.as(PC).header("If-Match", "\"0\"").body(update(TestClock.today().plusDays(5), Fixtures.members(chair, other)))
                .put(PATH + "/" + later).then().statusCode(200);
        assertProblem(Api.asVolunteer(subject).get(PATH + "/" + later), 404);
    }

    @Test
    void caseRolesReadThePanelsOfTheirCasesThroughCaseService() {
        CaseReference visible = Fixtures.referralCase();
        String order = Fixtures.newOrder(visible);
        String panel = Fixtures.schedulePanel(order, "INITIAL", TestClock.today().plusDays(2));
        CaseReference hidden = Fixtures.referralCase();
        String hiddenPanel = Fixtures.schedulePanel(Fixtures.newOrder(hidden), "INITIAL", TestClock.today().plusDays(2));
        CaseServiceStub.caseNotVisible(hidden.id());
        CaseServiceStub.server().resetRequests();

        Api.as(Persona.CASE_MANAGER_WEST).queryParam("caseId", visible.id().toString()).get(PATH).then()
                .statusCode(200).body("items.id", equalTo(List.of(panel)));
        Api.as(Persona.CASE_MANAGER_WEST).get(PATH + "/" + panel).then().statusCode(200).body("id", equalTo(panel));
        assertProblem(Api.as(Persona.CASE_MANAGER_WEST).get(PATH + "/" + hiddenPanel), 404);
        Api.as(Persona.CASE_MANAGER_WEST).queryParam("caseId", hidden.id().toString()).get(PATH).then()
                .statusCode(200).body("items.id", not(hasItem(hiddenPanel))).body("totalItems", equalTo(0));
        assertValidationProblem(Api.as(Persona.OPERATIONS_MANAGER_WEST).get(PATH), "caseId");
        assertEquals(1, Db.auditRows("READ", "PANEL", panel, Persona.CASE_MANAGER_WEST.subject()));
        // Each case was checked with the case manager's own token, so case-service's rules for them decided.
        assertEquals(List.of(Persona.CASE_MANAGER_WEST.subject()), Fixtures.subjectsCaseServiceWasAskedWith());
    }

    private static Map<String, Object> update(LocalDate date, List<Map<String, Object>> volunteers) {
        Map<String, Object> body = Fixtures.panelBody("unused", "INITIAL", date, volunteers);
        body.remove("referralOrderId");
        body.remove("type");
        return body;
    }
}
