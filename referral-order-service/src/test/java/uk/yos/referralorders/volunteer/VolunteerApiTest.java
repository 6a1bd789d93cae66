package uk.yos.referralorders.volunteer;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.yos.referralorders.Api;
import uk.yos.referralorders.Db;
import uk.yos.referralorders.Fixtures;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

@QuarkusTest
class VolunteerApiTest {

    private static final String PATH = "/api/v1/volunteers";
    private static final Persona PC = Persona.PANEL_COORDINATOR;

    @Test
    void recordsAnApplicationAndReadsItBack() {
        Map<String, Object> body = Fixtures.volunteerBody();
        String id = Fixtures.createVolunteer(body).then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("APPLICANT")).body("mentor", equalTo(true))
                .body("availability", hasSize(1)).body("availability[0].from", equalTo("17:30"))
                .body("dbsValid", equalTo(false)).body("chairTrained", equalTo(false))
                .extract().path("id");
        Api.as(PC).get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("familyName", equalTo(body.get("familyName"))).body("email", equalTo("jordan@example.org"))
                .body("availability[0].dayOfWeek", equalTo("TUESDAY")).body("availability[0].to", equalTo("20:00"));
        assertEquals(1, Db.auditRows("CREATE", "VOLUNTEER", id, PC.subject()));
        assertEquals(1, Db.auditRows("READ", "VOLUNTEER", id, PC.subject()));
        assertEquals(1, Db.count("select count(*) from volunteer_status_change where volunteer_id = "
                + "unhex(replace(?, '-', '')) and to_status = 'APPLICANT'", id));
        assertProblem(Api.as(PC).get(PATH + "/" + UUID.randomUUID()), 404);
    }

    @Test
    void rejectsInvalidProfilesAndWritesNothing() {
        long before = Db.rows("volunteer");
        Map<String, Object> body = Fixtures.volunteerBody();
        body.remove("givenName");
        body.put("email", "not-an-email");
        body.put("phone", "call me");
        assertValidationProblem(Fixtures.createVolunteer(body), "givenName", "email", "phone");

        body = Fixtures.volunteerBody();
        body.put("availability", List.of(Map.of("dayOfWeek", "TUESDAY", "from", "20:00", "to", "18:00")));
        assertValidationProblem(Fixtures.createVolunteer(body), "availability[0].to");
        body.put("availability", List.of(Map.of("dayOfWeek", "FUNDAY", "from", "17:00", "to", "18:00")));
        assertValidationProblem(Fixtures.createVolunteer(body), "availability[0].dayOfWeek");
        body = Fixtures.volunteerBody();
        body.put("userSubject", "has spaces");
        assertValidationProblem(Fixtures.createVolunteer(body), "userSubject");
        body = Fixtures.volunteerBody();
        body.put("nickname", "JJ");
        assertValidationProblem(Fixtures.createVolunteer(body), "nickname");
        assertEquals(before, Db.rows("volunteer"));
    }

    @Test
    void anIdempotentRetryRecordsOneVolunteer() {
        String key = "volunteer-" + UUID.randomUUID();
        Map<String, Object> body = Fixtures.volunteerBody();
        Response first = Api.as(PC).header("Idempotency-Key", key).body(body).post(PATH);
        first.then().statusCode(201);
        Api.as(PC).header("Idempotency-Key", key).body(body).post(PATH).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")));
        assertProblem(Api.as(PC).header("Idempotency-Key", key).body(Fixtures.volunteerBody()).post(PATH), 422);
        assertValidationProblem(Api.as(PC).header("Idempotency-Key", "bad key!").body(body).post(PATH),
                "Idempotency-Key");
        assertEquals(1, Db.count("select count(*) from volunteer where family_name = ?", body.get("familyName")));
    }

    @Test
    void statusChangesFollowRecruitmentAndVetting() {
        String id = Fixtures.newVolunteer();
        String path = PATH + "/" + id;
        assertProblem(status(path, "\"0\"", "ACTIVE"), 409);
        assertEquals(List.of("status"), assertProblem(status(path, "\"0\"", "TRAINED"), 422).getList("errors.field"));
        Api.as(PC).header("If-Match", "\"0\"").body(Map.of("kind", "INITIAL", "completedOn",
                TestClock.today().minusDays(3).toString(), "provider", "County YOS")).post(path + "/training-records")
                .then().statusCode(200).header("ETag", "\"1\"").body("training", hasSize(1));
        status(path, "\"1\"", "TRAINED").then().statusCode(200).body("status", equalTo("TRAINED"));
        assertEquals(List.of("status"), assertProblem(status(path, "\"2\"", "ACTIVE"), 422).getList("errors.field"));
        Api.as(PC).header("If-Match", "\"2\"").body(Fixtures.dbsCheck(TestClock.today().minusDays(1), null))
                .put(path + "/dbs-check").then().statusCode(200).header("ETag", "\"3\"");
        status(path, "\"3\"", "ACTIVE").then().statusCode(200).body("status", equalTo("ACTIVE"));
        assertProblem(status(path, "\"4\"", "ACTIVE"), 409);
        status(path, "\"4\"", "PAUSED").then().statusCode(200).body("status", equalTo("PAUSED"));
        status(path, "\"5\"", "LEFT").then().statusCode(200).body("status", equalTo("LEFT"));
        assertProblem(status(path, "\"6\"", "ACTIVE"), 409);
        status(path, "\"6\"", "APPLICANT").then().statusCode(200).body("status", equalTo("APPLICANT"));
        assertProblem(status(path, "\"6\"", "TRAINED"), 412);
        assertProblem(Api.as(PC).body(Map.of("status", "TRAINED")).post(path + "/status-changes"), 428);
        assertValidationProblem(status(path, "\"7\"", "RETIRED"), "status");
        assertEquals(5, Db.auditRows("CHANGE_STATUS", "VOLUNTEER", id, PC.subject()));
        assertEquals(6, Db.count("select count(*) from volunteer_status_change where volunteer_id = "
                + "unhex(replace(?, '-', ''))", id));
    }

    @Test
    void aDbsCheckExpiresAfterTheConfiguredPeriodUnlessGiven() {
        String id = Fixtures.newVolunteer();
        String path = PATH + "/" + id;
        LocalDate checked = TestClock.today().minusMonths(1);
        Api.as(PC).header("If-Match", "\"0\"").body(Fixtures.dbsCheck(checked, null)).put(path + "/dbs-check")
                .then().statusCode(200).body("dbsCheckedOn", equalTo(checked.toString()))
                .body("dbsExpiresOn", equalTo(checked.plusMonths(36).toString())).body("dbsValid", equalTo(true));
        assertValidationProblem(Api.as(PC).header("If-Match", "\"1\"").body(Fixtures.dbsCheck(checked,
                checked.minusDays(1))).put(path + "/dbs-check"), "expiresOn");
        assertValidationProblem(Api.as(PC).header("If-Match", "\"1\"").body(Fixtures.dbsCheck(
                TestClock.today().plusDays(1), null)).put(path + "/dbs-check"), "checkedOn");
        Api.as(PC).header("If-Match", "\"1\"").body(Fixtures.dbsCheck(TestClock.today().minusYears(4),
                TestClock.today().minusYears(1))).put(path + "/dbs-check").then().statusCode(200)
                .body("dbsValid", equalTo(false));
        assertEquals(2, Db.auditRows("RECORD_DBS_CHECK", "VOLUNTEER", id, PC.subject()));
    }

    @Test
    void conflictsOfInterestAreDeclaredAgainstAChildOrAVictimAndCanBeWithdrawn() {
        String id = Fixtures.newVolunteer();
        String path = PATH + "/" + id;
        String child = UUID.randomUUID().toString();
        assertValidationProblem(Api.as(PC).header("If-Match", "\"0\"").body(Map.of("kind", "CHILD"))
                .post(path + "/conflicts"), "youngPersonId");
        assertValidationProblem(Api.as(PC).header("If-Match", "\"0\"").body(Map.of("kind", "CHILD",
                "youngPersonId", child, "victimId", UUID.randomUUID().toString())).post(path + "/conflicts"),
                "victimId");
        assertValidationProblem(Api.as(PC).header("If-Match", "\"0\"").body(Map.of("kind", "VICTIM",
                "youngPersonId", child)).post(path + "/conflicts"), "victimId");
        String conflictId = Api.as(PC).header("If-Match", "\"0\"").body(Map.of("kind", "CHILD", "youngPersonId", child,
                "note", "Neighbour")).post(path + "/conflicts").then().statusCode(200).header("ETag", "\"1\"")
                .body("conflicts", hasSize(1)).body("conflicts[0].youngPersonId", equalTo(child))
                .body("conflicts[0].declaredOn", equalTo(TestClock.today().toString()))
                .extract().path("conflicts[0].id");
        assertProblem(Api.as(PC).header("If-Match", "\"1\"").body(Map.of("kind", "CHILD", "youngPersonId", child))
                .post(path + "/conflicts"), 409);
        Api.as(PC).header("If-Match", "\"1\"").body(Map.of("kind", "VICTIM", "victimId", UUID.randomUUID().toString()))
                .post(path + "/conflicts").then().statusCode(200).body("conflicts", hasSize(2));
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'DECLARE_CONFLICT' and record_id = ? "
                + "and child_id = unhex(replace(?, '-', ''))", id, child));

        assertProblem(Api.as(PC).header("If-Match", "\"2\"").delete(path + "/conflicts/" + UUID.randomUUID()), 404);
        assertProblem(Api.as(PC).header("If-Match", "\"1\"").delete(path + "/conflicts/" + conflictId), 412);
        // A DELETE carries no body, so no Content-Type either.
        io.restassured.RestAssured.given().auth().oauth2(PC.token()).header("If-Match", "\"2\"")
                .delete(path + "/conflicts/" + conflictId).then().statusCode(200)
                .header("ETag", "\"3\"").body("conflicts", hasSize(1)).body("conflicts[0].kind", equalTo("VICTIM"));
        assertEquals(1, Db.auditRows("WITHDRAW_CONFLICT", "VOLUNTEER", id, PC.subject()));
    }

    @Test
    void aLoginLinksToOneVolunteerAtMost() {
        String subject = UUID.randomUUID().toString();
        Map<String, Object> body = Fixtures.volunteerBody();
        body.put("userSubject", subject);
        String first = Fixtures.createVolunteer(body).then().statusCode(201).body("userSubject", equalTo(subject))
                .extract().path("id");
        Map<String, Object> again = Fixtures.volunteerBody();
        again.put("userSubject", subject);
        assertProblem(Fixtures.createVolunteer(again), 409);

        String second = Fixtures.newVolunteer();
        assertProblem(Api.as(PC).header("If-Match", "\"0\"").body(again).put(PATH + "/" + second), 409);
        // Re-saving the first with its own link is fine; unlinking frees the login for the second.
        Map<String, Object> unlinked = Fixtures.volunteerBody();
        Api.as(PC).header("If-Match", "\"0\"").body(body).put(PATH + "/" + first).then().statusCode(200);
        Api.as(PC).header("If-Match", "\"1\"").body(unlinked).put(PATH + "/" + first).then().statusCode(200)
                .body("userSubject", nullValue());
        Api.as(PC).header("If-Match", "\"0\"").body(again).put(PATH + "/" + second).then().statusCode(200)
                .body("userSubject", equalTo(subject));
    }

    @Test
    void updatingTheProfileReplacesItAndNeedsTheCurrentETag() {
        String id = Fixtures.newVolunteer();
        Map<String, Object> body = Fixtures.volunteerBody();
        body.put("givenName", "Sam");
        body.put("availability", List.of(Map.of("dayOfWeek", "MONDAY", "from", "09:00", "to", "12:00"),
                Map.of("dayOfWeek", "THURSDAY", "from", "18:00", "to", "21:00")));
        body.put("availabilityNote", "Not in August");
        assertProblem(Api.as(PC).body(body).put(PATH + "/" + id), 428);
        assertProblem(Api.as(PC).header("If-Match", "*").body(body).put(PATH + "/" + id), 428);
        Api.as(PC).header("If-Match", "\"0\"").body(body).put(PATH + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("givenName", equalTo("Sam")).body("availability", hasSize(2))
                .body("availability[1].dayOfWeek", equalTo("THURSDAY")).body("availabilityNote", equalTo("Not in August"))
                .body("status", equalTo("APPLICANT"));
        assertProblem(Api.as(PC).header("If-Match", "\"0\"").body(body).put(PATH + "/" + id), 412);
        assertEquals(1, Db.auditRows("UPDATE", "VOLUNTEER", id, PC.subject()));
    }

    @Test
    void listsVolunteersByStatusChairTrainingAndDbsExpiry() {
        String family = "Zed" + UUID.randomUUID().toString().substring(0, 6);
        String chair = Fixtures.activeVolunteer(true);
        String member = Fixtures.activeVolunteer(false);
        String applicant = Fixtures.newVolunteer();
        for (String id : List.of(chair, member, applicant)) {
            Map<String, Object> body = Fixtures.volunteerBody();
            body.put("familyName", family);
            Api.as(PC).header("If-Match", Fixtures.etag(PATH + "/" + id)).body(body).put(PATH + "/" + id).then()
                    .statusCode(200);
        }
        Api.as(PC).queryParam("name", family.toLowerCase()).get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(3));
        Api.as(PC).queryParam("name", family).queryParam("chairTrained", true).get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(chair))).body("items[0].chairTrained", equalTo(true));
        Api.as(PC).queryParam("name", family).queryParam("chairTrained", false).queryParam("sort", "-status")
                .get(PATH).then().statusCode(200).body("items.id", equalTo(List.of(applicant, member)));
        Api.as(PC).queryParam("name", family).queryParam("status", "APPLICANT").get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(applicant)));
        // No DBS check at all counts as expiring; two-year checks do not expire within a year.
        Api.as(PC).queryParam("name", family).queryParam("dbsExpiringBefore", TestClock.today().plusYears(1).toString())
                .get(PATH).then().statusCode(200).body("items.id", equalTo(List.of(applicant)));
        Api.as(PC).queryParam("name", family).queryParam("dbsExpiringBefore", TestClock.today().plusYears(3).toString())
                .queryParam("size", 2).get(PATH).then().statusCode(200).body("totalItems", equalTo(3))
                .body("items", hasSize(2)).body("size", equalTo(2));
        Api.as(PC).queryParam("name", "Nobody" + UUID.randomUUID().toString().substring(0, 6)).get(PATH).then()
                .statusCode(200).body("items.id", not(hasItem(chair)));
        assertValidationProblem(Api.as(PC).queryParam("name", "Z").get(PATH), "name");
        assertValidationProblem(Api.as(PC).queryParam("chairTrained", "maybe").get(PATH), "chairTrained");
        assertValidationProblem(Api.as(PC).queryParam("size", "ten").get(PATH), "size");
        assertValidationProblem(Api.as(PC).queryParam("dbsExpiringBefore", "soon").get(PATH), "dbsExpiringBefore");
    }

    @Test
    void theHeadOfServiceReadsEveryVolunteerButChangesNothing() {
        Persona hos = Persona.HEAD_OF_SERVICE;
        Map<String, Object> body = Fixtures.volunteerBody();
        String id = Fixtures.createVolunteer(body).then().statusCode(201).extract().path("id");
        String path = PATH + "/" + id;
        long searches = Db.count("select count(*) from audit_event where action = 'SEARCH' and record_type = "
                + "'VOLUNTEER' and subject = ? and outcome = 'SUCCESS'", hos.subject());

        Api.as(hos).queryParam("name", body.get("familyName")).get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(id))).body("totalItems", equalTo(1));
        Api.as(hos).get(path).then().statusCode(200).header("ETag", "\"0\"")
                .body("familyName", equalTo(body.get("familyName"))).body("status", equalTo("APPLICANT"));
        assertEquals(1, Db.auditRows("READ", "VOLUNTEER", id, hos.subject()));
        assertEquals(searches + 1, Db.count("select count(*) from audit_event where action = 'SEARCH' and "
                + "record_type = 'VOLUNTEER' and subject = ? and outcome = 'SUCCESS'", hos.subject()));

        long volunteers = Db.rows("volunteer");
        assertProblem(Api.as(hos).body(Fixtures.volunteerBody()).post(PATH), 403);
        assertProblem(Api.as(hos).header("If-Match", "\"0\"").body(Fixtures.volunteerBody()).put(path), 403);
        assertProblem(Api.as(hos).header("If-Match", "\"0\"").body(Map.of("status", "PAUSED", "reason", "Test"))
                .post(path + "/status-changes"), 403);
        assertProblem(Api.as(hos).header("If-Match", "\"0\"").body(Fixtures.dbsCheck(TestClock.today(), null))
                .put(path + "/dbs-check"), 403);
        assertProblem(Api.as(hos).header("If-Match", "\"0\"").body(Map.of("kind", "INITIAL", "completedOn",
                TestClock.today().toString())).post(path + "/training-records"), 403);
        assertProblem(Api.as(hos).header("If-Match", "\"0\"").body(Map.of("kind", "CHILD", "youngPersonId",
                UUID.randomUUID().toString())).post(path + "/conflicts"), 403);
        assertEquals(volunteers, Db.rows("volunteer"));
        Api.as(PC).get(path).then().statusCode(200).header("ETag", "\"0\"");
    }

    private static Response status(String path, String etag, String status) {
        return Api.as(PC).header("If-Match", etag).body(Map.of("status", status, "reason", "Test"))
                .post(path + "/status-changes");
    }
}
