package uk.yos.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.e2e.Api.as;
import static uk.yos.e2e.Api.idempotencyKey;
import static uk.yos.e2e.Api.today;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One child's way through the whole suite, only through the gateway, each step as the person (or partner system)
 * who does it in a YOS: the police refer a child to prevention and diversion; the prevention worker triages and the
 * joint decision is a youth caution, which opens a case in case-service; the operations manager allocates it; a
 * later offence leads to a referral order and its initial panel (with vetted, trained, active volunteers); the RJ
 * worker records the victim's consent and the RJ decision; the case manager reads the victim feedback report but
 * never the victim's own record. Each step asserts what the answer means, not only its status.
 */
@ExtendWith({ SuiteExtension.class, StopAfterFirstFailure.class })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Journey: police referral to referral order, panel and victim feedback, through the gateway")
class JourneyTest {

    private static final String POLICE_ORGANISATION = "NORTHAMPTONSHIRE_POLICE";
    private static final String NORTH_TEAM = "NORTH_OOC";

    private final String tag = Api.uniqueLetters(8);
    private final LocalDate today = today();
    private final LocalDate dateOfBirth = today.minusYears(14).minusDays(40);
    private final String childGivenName = "Jordan";
    private final String childFamilyName = "Journey" + tag.toLowerCase();

    private String referralId;
    private String referralIdempotencyKey;
    private Map<String, Object> referralBody;
    private String cautionCaseId;
    private String youngPersonId;
    private String referralOrderCaseId;
    private String referralOrderOffenceId;
    private String referralOrderId;
    private String chairId;
    private String volunteerId;
    private String linkedVolunteerId;
    private String panelId;
    private String victimId;

    @Test
    @Order(1)
    @DisplayName("1. The police partner system refers a child (client credentials, Idempotency-Key)")
    void policeReferAChild() {
        referralBody = Map.of(
                "referrer", Map.of("name", "PC 4242 Sam Example", "contact", "sam.example@police.example"),
                "child", Map.of("givenName", childGivenName, "familyName", childFamilyName,
                        "dateOfBirth", dateOfBirth.toString(), "gender", "MALE", "school", "Kettering Example Academy"),
                "reason", Map.of("type", "OFFENCE", "offence", Map.of(
                        "offenceTypeCode", "THEFT", "description", "Took a phone from a shop display",
                        "offenceDate", today.minusDays(6).toString(), "gravityScore", 2,
                        "outcomeConsidered", "YOUTH_CAUTION")));
        referralIdempotencyKey = idempotencyKey();

        as(Persona.POLICE_CLIENT).body(referralBody)
                .post("/api/v1/prevention-referrals")
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("Idempotency-Key"));

        Response created = as(Persona.POLICE_CLIENT).header("Idempotency-Key", referralIdempotencyKey)
                .body(referralBody)
                .post("/api/v1/prevention-referrals");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/prevention-referrals/"))
                .body("status", equalTo("RECEIVED"))
                .body("source", equalTo("POLICE"))
                .body("referringOrganisation", equalTo(POLICE_ORGANISATION))
                .body("receivedOn", equalTo(today.toString()))
                .body("reference", notNullValue())
                .body("decisionOutcome", nullValue())
                // the police see the status view only: nothing about the child
                .body("$", not(org.hamcrest.Matchers.hasKey("child")));
        referralId = created.path("id");
        LocalDate assessmentDue = LocalDate.parse(created.path("assessmentDueDate"));
        assertEquals(EnglandAndWalesWorkingDays.plus(today, 10), assessmentDue,
                "assessment due 10 working days after receipt (" + today + ")");

        // a retry by the partner system with the same key is the same referral, never a second one
        as(Persona.POLICE_CLIENT).header("Idempotency-Key", referralIdempotencyKey).body(referralBody)
                .post("/api/v1/prevention-referrals")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(referralId));
    }

    @Test
    @Order(2)
    @DisplayName("2. The prevention worker triages the referral")
    void preventionWorkerTriages() {
        Response referral = as(Persona.PREVENTION_WORKER).get("/api/v1/prevention-referrals/{id}", referralId);
        referral.then().statusCode(200)
                .body("child.givenName", equalTo(childGivenName))
                .body("child.familyName", equalTo(childFamilyName))
                .body("reason.offence.offenceTypeCode", equalTo("THEFT"))
                .body("status", equalTo("RECEIVED"))
                .body("assessmentTimeliness", equalTo("DUE"));

        Map<String, Object> triage = Map.of(
                "assessmentCompletedOn", today.toString(),
                "notes", "Seen at home with a parent; admits the theft.",
                "padatCompletedOn", today.toString(),
                "camhsScreening", Map.of("screenedOn", today.toString(), "outcome", "NO_CONCERNS_IDENTIFIED"),
                "voluntaryWorkConsent", "GIVEN",
                "consentRecordedOn", today.toString(),
                "child", Map.of("ethnicity", "WHITE_BRITISH", "localityCode", "KETTERING", "childInCare", false,
                        "send", false, "ehcp", false));
        as(Persona.PREVENTION_WORKER).header("If-Match", referral.header("ETag")).body(triage)
                .put("/api/v1/prevention-referrals/{id}/triage", referralId)
                .then().statusCode(200)
                .body("status", equalTo("TRIAGED"))
                .body("assessmentCompletedOn", equalTo(today.toString()))
                .body("assessmentTimeliness", equalTo("MET"))
                .body("triage.camhsScreening.outcome", equalTo("NO_CONCERNS_IDENTIFIED"))
                .body("triage.recordedBy", equalTo("prevention-worker"));
    }

    @Test
    @Order(3)
    @DisplayName("3. The joint decision is a youth caution, which opens a case in case-service")
    void jointDecisionOpensACase() {
        String etag = as(Persona.PREVENTION_WORKER).get("/api/v1/prevention-referrals/{id}", referralId)
                .then().statusCode(200).extract().header("ETag");
        Map<String, Object> decision = Map.of(
                "outcome", "YOUTH_CAUTION",
                "reasons", "Admitted a first offence; a caution with voluntary support is proportionate.",
                "decidedOn", today.toString(),
                "owningTeamCode", NORTH_TEAM,
                "panel", List.of(Map.of("name", "Sgt Alex Police", "agency", "POLICE"),
                        Map.of("name", "Piper Demoprevent", "agency", "YOS")));
        Response decided = as(Persona.PREVENTION_WORKER).header("If-Match", etag).body(decision)
                .post("/api/v1/prevention-referrals/{id}/decision", referralId);
        decided.then().statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision.outcome", equalTo("YOUTH_CAUTION"))
                .body("decision.caseId", notNullValue())
                .body("decision.youngPersonId", notNullValue())
                .body("decision.youngPersonMatched", equalTo(false))
                .body("decision.caseTeamCode", equalTo(NORTH_TEAM));
        cautionCaseId = decided.path("decision.caseId");
        youngPersonId = decided.path("decision.youngPersonId");

        // the police see the outcome of their referral, still without the child's details or the reasons
        as(Persona.POLICE_CLIENT).get("/api/v1/prevention-referrals/{id}/status", referralId)
                .then().statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decisionOutcome", equalTo("YOUTH_CAUTION"))
                .body("decidedOn", equalTo(today.toString()))
                .body("$", not(org.hamcrest.Matchers.hasKey("child")))
                .body("$", not(org.hamcrest.Matchers.hasKey("decision")));
    }

    @Test
    @Order(4)
    @DisplayName("4. The case is in case-service for the team's operations manager and case manager, not another team")
    void theCaseAppearsForTheTeam() {
        as(Persona.OPERATIONS_MANAGER_NORTH).get("/api/v1/cases/{id}", cautionCaseId)
                .then().statusCode(200)
                .body("youngPersonId", equalTo(youngPersonId))
                .body("caseType", equalTo("YOUTH_CAUTION"))
                .body("category", equalTo("OUT_OF_COURT"))
                .body("status", equalTo("OPEN"))
                .body("owningTeamCode", equalTo(NORTH_TEAM))
                .body("outcomeDate", equalTo(today.toString()))
                .body("firstTimeEntrant", equalTo(true))
                .body("offences", hasSize(1))
                .body("offences[0].offenceTypeCode", equalTo("THEFT"))
                .body("currentAllocations", empty());
        as(Persona.CASE_MANAGER_NORTH).get("/api/v1/young-people/{id}", youngPersonId)
                .then().statusCode(200)
                .body("givenName", equalTo(childGivenName))
                .body("familyName", equalTo(childFamilyName))
                .body("dateOfBirth", equalTo(dateOfBirth.toString()))
                .body("teamCode", equalTo(NORTH_TEAM))
                .body("localityCode", equalTo("KETTERING"));
        as(Persona.CASE_MANAGER_WEST).get("/api/v1/cases/{id}", cautionCaseId)
                .then().statusCode(404);
    }

    @Test
    @Order(5)
    @DisplayName("5. The operations manager allocates the case: a primary case manager and a secondary worker")
    void theCaseIsAllocated() {
        String etag = as(Persona.OPERATIONS_MANAGER_NORTH).get("/api/v1/cases/{id}", cautionCaseId)
                .then().statusCode(200).extract().header("ETag");
        Response primary = as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", etag)
                .body(Map.of("role", "PRIMARY_CASE_MANAGER", "workerId", Persona.CASE_MANAGER_NORTH.subject(),
                        "workerName", Persona.CASE_MANAGER_NORTH.displayName(), "startDate", today.toString()))
                .post("/api/v1/cases/{id}/allocations", cautionCaseId);
        primary.then().statusCode(201)
                .body("role", equalTo("PRIMARY_CASE_MANAGER"))
                .body("workerId", equalTo(Persona.CASE_MANAGER_NORTH.subject()))
                .body("current", equalTo(true))
                .body("allocatedBy", equalTo("operations-manager-north"));
        // a worker from another team, allocated as secondary worker, can now see the case
        as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", primary.header("ETag"))
                .body(Map.of("role", "SECONDARY_WORKER", "workerId", Persona.CASE_MANAGER_WEST.subject(),
                        "workerName", Persona.CASE_MANAGER_WEST.displayName(), "startDate", today.toString()))
                .post("/api/v1/cases/{id}/allocations", cautionCaseId)
                .then().statusCode(201);

        as(Persona.CASE_MANAGER_NORTH).get("/api/v1/cases/{id}", cautionCaseId)
                .then().statusCode(200)
                .body("currentAllocations", hasSize(2))
                .body("currentAllocations.find { it.role == 'PRIMARY_CASE_MANAGER' }.workerId",
                        equalTo(Persona.CASE_MANAGER_NORTH.subject()))
                .body("currentAllocations.find { it.role == 'SECONDARY_WORKER' }.workerName",
                        equalTo(Persona.CASE_MANAGER_WEST.displayName()));
        as(Persona.CASE_MANAGER_WEST).get("/api/v1/cases/{id}", cautionCaseId)
                .then().statusCode(200)
                .body("owningTeamCode", equalTo(NORTH_TEAM));
    }

    @Test
    @Order(6)
    @DisplayName("6. A later offence: a referral-order case for the same child, and the order")
    void aLaterOffenceLeadsToAReferralOrder() {
        LocalDate sentenceDate = today.minusDays(3);
        Response opened = as(Persona.CASE_MANAGER_NORTH).header("Idempotency-Key", idempotencyKey())
                .body(Map.of("youngPersonId", youngPersonId, "caseType", "REFERRAL_ORDER",
                        "outcomeDate", sentenceDate.toString(),
                        "offences", List.of(Map.of("offenceTypeCode", "THEFT",
                                "description", "Shoplifting with a friend, goods recovered", "gravityScore", 3,
                                "offenceDate", today.minusDays(2 + 20).toString()))))
                .post("/api/v1/cases");
        opened.then().statusCode(201)
                .body("youngPersonId", equalTo(youngPersonId))
                .body("caseType", equalTo("REFERRAL_ORDER"))
                .body("category", equalTo("COURT"))
                .body("owningTeamCode", equalTo(NORTH_TEAM))
                // the youth caution already made the child a first-time entrant
                .body("firstTimeEntrant", equalTo(false))
                .body("currentAllocations.find { it.role == 'PRIMARY_CASE_MANAGER' }.workerId",
                        equalTo(Persona.CASE_MANAGER_NORTH.subject()));
        referralOrderCaseId = opened.path("id");
        referralOrderOffenceId = opened.path("offences[0].id");

        as(Persona.CASE_MANAGER_NORTH).get("/api/v1/cases?youngPersonId={id}&sort=outcomeDate", youngPersonId)
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.caseType", hasItems("YOUTH_CAUTION", "REFERRAL_ORDER"));

        Response order = as(Persona.PANEL_COORDINATOR).header("Idempotency-Key", idempotencyKey())
                .body(Map.of("caseId", referralOrderCaseId, "sentenceDate", sentenceDate.toString(),
                        "court", "Northampton Youth Court", "lengthMonths", 6))
                .post("/api/v1/referral-orders");
        order.then().statusCode(201)
                .body("caseId", equalTo(referralOrderCaseId))
                .body("youngPersonId", equalTo(youngPersonId))
                .body("owningTeamCode", equalTo(NORTH_TEAM))
                .body("status", equalTo("AWAITING_CONTRACT"))
                .body("lengthMonths", equalTo(6))
                .body("startDate", nullValue())
                .body("initialPanelMet", nullValue());
        referralOrderId = order.path("id");
        LocalDate due = LocalDate.parse(order.path("initialPanelDueDate"));
        assertEquals(EnglandAndWalesWorkingDays.plus(sentenceDate, 20), due,
                "initial panel due 20 working days after sentence " + sentenceDate);

        // the case manager of the case reads the order; a panel volunteer does not
        as(Persona.CASE_MANAGER_NORTH).get("/api/v1/referral-orders/{id}", referralOrderId)
                .then().statusCode(200).body("id", equalTo(referralOrderId));
        as(Persona.PANEL_VOLUNTEER).get("/api/v1/referral-orders/{id}", referralOrderId)
                .then().statusCode(403);
    }

    @Test
    @Order(7)
    @DisplayName("7. Volunteers are recruited, vetted (DBS), trained (one to chair) and made active")
    void volunteersAreReady() {
        chairId = readyVolunteer("Chris", true, null);
        volunteerId = readyVolunteer("Dana", false, null);
        // the demo panel volunteer's Keycloak account is linked to this record
        linkedVolunteerId = readyVolunteer("Val", false, Persona.PANEL_VOLUNTEER.subject());

        as(Persona.PANEL_COORDINATOR).get("/api/v1/volunteers/{id}", chairId)
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("chairTrained", equalTo(true))
                .body("dbsValid", equalTo(true))
                .body("training.kind", hasItems("INITIAL", "CHAIR"));
        as(Persona.PANEL_COORDINATOR).get("/api/v1/volunteers?status=ACTIVE&chairTrained=true&name={name}",
                        "Volunteer" + tag.toLowerCase())
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(chairId)));
    }

    private String readyVolunteer(String givenName, boolean chair, String userSubject) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("givenName", givenName);
        body.put("familyName", "Volunteer" + tag.toLowerCase());
        body.put("email", givenName.toLowerCase() + "." + tag.toLowerCase() + "@volunteers.example");
        body.put("representative", true);
        if (userSubject != null) {
            body.put("userSubject", userSubject);
        }
        Response created = as(Persona.PANEL_COORDINATOR).header("Idempotency-Key", idempotencyKey()).body(body)
                .post("/api/v1/volunteers");
        created.then().statusCode(201).body("status", equalTo("APPLICANT")).body("dbsValid", equalTo(false));
        String id = created.path("id");
        String etag = created.header("ETag");
        etag = changeVolunteer(id, etag, "PUT", "/dbs-check",
                Map.of("checkedOn", today.minusDays(30).toString(), "expiresOn", today.plusYears(3).toString()))
                .then().body("dbsValid", equalTo(true)).extract().header("ETag");
        etag = changeVolunteer(id, etag, "POST", "/training-records",
                Map.of("kind", "INITIAL", "completedOn", today.minusDays(20).toString(), "provider", "YOS"))
                .header("ETag");
        if (chair) {
            etag = changeVolunteer(id, etag, "POST", "/training-records",
                    Map.of("kind", "CHAIR", "completedOn", today.minusDays(10).toString(), "provider", "YOS"))
                    .then().body("chairTrained", equalTo(true)).extract().header("ETag");
        }
        etag = changeVolunteer(id, etag, "POST", "/status-changes", Map.of("status", "TRAINED"))
                .then().body("status", equalTo("TRAINED")).extract().header("ETag");
        changeVolunteer(id, etag, "POST", "/status-changes", Map.of("status", "ACTIVE"))
                .then().body("status", equalTo("ACTIVE"));
        return id;
    }

    private Response changeVolunteer(String id, String etag, String method, String path, Map<String, Object> body) {
        Response response = as(Persona.PANEL_COORDINATOR).header("If-Match", etag).body(body)
                .request(method, "/api/v1/volunteers/{id}" + path, id);
        response.then().statusCode(200);
        return response;
    }

    @Test
    @Order(8)
    @DisplayName("8. The initial panel is scheduled only with a valid composition")
    void thePanelIsScheduled() {
        String scheduledFor = today.plusDays(7) + "T10:00:00";
        Map<String, Object> advisor = Map.of("workerId", Persona.CASE_MANAGER_NORTH.subject(),
                "workerName", Persona.CASE_MANAGER_NORTH.displayName());

        // one volunteer, not chair-trained, chairing: refused with every broken rule named
        as(Persona.PANEL_COORDINATOR).header("Idempotency-Key", idempotencyKey())
                .body(Map.of("referralOrderId", referralOrderId, "type", "INITIAL", "scheduledFor", scheduledFor,
                        "location", "Kettering Youth Centre", "advisors", List.of(advisor),
                        "volunteers", List.of(Map.of("volunteerId", volunteerId, "chair", true))))
                .post("/api/v1/panels")
                .then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItems("volunteers", "volunteers[0].chair"));

        Response panel = as(Persona.PANEL_COORDINATOR).header("Idempotency-Key", idempotencyKey())
                .body(Map.of("referralOrderId", referralOrderId, "type", "INITIAL", "scheduledFor", scheduledFor,
                        "location", "Kettering Youth Centre", "advisors", List.of(advisor),
                        "volunteers", List.of(Map.of("volunteerId", chairId, "chair", true),
                                Map.of("volunteerId", linkedVolunteerId, "chair", false))))
                .post("/api/v1/panels");
        panel.then().statusCode(201)
                .body("referralOrderId", equalTo(referralOrderId))
                .body("caseId", equalTo(referralOrderCaseId))
                .body("youngPersonId", equalTo(youngPersonId))
                .body("type", equalTo("INITIAL"))
                .body("status", equalTo("SCHEDULED"))
                .body("advisors.workerId", equalTo(List.of(Persona.CASE_MANAGER_NORTH.subject())))
                .body("volunteers", hasSize(2))
                .body("volunteers.find { it.chair }.volunteerId", equalTo(chairId))
                .body("volunteers.findAll { it.chair }", hasSize(1));
        panelId = panel.path("id");
        assertTrue(panel.<String>path("scheduledFor").startsWith(today.plusDays(7) + "T10:00"));

        // the volunteer who sits on it sees this panel, and only panels they sit on
        as(Persona.PANEL_VOLUNTEER).get("/api/v1/panels/{id}", panelId)
                .then().statusCode(200).body("id", equalTo(panelId));
        as(Persona.PANEL_VOLUNTEER).get("/api/v1/panels")
                .then().statusCode(200)
                .body("items.id", hasItem(panelId))
                .body("items.referralOrderId", everyItem(equalTo(referralOrderId)));
        // the case manager finds it through the case
        as(Persona.CASE_MANAGER_NORTH).get("/api/v1/panels?caseId={caseId}", referralOrderCaseId)
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(panelId));
    }

    @Test
    @Order(9)
    @DisplayName("9. The victim consents and the RJ worker records the RJ decision with its reasons")
    void theVictimConsentsAndRjIsDecided() {
        Response victim = as(Persona.RJ_WORKER).header("Idempotency-Key", idempotencyKey())
                .body(Api.json("caseId", referralOrderCaseId, "offenceId", referralOrderOffenceId,
                        "givenName", "Vivian", "familyName", "Victim" + tag.toLowerCase(),
                        "address", "1 Example Street, Kettering NN16 0AA", "phone", "01536 000111",
                        "email", "vivian." + tag.toLowerCase() + "@example.org",
                        "preferredContactMethod", "PHONE", "referredOn", today.toString(),
                        "vulnerableOrIntimidated", false, "mostSeriousCrime", false))
                .post("/api/v1/victims");
        victim.then().statusCode(201)
                .body("caseId", equalTo(referralOrderCaseId))
                .body("offenceId", equalTo(referralOrderOffenceId))
                .body("contactDetails.phone", equalTo("01536 000111"))
                .body("enhancedRights.enhanced", equalTo(false))
                .body("rjInformation.dueDate", notNullValue());
        victimId = victim.path("id");
        LocalDate rjInformationDue = LocalDate.parse(victim.path("rjInformation.dueDate"));
        assertEquals(EnglandAndWalesWorkingDays.plus(today, 5), rjInformationDue,
                "RJ information due 5 working days after referral (" + today + ")");

        Response consent = as(Persona.RJ_WORKER).header("If-Match", victim.header("ETag"))
                .body(Map.of("policeConsentToShare", true, "policeConsentOn", today.toString(),
                        "consentToContact", true, "consentToContactOn", today.toString()))
                .put("/api/v1/victims/{id}/consent", victimId);
        consent.then().statusCode(200)
                .body("consent.policeConsentToShare", equalTo(true))
                .body("consent.consentToContact", equalTo(true))
                .body("consent.withdrawnOn", nullValue());

        Response decided = as(Persona.RJ_WORKER).header("If-Match", consent.header("ETag"))
                .body(Map.of("offered", true, "decidedOn", today.toString(),
                        "reasons", "The victim wants an explanation; the child accepts responsibility."))
                .put("/api/v1/victims/{id}/rj-decision", victimId);
        decided.then().statusCode(200)
                .body("rjDecision.offered", equalTo(true))
                .body("rjDecision.reasons", containsString("explanation"))
                .body("rjDecision.decidedOn", equalTo(today.toString()))
                .body("rjDecision.decidedBy", equalTo("rj-worker"));

        Response feedback = as(Persona.RJ_WORKER).header("If-Match", decided.header("ETag"))
                .body(Map.of("views", "Wants to know why it happened.",
                        "wishes", "A letter of explanation before the panel.",
                        "agreedReparation", "Four hours of community reparation."))
                .put("/api/v1/victims/{id}/feedback", victimId);
        feedback.then().statusCode(200).body("feedback.wishes", containsString("letter"));

        as(Persona.RJ_WORKER).header("Idempotency-Key", idempotencyKey())
                .body(Map.of("victimId", victimId, "type", "LETTER_OF_EXPLANATION", "plannedOn",
                        today.plusDays(5).toString()))
                .post("/api/v1/rj-interventions")
                .then().statusCode(201)
                .body("caseId", equalTo(referralOrderCaseId))
                .body("status", equalTo("PLANNED"));
    }

    @Test
    @Order(10)
    @DisplayName("10. The case manager reads the victim feedback report, never the victim's record or contact details")
    void theCaseManagerReadsOnlyTheFeedbackReport() {
        Response report = as(Persona.CASE_MANAGER_NORTH).get("/api/v1/victims/{id}/feedback-report", victimId);
        report.then().statusCode(200)
                .body("victimId", equalTo(victimId))
                .body("caseId", equalTo(referralOrderCaseId))
                .body("rjOffered", equalTo(true))
                .body("rjDecidedOn", equalTo(today.toString()))
                .body("wishes", equalTo("A letter of explanation before the panel."))
                .body("agreedReparation", equalTo("Four hours of community reparation."))
                .body("interventions.type", equalTo(List.of("LETTER_OF_EXPLANATION")));
        String body = report.asString();
        for (String personal : List.of("Vivian", "Victim" + tag.toLowerCase(), "01536", "Example Street", "@example.org",
                "contactDetails", "givenName", "familyName", "dateOfBirth")) {
            assertFalse(body.contains(personal), "the feedback report must not contain " + personal + ": " + body);
        }
        JsonPath list = as(Persona.CASE_MANAGER_NORTH)
                .get("/api/v1/victims/feedback-reports?caseId={caseId}", referralOrderCaseId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(victimId), list.getList("items.victimId"));

        Response record = as(Persona.CASE_MANAGER_NORTH).get("/api/v1/victims/{id}", victimId);
        assertTrue(record.statusCode() == 403 || record.statusCode() == 404,
                "the victim's own record is for the RJ team only: " + record.statusCode());
        assertFalse(record.asString().contains("01536"), record.asString());
        as(Persona.CASE_MANAGER_NORTH).get("/api/v1/victims?caseId={caseId}", referralOrderCaseId)
                .then().statusCode(403);
        // a case manager of another team may not even see the report
        as(Persona.CASE_MANAGER_WEST).get("/api/v1/victims/{id}/feedback-report", victimId)
                .then().statusCode(404);
        // and the RJ team still sees everything it recorded
        as(Persona.RJ_WORKER).get("/api/v1/victims/{id}", victimId)
                .then().statusCode(200)
                .body("rjDecision.offered", equalTo(true))
                .body("consent.consentToContact", equalTo(true))
                .body("contactDetails.email", equalTo("vivian." + tag.toLowerCase() + "@example.org"));
    }
}
