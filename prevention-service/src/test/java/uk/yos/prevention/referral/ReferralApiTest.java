package uk.yos.prevention.referral;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import uk.yos.prevention.Api;
import uk.yos.prevention.Db;
import uk.yos.prevention.Fixtures;
import uk.yos.testsupport.Concurrently;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;
import uk.yos.testsupport.Tokens;

@QuarkusTest
class ReferralApiTest {

    private static final String PATH = Fixtures.PATH;
    private static final Persona WORKER = Persona.PREVENTION_WORKER;
    private static final Persona POLICE = Persona.POLICE_REFERRER;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aWorkerRecordsAnOffenceReferralWithAReferenceAndAnAssessmentDueDate() {
        Response created = Fixtures.create(WORKER, Fixtures.offenceReferral());
        String id = created.then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", endsWith(PATH + "/" + created.path("id")))
                .body("reference", matchesPattern("PD-" + Fixtures.receivedOn().getYear() + "-[0-9a-f]{8}"))
                .body("status", equalTo("RECEIVED"))
                .body("source", equalTo("POLICE"))
                .body("referringOrganisation", equalTo(Fixtures.POLICE_ORGANISATION))
                .body("receivedOn", equalTo(Fixtures.receivedOn().toString()))
                .body("assessmentDueDate", notNullValue())
                .body("assessmentCompletedOn", nullValue())
                .body("assessmentTimeliness", equalTo("DUE"))
                .body("child.givenName", equalTo("Alex"))
                .body("reason.type", equalTo("OFFENCE"))
                .body("reason.offence.offenceTypeCode", equalTo("THEFT"))
                .body("reason.offence.outcomeConsidered", equalTo("YOUTH_CAUTION"))
                .body("reason.risk", nullValue())
                .body("triage", nullValue()).body("decision", nullValue()).body("closure", nullValue())
                .body("createdBy", equalTo(WORKER.username()))
                .extract().path("id");
        assertEquals(1, Db.auditRows("CREATE", id, WORKER.subject()));
    }

    @Test
    void theAssessmentIsDueTenWorkingDaysAfterReceiptSkippingWeekendsAndBankHolidays() {
        // Thursday 2 April 2026; Good Friday (3rd) and Easter Monday (6th) are bank holidays.
        Map<String, Object> body = Fixtures.offenceReferral();
        body.put("receivedOn", "2026-04-02");
        body.put("child", child(LocalDate.of(2012, 1, 15)));
        offence(body).put("offenceDate", "2026-03-30");
        String id = Fixtures.create(WORKER, body).then().statusCode(201)
                .body("assessmentDueDate", equalTo("2026-04-20"))
                .body("assessmentTimeliness", equalTo("OVERDUE"))
                .body("reference", matchesPattern("PD-2026-[0-9a-f]{8}"))
                .extract().path("id");
        Api.as(WORKER).queryParam("assessmentOverdue", true).queryParam("size", 100)
                .queryParam("receivedTo", "2026-04-02").get(PATH).then().statusCode(200)
                .body("items.id", hasItem(id));
        Api.as(WORKER).queryParam("assessmentOverdue", false).queryParam("size", 100)
                .queryParam("receivedTo", "2026-04-02").get(PATH).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void anOpenReferralIsDueOnItsDueDayAndOverdueOnlyTheDayAfter() {
        String organisation = "T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> body = Fixtures.riskReferral();
        body.put("referringOrganisation", organisation);
        body.put("receivedOn", TestClock.today().toString());
        String id = Fixtures.create(WORKER, body).then().statusCode(201)
                .body("assessmentTimeliness", equalTo("DUE")).extract().path("id");
        LocalDate due = LocalDate.parse(Api.as(WORKER).get(PATH + "/" + id).path("assessmentDueDate"));

        TestClock.advance(Duration.ofDays(ChronoUnit.DAYS.between(TestClock.today(), due)));
        assertEquals(due, TestClock.today());
        Api.as(WORKER).get(PATH + "/" + id).then().statusCode(200)
                .body("assessmentCompletedOn", nullValue()).body("assessmentTimeliness", equalTo("DUE"));
        Api.as(WORKER).queryParam("referringOrganisation", organisation).queryParam("assessmentOverdue", true)
                .get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        Api.as(WORKER).queryParam("referringOrganisation", organisation).queryParam("assessmentOverdue", false)
                .get(PATH).then().statusCode(200).body("items.id", equalTo(List.of(id)))
                .body("items[0].assessmentTimeliness", equalTo("DUE"));

        TestClock.advance(Duration.ofDays(1));
        Api.as(WORKER).get(PATH + "/" + id).then().statusCode(200).body("assessmentTimeliness", equalTo("OVERDUE"));
        Api.as(WORKER).queryParam("referringOrganisation", organisation).queryParam("assessmentOverdue", true)
                .get(PATH).then().statusCode(200).body("items.id", equalTo(List.of(id)))
                .body("items[0].assessmentTimeliness", equalTo("OVERDUE"));
        Api.as(WORKER).queryParam("referringOrganisation", organisation).queryParam("assessmentOverdue", false)
                .get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aPoliceReferrerRefersForItsOwnOrganisationTodayAndSeesOnlyTheStatus() {
        for (Persona police : List.of(POLICE, Persona.POLICE_PARTNER_CLIENT)) {
            Response created = Fixtures.create(police, Fixtures.policeReferral());
            String id = created.then().statusCode(201)
                    .header("Location", endsWith(PATH + "/" + created.path("id") + "/status"))
                    .body("status", equalTo("RECEIVED"))
                    .body("source", equalTo("POLICE"))
                    .body("referringOrganisation", equalTo(police.organisation()))
                    .body("receivedOn", equalTo(TestClock.today().toString()))
                    .body("assessmentCompleted", equalTo(false))
                    .body("$", not(hasKey("child"))).body("$", not(hasKey("reason")))
                    .extract().path("id");
            Api.as(WORKER).get(PATH + "/" + id).then().statusCode(200)
                    .body("createdBy", equalTo(police.username()))
                    .body("referrer.name", equalTo("PC 1234 Jane Smith"));
            assertEquals(1, Db.auditRows("CREATE", id, police.subject()));
        }
        // Naming its own organisation, POLICE and today is accepted as well.
        Map<String, Object> explicit = Fixtures.policeReferral();
        explicit.put("referringOrganisation", POLICE.organisation());
        explicit.put("source", "POLICE");
        explicit.put("receivedOn", TestClock.today().toString());
        Fixtures.create(POLICE, explicit).then().statusCode(201);
    }

    @Test
    void aPoliceReferrerMustSendAnIdempotencyKey() {
        String before = Db.snapshot();
        JsonPath problem = assertValidationProblem(Api.as(POLICE).body(Fixtures.policeReferral()).post(PATH),
                "Idempotency-Key");
        assertEquals(400, problem.getInt("status"));
        assertEquals(before, Db.snapshot());
        // A prevention worker may leave it out.
        Api.as(WORKER).body(Fixtures.offenceReferral()).post(PATH).then().statusCode(201);
    }

    @Test
    void aPoliceReferrerCannotReferForAnotherOrganisationSourceOrDay() {
        String before = Db.snapshot();
        Map<String, Object> otherOrganisation = Fixtures.policeReferral();
        otherOrganisation.put("referringOrganisation", "WEST_MERCIA_POLICE");
        assertEquals("referringOrganisation", assertProblem(Fixtures.create(POLICE, otherOrganisation), 422)
                .getString("errors[0].field"));
        Map<String, Object> otherSource = Fixtures.policeReferral();
        otherSource.put("source", "SCHOOL");
        assertEquals("source", assertProblem(Fixtures.create(POLICE, otherSource), 422).getString("errors[0].field"));
        Map<String, Object> backdated = Fixtures.policeReferral();
        backdated.put("receivedOn", TestClock.today().minusDays(1).toString());
        assertEquals("receivedOn", assertProblem(Fixtures.create(POLICE, backdated), 422)
                .getString("errors[0].field"));
        assertEquals(before, Db.snapshot());
    }

    @Test
    void aPoliceReferrerWithoutAnOrganisationIsForbidden() {
        String token = Tokens.builder(POLICE).organisation(null).sign();
        String id = Fixtures.createOffenceReferral();
        String before = Db.snapshot();
        assertProblem(Api.withToken(token).header("Idempotency-Key", Fixtures.uniqueKey())
                .body(Fixtures.policeReferral()).post(PATH), 403);
        assertProblem(Api.withToken(token).body(Fixtures.policeReferral()).post(PATH), 403);
        assertProblem(Api.withToken(token).get(PATH), 403);
        assertProblem(Api.withToken(token).get(PATH + "/" + id + "/status"), 403);
        assertEquals(before, Db.snapshot());
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstReferralAndRefusesADifferentBody() {
        String key = Fixtures.uniqueKey();
        Map<String, Object> body = Fixtures.policeReferral();
        Response first = Api.as(POLICE).header("Idempotency-Key", key).body(body).post(PATH);
        String id = first.then().statusCode(201).extract().path("id");
        long referrals = Db.rows("prevention_referral");

        Api.as(POLICE).header("Idempotency-Key", key).body(body).post(PATH).then().statusCode(201)
                .header("Idempotent-Replayed", "true").header("Location", first.header("Location"))
                .body("id", equalTo(id)).body("reference", equalTo(first.path("reference")));
        assertEquals(referrals, Db.rows("prevention_referral"));

        Map<String, Object> changed = Fixtures.policeReferral();
        changed.put("referrer", Map.of("name", "PC 9999 Someone Else"));
        assertProblem(Api.as(POLICE).header("Idempotency-Key", key).body(changed).post(PATH), 422);
        assertEquals(referrals, Db.rows("prevention_referral"));

        // Keys belong to the caller: the police partner system's same key is its own first request.
        String other = Api.as(Persona.POLICE_PARTNER_CLIENT).header("Idempotency-Key", key).body(body).post(PATH)
                .then().statusCode(201).extract().path("id");
        assertEquals(referrals + 1, Db.rows("prevention_referral"));
        assertNotEquals(id, other);
    }

    @Test
    void theSameKeySentTwiceAtOnceMakesOneReferral() throws Exception {
        String key = Fixtures.uniqueKey();
        Map<String, Object> body = Fixtures.policeReferral();
        long before = Db.rows("prevention_referral");
        List<Response> responses = Concurrently.run(
                () -> Api.as(POLICE).header("Idempotency-Key", key).body(body).post(PATH),
                () -> Api.as(POLICE).header("Idempotency-Key", key).body(body).post(PATH));
        assertEquals(201, responses.get(0).statusCode(), responses.get(0).asString());
        assertEquals(201, responses.get(1).statusCode(), responses.get(1).asString());
        assertEquals(responses.get(0).path("id").toString(), responses.get(1).path("id").toString());
        assertEquals(before + 1, Db.rows("prevention_referral"));
    }

    @Test
    void invalidReferralsAreRefusedWithTheFieldsAndWriteNothing() {
        String before = Db.snapshot();

        Map<String, Object> tooYoung = Fixtures.offenceReferral();
        tooYoung.put("child", child(TestClock.today().minusYears(9)));
        offence(tooYoung).put("offenceDate", TestClock.today().minusDays(10).toString());
        assertValidationProblem(Fixtures.create(WORKER, tooYoung), "child.dateOfBirth");

        Map<String, Object> adult = Fixtures.riskReferral();
        adult.put("child", child(TestClock.today().minusYears(18).minusDays(10)));
        assertValidationProblem(Fixtures.create(WORKER, adult), "child.dateOfBirth");

        Map<String, Object> offenceBeforeTen = Fixtures.offenceReferral();
        offenceBeforeTen.put("child", child(TestClock.today().minusYears(10).minusDays(20)));
        offence(offenceBeforeTen).put("offenceDate", TestClock.today().minusDays(60).toString());
        assertValidationProblem(Fixtures.create(WORKER, offenceBeforeTen), "reason.offence.offenceDate");

        Map<String, Object> offenceAfterReceipt = Fixtures.offenceReferral();
        offence(offenceAfterReceipt).put("offenceDate", TestClock.today().minusDays(1).toString());
        assertValidationProblem(Fixtures.create(WORKER, offenceAfterReceipt), "reason.offence.offenceDate");

        Map<String, Object> noOffence = Fixtures.offenceReferral();
        reason(noOffence).remove("offence");
        assertValidationProblem(Fixtures.create(WORKER, noOffence), "reason.offence");

        Map<String, Object> both = Fixtures.riskReferral();
        reason(both).put("offence", Fixtures.offence());
        assertValidationProblem(Fixtures.create(WORKER, both), "reason.offence");

        Map<String, Object> otherWithoutDetail = Fixtures.riskReferral();
        reason(otherWithoutDetail).put("risk", Map.of("categories", List.of("OTHER")));
        assertValidationProblem(Fixtures.create(WORKER, otherWithoutDetail), "reason.risk.detail");

        Map<String, Object> noRisks = Fixtures.riskReferral();
        reason(noRisks).put("risk", Map.of("categories", List.of(), "detail", "x"));
        assertValidationProblem(Fixtures.create(WORKER, noRisks), "reason.risk.categories");

        Map<String, Object> badPnc = Fixtures.offenceReferral();
        child(badPnc).put("pncId", "2024/0012345A");
        assertValidationProblem(Fixtures.create(WORKER, badPnc), "child.pncId");

        Map<String, Object> graveOffence = Fixtures.offenceReferral();
        offence(graveOffence).put("gravityScore", 9);
        assertValidationProblem(Fixtures.create(WORKER, graveOffence), "reason.offence.gravityScore");

        Map<String, Object> unsourced = Fixtures.offenceReferral();
        unsourced.remove("source");
        unsourced.remove("referringOrganisation");
        assertValidationProblem(Fixtures.create(WORKER, unsourced), "source", "referringOrganisation");

        Map<String, Object> badOrganisation = Fixtures.offenceReferral();
        badOrganisation.put("referringOrganisation", "not a code");
        assertValidationProblem(Fixtures.create(WORKER, badOrganisation), "referringOrganisation");

        Map<String, Object> future = Fixtures.offenceReferral();
        future.put("receivedOn", TestClock.today().plusDays(2).toString());
        assertValidationProblem(Fixtures.create(WORKER, future), "receivedOn");

        Map<String, Object> longName = Fixtures.offenceReferral();
        child(longName).put("givenName", "x".repeat(101));
        assertValidationProblem(Fixtures.create(WORKER, longName), "child.givenName");

        assertValidationProblem(Fixtures.create(WORKER, Map.of()), "referrer", "child", "reason");
        assertEquals(before, Db.snapshot());
    }

    @Test
    void aPreventionWorkerReadsTheWholeReferralAndEveryReadIsAudited() {
        String id = Fixtures.createRiskReferral();
        Api.as(WORKER).get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("source", equalTo("SCHOOL"))
                .body("child.familyName", equalTo("Testchild"))
                .body("reason.type", equalTo("RISK"))
                .body("reason.risk.categories", equalTo(List.of("CRIMINAL_EXPLOITATION", "KNIFE_CARRYING")))
                .body("reason.offence", nullValue());
        Api.as(WORKER).get(PATH + "/" + id + "/status").then().statusCode(200).body("id", equalTo(id));
        assertEquals(1, Db.auditRows("READ", id, WORKER.subject()));
        assertEquals(1, Db.auditRows("READ_STATUS", id, WORKER.subject()));
    }

    @Test
    void aPoliceReferrerReadsOnlyItsOwnOrganisationsReferralsAndOnlyTheirStatus() {
        String own = Fixtures.createOffenceReferral(); // recorded by a worker, from the police's organisation
        String school = Fixtures.createRiskReferral();

        Api.as(POLICE).get(PATH + "/" + own + "/status").then().statusCode(200)
                .body("id", equalTo(own)).body("status", equalTo("RECEIVED"))
                .body("assessmentDueDate", notNullValue()).body("assessmentCompleted", equalTo(false))
                .body("$", not(hasKey("child"))).body("$", not(hasKey("triage")))
                .body("$", not(hasKey("reason"))).body("$", not(hasKey("referrer")));
        assertEquals(1, Db.auditRows("READ_STATUS", own, POLICE.subject()));
        assertProblem(Api.as(POLICE).get(PATH + "/" + own), 403);

        assertProblem(Api.as(POLICE).get(PATH + "/" + school + "/status"), 404);
        assertEquals(1, Db.deniedRows("READ_STATUS", school, POLICE.subject()));
        String otherForce = Tokens.builder(POLICE).organisation("WEST_MERCIA_POLICE").sign();
        assertProblem(Api.withToken(otherForce).get(PATH + "/" + own + "/status"), 404);

        Api.as(POLICE).queryParam("size", 5).queryParam("sort", "-createdAt").get(PATH).then().statusCode(200)
                .body("items.id", hasItem(own)).body("items.id", not(hasItem(school)))
                .body("items.referringOrganisation", everyItem(equalTo(POLICE.organisation())))
                .body("items[0]", not(hasKey("child")));
        Api.as(POLICE).queryParam("referringOrganisation", "KETTERING_EXAMPLE_ACADEMY").get(PATH).then()
                .statusCode(200).body("totalItems", equalTo(0));
        Api.as(WORKER).queryParam("size", 5).queryParam("sort", "-createdAt").get(PATH).then().statusCode(200)
                .body("items.id", hasItem(school)).body("items.find { it.id == '" + own + "' }.child.givenName",
                        equalTo("Alex"));
    }

    @Test
    void theHeadOfServiceReadsEveryReferralInFullAuditedButChangesNothing() {
        Persona hos = Persona.HEAD_OF_SERVICE;
        String police = Fixtures.create(POLICE, Fixtures.policeReferral()).then().statusCode(201).extract().path("id");
        String school = Fixtures.createRiskReferral();
        String searches = "select count(*) from audit_event where action = 'SEARCH' and record_type = "
                + "'PREVENTION_REFERRAL' and subject = ? and outcome = 'SUCCESS'";
        long searchedBefore = Db.count(searches, hos.subject());

        Api.as(hos).queryParam("size", 5).queryParam("sort", "-createdAt").get(PATH).then().statusCode(200)
                .body("items.id", hasItem(police)).body("items.id", hasItem(school))
                .body("items.find { it.id == '" + school + "' }.child.familyName", equalTo("Testchild"));
        Api.as(hos).get(PATH + "/" + school).then().statusCode(200).header("ETag", "\"0\"")
                .body("view", equalTo("FULL")).body("child.familyName", equalTo("Testchild"))
                .body("reason.type", equalTo("RISK"));
        Api.as(hos).get(PATH + "/" + police).then().statusCode(200)
                .body("referringOrganisation", equalTo(POLICE.organisation()));
        Api.as(hos).get(PATH + "/" + police + "/status").then().statusCode(200)
                .body("view", equalTo("STATUS")).body("id", equalTo(police));
        // Audited exactly as a prevention worker's reads are.
        assertEquals(1, Db.auditRows("READ", school, hos.subject()));
        assertEquals(1, Db.auditRows("READ", police, hos.subject()));
        assertEquals(1, Db.auditRows("READ_STATUS", police, hos.subject()));
        assertEquals(searchedBefore + 1, Db.count(searches, hos.subject()));
        assertProblem(Api.as(hos).get(PATH + "/" + UUID.randomUUID()), 404);

        String before = Db.snapshot();
        assertProblem(Api.as(hos).header("Idempotency-Key", Fixtures.uniqueKey()).body(Fixtures.riskReferral())
                .post(PATH), 403);
        assertProblem(Api.as(hos).header("If-Match", "\"0\"").body(Fixtures.triage())
                .put(PATH + "/" + school + "/triage"), 403);
        assertProblem(Api.as(hos).header("If-Match", "\"0\"").body(Fixtures.decision("NO_FURTHER_ACTION"))
                .post(PATH + "/" + school + "/decision"), 403);
        assertProblem(Api.as(hos).header("If-Match", "\"0\"").body(Fixtures.closure("DECLINED"))
                .post(PATH + "/" + school + "/closure"), 403);
        assertEquals(before, Db.snapshot());
        assertEquals("\"0\"", Fixtures.etag(school));
    }

    @Test
    void theListFiltersAndSorts() {
        String organisation = "T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> offence = Fixtures.offenceReferral();
        offence.put("referringOrganisation", organisation);
        offence.put("source", "COURT_DIVERSION");
        offence.put("receivedOn", TestClock.today().minusDays(20).toString());
        offence(offence).put("offenceDate", TestClock.today().minusDays(25).toString());
        String old = Fixtures.create(WORKER, offence).then().statusCode(201).extract().path("id");
        Map<String, Object> risk = Fixtures.riskReferral();
        risk.put("referringOrganisation", organisation);
        String recent = Fixtures.create(WORKER, risk).then().statusCode(201).extract().path("id");

        Api.as(WORKER).queryParam("referringOrganisation", organisation).get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.id", equalTo(List.of(recent, old)))
                .body("page", equalTo(0)).body("size", equalTo(20));
        Api.as(WORKER).queryParam("referringOrganisation", organisation).queryParam("sort", "receivedOn").get(PATH)
                .then().statusCode(200).body("items.id", equalTo(List.of(old, recent)));
        Api.as(WORKER).queryParam("referringOrganisation", organisation).queryParam("source", "COURT_DIVERSION")
                .get(PATH).then().statusCode(200).body("items.id", equalTo(List.of(old)));
        Api.as(WORKER).queryParam("referringOrganisation", organisation).queryParam("reasonType", "RISK")
                .get(PATH).then().statusCode(200).body("items.id", equalTo(List.of(recent)));
        Api.as(WORKER).queryParam("referringOrganisation", organisation)
                .queryParam("receivedFrom", TestClock.today().minusDays(21).toString())
                .queryParam("receivedTo", TestClock.today().minusDays(19).toString())
                .get(PATH).then().statusCode(200).body("items.id", equalTo(List.of(old)));
        Api.as(WORKER).queryParam("referringOrganisation", organisation).queryParam("assessmentOverdue", true)
                .get(PATH).then().statusCode(200).body("items.id", equalTo(List.of(old)))
                .body("items[0].assessmentTimeliness", equalTo("OVERDUE"));
        Api.as(WORKER).queryParam("referringOrganisation", organisation).queryParam("status", "TRIAGED")
                .get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        Api.as(WORKER).queryParam("referringOrganisation", organisation).queryParam("size", 1).queryParam("page", 1)
                .get(PATH).then().statusCode(200).body("items.id", equalTo(List.of(old)))
                .body("totalItems", equalTo(2));

        assertValidationProblem(Api.as(WORKER).queryParam("receivedFrom", "2026-05-02")
                .queryParam("receivedTo", "2026-05-01").get(PATH), "receivedTo");
        assertValidationProblem(Api.as(WORKER).queryParam("status", "LOST").get(PATH), "status");
        assertValidationProblem(Api.as(WORKER).queryParam("source", "police").get(PATH), "source");
        assertValidationProblem(Api.as(WORKER).queryParam("receivedFrom", "yesterday").get(PATH), "receivedFrom");
        assertValidationProblem(Api.as(WORKER).queryParam("receivedTo", "2026-02-30").get(PATH), "receivedTo");
        assertValidationProblem(Api.as(WORKER).queryParam("assessmentOverdue", "maybe").get(PATH),
                "assessmentOverdue");
        assertTrue(Db.count("select count(*) from audit_event where action = 'SEARCH' and subject = ? "
                + "and detail like '%assessmentOverdue%'", WORKER.subject()) > 0, "searches are audited with their filters");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reason(Map<String, Object> body) {
        return (Map<String, Object>) body.get("reason");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> offence(Map<String, Object> body) {
        return (Map<String, Object>) reason(body).get("offence");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> body) {
        return (Map<String, Object>) body.get("child");
    }

    private static Map<String, Object> child(LocalDate dateOfBirth) {
        Map<String, Object> child = new HashMap<>(Fixtures.child());
        child.put("dateOfBirth", dateOfBirth.toString());
        return child;
    }
}
