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
import static uk.yos.e2e.Api.json;
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
@DisplayName("Journey: police referral to referral order, panel, victim feedback and the practice record, through the gateway")
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
    private String assessmentId;

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
                        "startDate", today.toString()))
                .post("/api/v1/cases/{id}/allocations", cautionCaseId);
        primary.then().statusCode(201)
                .body("role", equalTo("PRIMARY_CASE_MANAGER"))
                .body("workerId", equalTo(Persona.CASE_MANAGER_NORTH.subject()))
                .body("current", equalTo(true))
                .body("allocatedBy", equalTo("operations-manager-north"));
        // a worker whose token names another team, allocated as secondary worker, can now see the case: the
        // register must first know them as a member of the case's team (admin keeps every team's register)
        as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", primary.header("ETag"))
                .body(Map.of("role", "SECONDARY_WORKER", "workerId", Persona.CASE_MANAGER_WEST.subject(),
                        "startDate", today.toString()))
                .post("/api/v1/cases/{id}/allocations", cautionCaseId)
                .then().statusCode(422).body("errors[0].field", equalTo("workerId"));
        Response westWorker = as(Persona.ADMIN).queryParam("subject", Persona.CASE_MANAGER_WEST.subject())
                .get("/api/v1/staff");
        String westWorkerPath = "/api/v1/staff/" + westWorker.path("items[0].id");
        String westWorkerTag = as(Persona.ADMIN).get(westWorkerPath).then().statusCode(200).extract().header("ETag");
        as(Persona.ADMIN).header("If-Match", westWorkerTag).body(Map.of("teamCode", NORTH_TEAM,
                "teamRole", "CASE_MANAGER", "startDate", today.toString()))
                .post(westWorkerPath + "/memberships").then().statusCode(201);
        as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", primary.header("ETag"))
                .body(Map.of("role", "SECONDARY_WORKER", "workerId", Persona.CASE_MANAGER_WEST.subject(),
                        "startDate", today.toString()))
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

    @Test
    @Order(11)
    @DisplayName("11. AssetPlus: a high safety-and-wellbeing rating takes effect only on the team manager's sign-off")
    void theAssessmentIsSignedOffByTheTeamsManager() {
        String base = "/api/v1/cases/" + referralOrderCaseId;
        JsonPath due = as(Persona.CASE_MANAGER_NORTH).get(base + "/assessments").then().statusCode(200)
                .body("", hasSize(1)).extract().jsonPath();
        assessmentId = due.getString("[0].id");
        assertEquals("ASSET_PLUS", due.getString("[0].tool"));
        assertEquals(EnglandAndWalesWorkingDays.plus(today.minusDays(3), 15).toString(), due.getString("[0].dueDate"),
                "AssetPlus due 15 working days after the sentence");
        String assessment = base + "/assessments/" + assessmentId;
        String etag = as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"0\"")
                .body(json("startedOn", today.toString())).post(assessment + "/start").then().statusCode(200)
                .extract().header("ETag");
        as(Persona.CASE_MANAGER_NORTH).header("If-Match", etag).body(json("completedOn", today.toString(),
                "rosh", "MEDIUM", "safetyAndWellbeing", "HIGH", "reoffending", "MEDIUM"))
                .post(assessment + "/complete").then().statusCode(200)
                .body("signOff", equalTo("OUTSTANDING"))
                .body("scaledApproachIndicated", equalTo("INTENSIVE"))
                .body("signOffDueDate", equalTo(EnglandAndWalesWorkingDays.plus(today, 5).toString()));
        as(Persona.CASE_MANAGER_NORTH).get(base + "/ratings").then().statusCode(200)
                .body("signOffOutstandingFor", equalTo(assessmentId)).body("scaledApproach", nullValue());
        as(Persona.OPERATIONS_MANAGER_NORTH).get("/api/v1/work?view=DUE&kind=RATINGS_SIGN_OFF&teamCode={team}"
                + "&size=100", NORTH_TEAM).then().statusCode(200).body("items.sourceId", hasItem(assessmentId));

        Map<String, Object> signOff = json("reviewed", "RATING_CHANGE", "assessmentId", assessmentId,
                "decision", "AGREED_WITH_ACTIONS", "comments", "Agree the raised rating; exploitation concerns",
                "reviewedOn", today.toString(), "actions", List.of(json("description", "Refer to the risk panel",
                        "dueDate", today.plusDays(7).toString())));
        as(Persona.CASE_MANAGER_NORTH).body(signOff).post(base + "/oversight").then().statusCode(403);
        as(Persona.OPERATIONS_MANAGER_WEST).body(signOff).post(base + "/oversight").then().statusCode(404);
        as(Persona.OPERATIONS_MANAGER_NORTH).header("Idempotency-Key", idempotencyKey()).body(signOff)
                .post(base + "/oversight").then().statusCode(201).body("decision", equalTo("AGREED_WITH_ACTIONS"));

        as(Persona.CASE_MANAGER_NORTH).get(base + "/ratings").then().statusCode(200)
                .body("safetyAndWellbeing", equalTo("HIGH")).body("scaledApproach", equalTo("INTENSIVE"))
                .body("signOffOutstandingFor", nullValue()).body("nextReviewDue", notNullValue());
    }

    @Test
    @Order(12)
    @DisplayName("12. The Risk, Safety and Wellbeing panel the rating called for is held, and a contingency plan made")
    void theRiskPanelIsHeldAndAContingencyPlanMade() {
        String base = "/api/v1/cases/" + referralOrderCaseId;
        JsonPath panels = as(Persona.CASE_MANAGER_NORTH).get(base + "/risk-panels").then().statusCode(200)
                .body("", hasSize(1)).body("[0].status", equalTo("DUE")).extract().jsonPath();
        assertEquals(EnglandAndWalesWorkingDays.plus(today, 10).toString(), panels.getString("[0].dueDate"));
        String panel = base + "/risk-panels/" + panels.getString("[0].id");
        as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"0\"").body(json("heldOn", today.toString(),
                "agencies", List.of("YOS", "Children's social care", "Police"),
                "decisions", "Safety plan agreed; referral to the exploitation panel",
                "actions", List.of(json("description", "Share the safety plan with the school", "owner",
                        "Case manager", "dueDate", today.plusDays(5).toString())),
                "nextReviewDate", today.plusMonths(3).toString())).post(panel + "/held").then().statusCode(200)
                .body("status", equalTo("DONE"));
        as(Persona.CASE_MANAGER_NORTH).get(base + "/risk-panels").then().body("", hasSize(2))
                .body("[1].dueDate", equalTo(today.plusMonths(3).toString()));

        as(Persona.CASE_MANAGER_NORTH).get(base + "/work?view=DUE&kind=CONTINGENCY_PLAN&withinDays=30").then()
                .statusCode(200).body("totalItems", equalTo(1));
        as(Persona.CASE_MANAGER_NORTH).header("Idempotency-Key", idempotencyKey()).body(json("kind", "CONTINGENCY",
                "plan", json("content", "If Jordan goes missing or is seen with the older group: same-day strategy "
                        + "discussion with social care and police", "recordedOn", today.toString(),
                        "reviewDate", today.plusMonths(3).toString()))).post(base + "/plans").then().statusCode(201);
        as(Persona.CASE_MANAGER_NORTH).get(base + "/work?view=DUE&kind=CONTINGENCY_PLAN&withinDays=30").then()
                .body("totalItems", equalTo(0));
    }

    @Test
    @Order(13)
    @DisplayName("13. Gang and CSE screenings: concerns referred to the National Referral Mechanism, and the work done")
    void theScreeningsAreCompleted() {
        String base = "/api/v1/cases/" + referralOrderCaseId;
        JsonPath screenings = as(Persona.CASE_MANAGER_NORTH).get(base + "/screenings").then().statusCode(200)
                .body("", hasSize(2)).extract().jsonPath();
        assertEquals(List.of(EnglandAndWalesWorkingDays.plus(today.minusDays(3), 10).toString(),
                EnglandAndWalesWorkingDays.plus(today.minusDays(3), 10).toString()), screenings.getList("dueDate"));
        for (int i = 0; i < 2; i++) {
            boolean gang = screenings.getString("[" + i + "].kind").equals("GANG_EXPLOITATION");
            Map<String, Object> result = gang
                    ? json("completedOn", today.toString(), "outcome", "CONCERNS_IDENTIFIED",
                            "referral", "NATIONAL_REFERRAL_MECHANISM", "referralMadeOn", today.toString())
                    : json("completedOn", today.toString(), "outcome", "NO_CONCERNS");
            as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"0\"").body(result)
                    .post(base + "/screenings/" + screenings.getString("[" + i + "].id") + "/complete").then()
                    .statusCode(200).body("onTime", equalTo(true));
        }

        JsonPath done = as(Persona.OPERATIONS_MANAGER_NORTH).get(base + "/work?view=COMPLETED&completedFrom={d}"
                + "&completedTo={d}&size=100", today.toString(), today.toString()).then().statusCode(200).extract()
                .jsonPath();
        assertTrue(done.getList("items.kind").containsAll(List.of("START_ASSESSMENT", "RATINGS_SIGN_OFF",
                "RISK_PANEL", "CONTINGENCY_PLAN", "GANG_SCREENING", "CSE_SCREENING")), done.prettify());
        as(Persona.OPERATIONS_MANAGER_WEST).get(base + "/work?view=DUE").then().statusCode(404);
    }

    @Test
    @Order(14)
    @DisplayName("14. An older child on a court order appears on the transition list until a transition plan is made")
    void aTransitionPlanIsMadeForAChildReachingSeventeenAndAHalf() {
        LocalDate born = today.plusDays(10).minusMonths(6).minusYears(17);
        if (born.getMonthValue() == 2 && born.getDayOfMonth() == 29) {
            born = born.plusDays(1); // keeps the expected date to plain month arithmetic
        }
        LocalDate reachesIt = born.plusYears(17).plusMonths(6);
        String olderChild = as(Persona.CASE_MANAGER_NORTH).header("Idempotency-Key", idempotencyKey())
                .body(json("localReference", "E2E-T-" + tag, "givenName", "Riley", "familyName", "Transition" + tag
                        .toLowerCase(), "dateOfBirth", born.toString(),
                        "gender", "NOT_STATED", "ethnicity", "NOT_STATED", "localityCode", "KETTERING",
                        "childInCare", false, "send", false, "ehcp", false))
                .post("/api/v1/young-people").then().statusCode(201).extract().path("id");
        String caseId = as(Persona.CASE_MANAGER_NORTH).header("Idempotency-Key", idempotencyKey())
                .body(json("youngPersonId", olderChild, "caseType", "YOUTH_REHABILITATION_ORDER",
                        "outcomeDate", today.minusDays(1).toString(), "offences", List.of(json("offenceTypeCode",
                                "THEFT", "description", "Theft from a shop", "gravityScore", 3,
                                "offenceDate", today.minusDays(40).toString()))))
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        String list = "/api/v1/work?view=DUE&kind=TRANSITION_PLAN&withinDays=14&teamCode={team}&size=100";
        as(Persona.OPERATIONS_MANAGER_NORTH).get(list, NORTH_TEAM).then().statusCode(200)
                .body("items.caseId", hasItem(caseId));
        as(Persona.CASE_MANAGER_NORTH).get("/api/v1/cases/{id}/plans/transition", caseId).then().statusCode(200)
                .body("transitionDate", equalTo(reachesIt.toString())).body("status", equalTo("DUE"));

        as(Persona.CASE_MANAGER_NORTH).header("Idempotency-Key", idempotencyKey()).body(json("kind", "TRANSITION",
                "plan", json("content", "Joint supervision with probation for the last two months",
                        "recordedOn", today.toString(), "reviewDate", today.plusMonths(1).toString(),
                        "receivingService", "Probation Service (Northamptonshire)",
                        "transferDate", today.plusMonths(2).toString())))
                .post("/api/v1/cases/{id}/plans", caseId).then().statusCode(201);
        as(Persona.OPERATIONS_MANAGER_NORTH).get(list, NORTH_TEAM).then().statusCode(200)
                .body("items.caseId", not(hasItem(caseId)));
        as(Persona.CASE_MANAGER_NORTH).get("/api/v1/cases/{id}/plans/transition", caseId).then()
                .body("status", equalTo("DONE"));
    }

    @Test
    @Order(15)
    @DisplayName("15. Two missed supervisions: a warning each, then the team manager decides on breach")
    void missedAppointmentsLeadToWarningsAndABreachDecision() {
        String contacts = "/api/v1/cases/" + referralOrderCaseId + "/contacts";
        for (int daysAgo = 2; daysAgo >= 1; daysAgo--) {
            String appointment = as(Persona.CASE_MANAGER_NORTH).header("Idempotency-Key", idempotencyKey())
                    .body(json("kind", "SUPERVISION", "plannedAt", today.minusDays(daysAgo) + "T10:00:00",
                            "place", "Northampton YOS office", "workerId", Persona.CASE_MANAGER_NORTH.subject(),
                            "workerName", Persona.CASE_MANAGER_NORTH.displayName()))
                    .post(contacts).then().statusCode(201).extract().path("id");
            as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"0\"")
                    .body(json("outcome", "UNACCEPTABLE_ABSENCE")).post(contacts + "/" + appointment + "/outcome")
                    .then().statusCode(200).body("warning", notNullValue());
        }
        as(Persona.CASE_MANAGER_NORTH).get(contacts + "/warnings").then().statusCode(200).body("", hasSize(2));
        as(Persona.CASE_MANAGER_NORTH).get(contacts + "/compliance").then().statusCode(200)
                .body("scaledApproach", equalTo("INTENSIVE")).body("warningsInWindow", equalTo(2))
                .body("breachConsiderationOutstanding", equalTo(true));
        as(Persona.OPERATIONS_MANAGER_NORTH).get("/api/v1/work?view=DUE&kind=BREACH_CONSIDERATION&teamCode={team}"
                + "&size=100", NORTH_TEAM).then().statusCode(200).body("items.caseId", hasItem(referralOrderCaseId));

        Map<String, Object> decision = json("decision", "FURTHER_WARNING_ONLY",
                "reason", "First missed sessions since the order began; seen at home the next day");
        as(Persona.CASE_MANAGER_NORTH).body(decision).post(contacts + "/breach-consideration/decision").then()
                .statusCode(403);
        as(Persona.OPERATIONS_MANAGER_NORTH).body(decision).post(contacts + "/breach-consideration/decision").then()
                .statusCode(200);
        as(Persona.CASE_MANAGER_NORTH).get(contacts + "/breach-considerations").then().statusCode(200)
                .body("[0].decision", equalTo("FURTHER_WARNING_ONLY"));
        as(Persona.CASE_MANAGER_NORTH).get(contacts + "/compliance").then()
                .body("breachConsiderationOutstanding", equalTo(false));
    }
}
