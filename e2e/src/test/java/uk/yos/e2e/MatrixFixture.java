package uk.yos.e2e;

import static uk.yos.e2e.Api.as;
import static uk.yos.e2e.Api.idempotencyKey;
import static uk.yos.e2e.Api.json;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes, through the gateway and as the people who do it in a YOS, one of each record the services publish
 * operations about, so that the role matrix addresses real records: a north-team child with an open referral-order
 * case (its offence, primary allocation, practice record and a supervision appointment); a worker in the north team's
 * staff register; a victim of that offence with consent, an RJ decision, a contact, an evaluation, a support referral
 * and an RJ intervention; the case's referral order with its initial panel held and the contract agreed, a revocation
 * request, two active volunteers on the panel, one with a declared conflict; a prevention referral from the police and
 * one from a school.
 * <p>
 * Who may see each follows the services' documented object-level rules (the reader sets below). All names carry a
 * tag of this run, so no other test's data can match them, and nothing here changes what other tests made: the
 * records are the matrix's own, and no volunteer is linked to the demo panel volunteer's account.
 */
final class MatrixFixture {

    /** case-service: the north team's case managers and operations manager, and the head of service (all). */
    static final Set<Persona> NORTH_TEAM = EnumSet.of(Persona.CASE_MANAGER_NORTH, Persona.OPERATIONS_MANAGER_NORTH,
            Persona.HEAD_OF_SERVICE);
    /** A north worker in the staff register: the north team's case and operations managers, head of service, admin. */
    static final Set<Persona> NORTH_REGISTER_READERS = with(NORTH_TEAM, Persona.ADMIN);
    /** Referral orders and panels: the panel coordinator (all), case roles for cases case-service shows them. */
    static final Set<Persona> ORDER_READERS = with(NORTH_TEAM, Persona.PANEL_COORDINATOR);
    /** The case summary: also the RJ worker (every case); the panel coordinator sees referral-order cases. */
    static final Set<Persona> CASE_READERS = with(ORDER_READERS, Persona.RJ_WORKER);
    /** A victim's name and contact details, contacts, evaluations and support referrals: the RJ team only. */
    static final Set<Persona> RJ_TEAM = EnumSet.of(Persona.RJ_WORKER);
    /** RJ interventions: the RJ worker, and the head of service reading. */
    static final Set<Persona> INTERVENTION_READERS = EnumSet.of(Persona.RJ_WORKER, Persona.HEAD_OF_SERVICE);
    /** A volunteer's own record: the panel coordinator, and the head of service reading. */
    static final Set<Persona> VOLUNTEER_RECORD_READERS = EnumSet.of(Persona.PANEL_COORDINATOR,
            Persona.HEAD_OF_SERVICE);
    /** A prevention referral with the child's details: the prevention worker, and the head of service reading. */
    static final Set<Persona> PREVENTION_TEAM = EnumSet.of(Persona.PREVENTION_WORKER, Persona.HEAD_OF_SERVICE);
    /** A police referral's status: also the police, as a person or as the partner system, for their own. */
    static final Set<Persona> POLICE_REFERRAL_READERS = with(PREVENTION_TEAM, Persona.POLICE_REFERRER,
            Persona.POLICE_CLIENT);

    private final String tag = Api.uniqueLetters(6);
    private final String lowerTag = tag.toLowerCase();
    private final LocalDate today = Api.today();
    private final MatrixRecords.Builder records = MatrixRecords.builder();

    private String youngPersonId;
    private String caseId;
    private String offenceId;
    private String victimId;

    private MatrixFixture() {
    }

    static MatrixRecords create() {
        MatrixFixture fixture = new MatrixFixture();
        fixture.aChildWithAReferralOrderCase();
        fixture.itsPracticeRecord();
        fixture.aWorkerInTheNorthTeamsRegister();
        fixture.aSupervisionAppointment();
        fixture.aVictimOfTheOffence();
        fixture.theReferralOrderWithItsPanelAndVolunteers();
        fixture.twoPreventionReferrals();
        return fixture.records.build();
    }

    private void aChildWithAReferralOrderCase() {
        String familyName = "Matrixchild" + lowerTag;
        String localReference = "E2E-M-" + tag;
        youngPersonId = created(Persona.CASE_MANAGER_NORTH, "/api/v1/young-people", json(
                "localReference", localReference, "givenName", "Morgan", "familyName", familyName,
                "dateOfBirth", today.minusYears(15).toString(), "gender", "NOT_STATED", "ethnicity", "NOT_STATED",
                "localityCode", "CORBY", "childInCare", false, "send", false, "ehcp", false)).path("id");
        records.seed("young person", youngPersonId, CASE_READERS, "young-people")
                .marker("young person", "family name", familyName, NORTH_TEAM)
                .marker("young person", "local reference", localReference, NORTH_TEAM);

        Response opened = created(Persona.CASE_MANAGER_NORTH, "/api/v1/cases", json(
                "youngPersonId", youngPersonId, "caseType", "REFERRAL_ORDER",
                "outcomeDate", today.minusDays(2).toString(),
                "primaryCaseManager", Map.of("workerId", Persona.CASE_MANAGER_NORTH.subject()),
                "offences", List.of(Map.of("offenceTypeCode", "THEFT", "description", "Theft of a bicycle",
                        "gravityScore", 2, "offenceDate", today.minusDays(30).toString()))));
        caseId = opened.path("id");
        offenceId = opened.path("offences[0].id");
        records.seed("case", caseId, CASE_READERS, "cases", "caseId")
                .seed("offence", offenceId, CASE_READERS, "offenceId")
                .seed("allocation", opened.path("currentAllocations[0].id"), NORTH_TEAM, "allocationId")
                .plain("category", "localities")
                .plain("code", "CORBY");
    }

    /**
     * The case's practice record: its start assessment completed with a high rating and signed off by the team's
     * operations manager (an oversight record), the risk panel and screenings that made due, and a contingency plan.
     */
    private void itsPracticeRecord() {
        String base = "/api/v1/cases/" + caseId;
        String assessmentId = as(Persona.CASE_MANAGER_NORTH).get(base + "/assessments").then().statusCode(200)
                .extract().path("[0].id");
        String assessment = base + "/assessments/" + assessmentId;
        String etag = changed(Persona.CASE_MANAGER_NORTH, "POST", "\"0\"", assessment + "/start",
                json("startedOn", today.toString())).header("ETag");
        changed(Persona.CASE_MANAGER_NORTH, "POST", etag, assessment + "/complete", json("completedOn",
                today.toString(), "rosh", "HIGH", "safetyAndWellbeing", "LOW", "reoffending", "MEDIUM"));
        String oversightId = created(Persona.OPERATIONS_MANAGER_NORTH, base + "/oversight",
                json("reviewed", "RATING_CHANGE", "assessmentId", assessmentId, "decision", "AGREED",
                        "comments", "High ROSH agreed", "reviewedOn", today.toString())).path("id");
        String panelId = as(Persona.CASE_MANAGER_NORTH).get(base + "/risk-panels").then().statusCode(200)
                .extract().path("[0].id");
        String screeningId = as(Persona.CASE_MANAGER_NORTH).get(base + "/screenings").then().statusCode(200)
                .extract().path("[0].id");
        String planId = created(Persona.CASE_MANAGER_NORTH, base + "/plans", json("kind", "CONTINGENCY",
                "plan", json("content", "Missing from home: strategy meeting the same day",
                        "recordedOn", today.toString(), "reviewDate", today.plusMonths(3).toString()))).path("id");
        records.seed("assessment", assessmentId, NORTH_TEAM, "assessmentId")
                .seed("oversight record", oversightId, NORTH_TEAM, "oversightId")
                .seed("risk panel", panelId, NORTH_TEAM, "panelId")
                .seed("screening", screeningId, NORTH_TEAM, "screeningId")
                .seed("plan", planId, NORTH_TEAM, "planId")
                .plain("view", "DUE");
    }

    /** A panel advisor the north operations manager registers into their team: in no case, so only the register. */
    private void aWorkerInTheNorthTeamsRegister() {
        String name = "Matrixworker " + tag;
        Response worker = created(Persona.OPERATIONS_MANAGER_NORTH, "/api/v1/staff", json(
                "subject", "e2e-matrix-" + lowerTag, "displayName", name, "fte", 0.5,
                "membership", Map.of("teamCode", "NORTH_OOC", "teamRole", "PANEL_ADVISOR",
                        "startDate", today.toString())));
        records.seed("staff member", worker.path("id"), NORTH_REGISTER_READERS, "staff")
                .seed("team membership", worker.path("memberships[0].id"), NORTH_REGISTER_READERS, "membershipId")
                .marker("staff member", "name", name, NORTH_REGISTER_READERS);
    }

    /** A supervision appointment planned on the case next week. */
    private void aSupervisionAppointment() {
        String appointmentId = created(Persona.CASE_MANAGER_NORTH, "/api/v1/cases/" + caseId + "/contacts", json(
                "kind", "SUPERVISION", "plannedAt", today.plusDays(7) + "T16:00:00", "place", "Corby YOS office",
                "workerId", Persona.CASE_MANAGER_NORTH.subject(),
                "workerName", Persona.CASE_MANAGER_NORTH.displayName())).path("id");
        records.seed("appointment", appointmentId, NORTH_TEAM, "appointmentId");
    }

    private void aVictimOfTheOffence() {
        String familyName = "Matrixvictim" + lowerTag;
        String address = "7 Matrix Road " + tag + ", Corby";
        Response victim = created(Persona.RJ_WORKER, "/api/v1/victims", json(
                "caseId", caseId, "offenceId", offenceId, "givenName", "Morgan", "familyName", familyName,
                "address", address, "preferredContactMethod", "LETTER", "referredOn", today.toString(),
                "vulnerableOrIntimidated", false, "mostSeriousCrime", false));
        victimId = victim.path("id");
        // Its id is on the feedback report, which case roles and the panel coordinator read for cases they see.
        records.seed("victim", victimId, CASE_READERS, "victims", "victimId")
                .marker("victim", "family name", familyName, RJ_TEAM)
                .marker("victim", "address", address, RJ_TEAM);

        Response consented = changed(Persona.RJ_WORKER, "PUT", victim.header("ETag"), "/api/v1/victims/{id}/consent",
                victimId, json("policeConsentToShare", true, "policeConsentOn", today.toString(),
                        "consentToContact", true, "consentToContactOn", today.toString(),
                        "evaluationConsent", true, "evaluationConsentOn", today.toString()));
        changed(Persona.RJ_WORKER, "PUT", consented.header("ETag"), "/api/v1/victims/{id}/rj-decision", victimId,
                json("offered", true, "decidedOn", today.toString(),
                        "reasons", "The victim wants an explanation; the child accepts responsibility."));

        String victimPath = "/api/v1/victims/" + victimId;
        String contactId = created(Persona.RJ_WORKER, victimPath + "/contacts", json("contactedOn", today.toString(),
                "method", "PHONE", "outcome", "SPOKE_WITH_VICTIM", "rjInformationGiven", true)).path("id");
        String evaluationId = created(Persona.RJ_WORKER, victimPath + "/evaluations",
                json("sentOn", today.toString())).path("id");
        String supportReferralId = created(Persona.RJ_WORKER, victimPath + "/support-referrals", json(
                "serviceName", "Victim Support", "reason", "Wants someone to talk to", "referredOn", today.toString(),
                "victimAgreed", true)).path("id");
        String interventionId = created(Persona.RJ_WORKER, "/api/v1/rj-interventions", json("victimId", victimId,
                "type", "LETTER_OF_EXPLANATION", "plannedOn", today.plusDays(5).toString())).path("id");
        records.seed("contact", contactId, RJ_TEAM, "contactId")
                .seed("evaluation", evaluationId, RJ_TEAM, "evaluationId")
                .seed("support referral", supportReferralId, RJ_TEAM, "referralId")
                .seed("RJ intervention", interventionId, INTERVENTION_READERS, "rj-interventions");
    }

    private void theReferralOrderWithItsPanelAndVolunteers() {
        String orderId = created(Persona.PANEL_COORDINATOR, "/api/v1/referral-orders", json(
                "caseId", caseId, "sentenceDate", today.minusDays(2).toString(), "court", "Corby Youth Court",
                "lengthMonths", 9)).path("id");
        records.seed("referral order", orderId, ORDER_READERS, "referral-orders");

        String chairId = activeVolunteer("Chris", true);
        String memberId = activeVolunteer("Dana", false);
        Response panel = created(Persona.PANEL_COORDINATOR, "/api/v1/panels", json(
                "referralOrderId", orderId, "type", "INITIAL", "scheduledFor", today + "T09:00:00",
                "location", "Corby Youth Centre",
                "advisors", List.of(Map.of("workerId", Persona.CASE_MANAGER_NORTH.subject(),
                        "workerName", Persona.CASE_MANAGER_NORTH.displayName())),
                "volunteers", List.of(Map.of("volunteerId", chairId, "chair", true),
                        Map.of("volunteerId", memberId, "chair", false))));
        String panelId = panel.path("id");
        records.seed("panel", panelId, ORDER_READERS, "panels");
        // The contract: the order becomes ACTIVE, so its contract can be read and revocation requested.
        changed(Persona.PANEL_COORDINATOR, "POST", panel.header("ETag"), "/api/v1/panels/{id}/outcome", panelId,
                json("heldOn", today.toString(), "attendance", "ATTENDED", "decision", "CONTRACT_AGREED",
                        "contractTerms", List.of("Write a letter of explanation")));

        Response requested = changed(Persona.PANEL_COORDINATOR, "POST", etagOf("/api/v1/referral-orders/{id}", orderId),
                "/api/v1/referral-orders/{id}/revocation-requests", orderId,
                json("requestedOn", today.toString(), "reason", "The child has moved out of the area"));
        records.seed("revocation request", requested.path("revocationRequests[0].id"), ORDER_READERS, "requestId");

        Response conflicted = changed(Persona.PANEL_COORDINATOR, "POST", etagOf("/api/v1/volunteers/{id}", memberId),
                "/api/v1/volunteers/{id}/conflicts", memberId,
                json("kind", "VICTIM", "victimId", victimId, "declaredOn", today.toString(),
                        "note", "Lives on the victim's street"));
        records.seed("volunteer", memberId, ORDER_READERS, "volunteers")
                .seed("conflict", conflicted.path("conflicts[0].id"), VOLUNTEER_RECORD_READERS, "conflictId");
    }

    /**
     * A volunteer made ACTIVE (DBS, training, status). Its id and name are also on the panel it sits on, so the
     * panel's readers see those; its contact details and conflicts only the readers of a volunteer's own record.
     */
    private String activeVolunteer(String givenName, boolean chair) {
        String familyName = "Matrixvolunteer" + givenName.toLowerCase() + lowerTag;
        String email = givenName.toLowerCase() + "." + lowerTag + "@volunteers.example";
        Response created = created(Persona.PANEL_COORDINATOR, "/api/v1/volunteers", json(
                "givenName", givenName, "familyName", familyName, "email", email, "representative", true));
        String id = created.path("id");
        String etag = changed(Persona.PANEL_COORDINATOR, "PUT", created.header("ETag"),
                "/api/v1/volunteers/{id}/dbs-check", id,
                json("checkedOn", today.minusDays(30).toString(), "expiresOn", today.plusYears(3).toString()))
                .header("ETag");
        etag = changed(Persona.PANEL_COORDINATOR, "POST", etag, "/api/v1/volunteers/{id}/training-records", id,
                json("kind", "INITIAL", "completedOn", today.minusDays(20).toString(), "provider", "YOS"))
                .header("ETag");
        if (chair) {
            etag = changed(Persona.PANEL_COORDINATOR, "POST", etag, "/api/v1/volunteers/{id}/training-records", id,
                    json("kind", "CHAIR", "completedOn", today.minusDays(10).toString(), "provider", "YOS"))
                    .header("ETag");
        }
        etag = changed(Persona.PANEL_COORDINATOR, "POST", etag, "/api/v1/volunteers/{id}/status-changes", id,
                json("status", "TRAINED")).header("ETag");
        changed(Persona.PANEL_COORDINATOR, "POST", etag, "/api/v1/volunteers/{id}/status-changes", id,
                json("status", "ACTIVE"));
        records.marker("volunteer " + givenName, "id", id, ORDER_READERS)
                .marker("volunteer " + givenName, "family name", familyName, ORDER_READERS)
                .marker("volunteer " + givenName, "email", email, VOLUNTEER_RECORD_READERS);
        return id;
    }

    private void twoPreventionReferrals() {
        String policeChild = "Matrixpolice" + lowerTag;
        String fromThePolice = created(Persona.POLICE_CLIENT, "/api/v1/prevention-referrals",
                preventionReferral(null, null, policeChild)).path("id");
        records.seed("police prevention referral", fromThePolice, POLICE_REFERRAL_READERS, "prevention-referrals")
                .marker("police prevention referral", "child's family name", policeChild, PREVENTION_TEAM);

        String schoolChild = "Matrixschool" + lowerTag;
        String fromASchool = created(Persona.PREVENTION_WORKER, "/api/v1/prevention-referrals",
                preventionReferral("SCHOOL", "KETTERING_ACADEMY", schoolChild)).path("id");
        records.marker("school prevention referral", "id", fromASchool, PREVENTION_TEAM)
                .marker("school prevention referral", "child's family name", schoolChild, PREVENTION_TEAM);
    }

    private Map<String, Object> preventionReferral(String source, String organisation, String childFamilyName) {
        Map<String, Object> body = json(
                "referrer", Map.of("name", "Referrer " + tag),
                "child", Map.of("givenName", "Riley", "familyName", childFamilyName,
                        "dateOfBirth", today.minusYears(13).toString(), "gender", "NOT_STATED"),
                "reason", Map.of("type", "RISK", "risk", Map.of("categories", List.of("ANTISOCIAL_BEHAVIOUR"),
                        "detail", "Seen with older youths at night")));
        if (source != null) {
            body.put("source", source);
            body.put("referringOrganisation", organisation);
        }
        return body;
    }

    private static Response created(Persona persona, String path, Map<String, Object> body) {
        Response response = as(persona).header("Idempotency-Key", idempotencyKey()).body(body).post(path);
        response.then().statusCode(201);
        return response;
    }

    private static Response changed(Persona persona, String method, String etag, String path, String id,
            Map<String, Object> body) {
        Response response = as(persona).header("If-Match", etag).body(body).request(method, path, id);
        response.then().statusCode(200);
        return response;
    }

    /** A change to a record addressed by its whole path. */
    private static Response changed(Persona persona, String method, String etag, String path,
            Map<String, Object> body) {
        Response response = as(persona).header("If-Match", etag).body(body).request(method, path);
        response.then().statusCode(200);
        return response;
    }

    private static String etagOf(String path, String id) {
        return as(Persona.PANEL_COORDINATOR).get(path, id).then().statusCode(200).extract().header("ETag");
    }

    private static Set<Persona> with(Set<Persona> readers, Persona... more) {
        Set<Persona> all = EnumSet.copyOf(readers);
        all.addAll(List.of(more));
        return all;
    }
}
