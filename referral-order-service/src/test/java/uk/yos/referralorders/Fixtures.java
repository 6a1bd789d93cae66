package uk.yos.referralorders;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import uk.yos.testsupport.CaseServiceStub;
import uk.yos.testsupport.CaseServiceStub.CaseReference;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

/** Builds records through the API, as the panel coordinator would, with fresh ids so tests do not collide. */
public final class Fixtures {

    public static final Persona COORDINATOR = Persona.PANEL_COORDINATOR;

    private Fixtures() {
    }

    /** Before each test: case-service answers nothing until stubbed, and every circuit is closed. */
    public static void resetCaseService() {
        CaseServiceStub.reset();
        CircuitBreakerMaintenance.get().resetAll();
    }

    /**
     * Whose tokens case-service has been asked with since the stub last forgot its requests: the {@code sub} of each
     * request's bearer token, each once, in order.
     */
    public static List<String> subjectsCaseServiceWasAskedWith() {
        return CaseServiceStub.server().findAll(RequestPatternBuilder.allRequests()).stream()
                .map(request -> subjectOf(request.getHeader("Authorization"))).distinct().toList();
    }

    private static String subjectOf(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return "(no bearer token: " + authorization + ")";
        }
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        if (parts.length < 2) {
            return "(not a JWT: " + authorization + ")";
        }
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                .getString("sub");
    }

    /** An open REFERRAL_ORDER case that case-service shows to whoever asks. */
    public static CaseReference referralCase() {
        CaseReference reference = CaseReference.open("REFERRAL_ORDER");
        CaseServiceStub.caseVisible(reference);
        return reference;
    }

    public static Map<String, Object> orderBody(UUID caseId, LocalDate sentenceDate, int lengthMonths) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", caseId.toString());
        body.put("sentenceDate", sentenceDate.toString());
        body.put("court", "Northampton Youth Court");
        body.put("lengthMonths", lengthMonths);
        return body;
    }

    public static Response createOrder(Map<String, Object> body) {
        return Api.as(COORDINATOR).body(body).post("/api/v1/referral-orders");
    }

    public static String newOrder(CaseReference reference, LocalDate sentenceDate, int lengthMonths) {
        return createOrder(orderBody(reference.id(), sentenceDate, lengthMonths)).then().statusCode(201)
                .extract().path("id");
    }

    /** A 6-month order sentenced 10 days ago, awaiting its contract. */
    public static String newOrder(CaseReference reference) {
        return newOrder(reference, TestClock.today().minusDays(10), 6);
    }

    // ------------------------------------------------------------------------------------------ volunteers

    public static Map<String, Object> volunteerBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", "Jordan");
        body.put("familyName", "Vol" + UUID.randomUUID().toString().substring(0, 8));
        body.put("email", "jordan@example.org");
        body.put("phone", "07700 900123");
        body.put("representative", false);
        body.put("mentor", true);
        body.put("availability", List.of(Map.of("dayOfWeek", "TUESDAY", "from", "17:30", "to", "20:00")));
        return body;
    }

    public static Response createVolunteer(Map<String, Object> body) {
        return Api.as(COORDINATOR).body(body).post("/api/v1/volunteers");
    }

    /** An APPLICANT with no training or DBS check. */
    public static String newVolunteer() {
        return createVolunteer(volunteerBody()).then().statusCode(201).extract().path("id");
    }

    /** An ACTIVE volunteer with INITIAL (and, for a chair, CHAIR) training and a DBS check valid for two more years. */
    public static String activeVolunteer(boolean chairTrained) {
        return activeVolunteer(chairTrained, null);
    }

    public static String activeVolunteer(boolean chairTrained, String userSubject) {
        Map<String, Object> body = volunteerBody();
        if (userSubject != null) {
            body.put("userSubject", userSubject);
        }
        String id = createVolunteer(body).then().statusCode(201).extract().path("id");
        String path = "/api/v1/volunteers/" + id;
        String etag = change(path + "/training-records", "\"0\"",
                Map.of("kind", "INITIAL", "completedOn", TestClock.today().minusYears(1).toString()));
        if (chairTrained) {
            etag = change(path + "/training-records", etag,
                    Map.of("kind", "CHAIR", "completedOn", TestClock.today().minusMonths(6).toString()));
        }
        etag = Api.as(COORDINATOR).header("If-Match", etag).body(dbsCheck(TestClock.today().minusYears(1),
                TestClock.today().plusYears(2))).put(path + "/dbs-check").then().statusCode(200).extract().header("ETag");
        etag = change(path + "/status-changes", etag, Map.of("status", "TRAINED"));
        change(path + "/status-changes", etag, Map.of("status", "ACTIVE"));
        return id;
    }

    public static Map<String, Object> dbsCheck(LocalDate checkedOn, LocalDate expiresOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("checkedOn", checkedOn.toString());
        if (expiresOn != null) {
            body.put("expiresOn", expiresOn.toString());
        }
        return body;
    }

    private static String change(String path, String etag, Object body) {
        return Api.as(COORDINATOR).header("If-Match", etag).body(body).post(path).then().statusCode(200)
                .extract().header("ETag");
    }

    // ------------------------------------------------------------------------------------------ panels

    public static Map<String, Object> advisor() {
        return Map.of("workerId", Persona.PANEL_COORDINATOR.subject(), "workerName", "Pat Coordinator");
    }

    /** The first volunteer chairs. */
    public static List<Map<String, Object>> members(String... volunteerIds) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < volunteerIds.length; i++) {
            members.add(Map.of("volunteerId", volunteerIds[i], "chair", i == 0));
        }
        return members;
    }

    public static Map<String, Object> panelBody(String orderId, String type, LocalDate date,
            List<Map<String, Object>> volunteers) {
        Map<String, Object> body = new HashMap<>();
        body.put("referralOrderId", orderId);
        body.put("type", type);
        body.put("scheduledFor", LocalDateTime.of(date, LocalTime.of(17, 30)).toString());
        body.put("location", "Kettering YOS, room 2");
        body.put("advisors", List.of(advisor()));
        body.put("volunteers", volunteers);
        return body;
    }

    public static Response schedule(Map<String, Object> body) {
        return Api.as(COORDINATOR).body(body).post("/api/v1/panels");
    }

    /** A panel with a fresh chair-trained chair and a fresh second volunteer. */
    public static String schedulePanel(String orderId, String type, LocalDate date) {
        return schedulePanel(orderId, type, date, activeVolunteer(true), activeVolunteer(false));
    }

    public static String schedulePanel(String orderId, String type, LocalDate date, String... volunteerIds) {
        return schedule(panelBody(orderId, type, date, members(volunteerIds))).then().statusCode(201)
                .extract().path("id");
    }

    public static Map<String, Object> outcome(LocalDate heldOn, String attendance, String decision, String... terms) {
        Map<String, Object> body = new HashMap<>();
        body.put("heldOn", heldOn.toString());
        body.put("attendance", attendance);
        body.put("decision", decision);
        if (terms.length > 0) {
            body.put("contractTerms", List.of(terms));
        }
        return body;
    }

    public static Response recordOutcome(String panelId, Map<String, Object> outcome) {
        return Api.as(COORDINATOR).header("If-Match", etag("/api/v1/panels/" + panelId)).body(outcome)
                .post("/api/v1/panels/" + panelId + "/outcome");
    }

    /** A panel of a fresh chair and member, scheduled for {@code heldOn} and held then, with this outcome. */
    public static String heldPanel(String orderId, String type, LocalDate heldOn, String attendance, String decision) {
        String panelId = schedulePanel(orderId, type, heldOn);
        recordOutcome(panelId, outcome(heldOn, attendance, decision)).then().statusCode(200);
        return panelId;
    }

    /**
     * An ACTIVE order: sentenced on {@code sentenceDate}, its initial panel five days later agreed the contract
     * (which is when the order started).
     */
    public static String activeOrder(CaseReference reference, LocalDate sentenceDate, int lengthMonths) {
        String orderId = newOrder(reference, sentenceDate, lengthMonths);
        LocalDate panelDate = sentenceDate.plusDays(5);
        String panelId = schedulePanel(orderId, "INITIAL", panelDate);
        recordOutcome(panelId, outcome(panelDate, "ATTENDED", "CONTRACT_AGREED", "Attend 6 sessions",
                "10 hours of reparation")).then().statusCode(200);
        return orderId;
    }

    public static String etag(String path) {
        return Api.as(COORDINATOR).get(path).then().statusCode(200).extract().header("ETag");
    }
}
