package uk.yos.cases.youngperson;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.testsupport.ProblemAssertions.assertProblem;
import static uk.yos.testsupport.ProblemAssertions.assertValidationProblem;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.yos.cases.Api;
import uk.yos.cases.Db;
import uk.yos.cases.Fixtures;
import uk.yos.testsupport.Concurrently;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

@QuarkusTest
class YoungPersonApiTest {

    private static final String PATH = "/api/v1/young-people";

    @Test
    void createsAYoungPersonAndReadsItBackWithItsETag() {
        Map<String, Object> body = Fixtures.youngPerson("NORTH_OOC");
        body.put("pncId", "2024/0012345H");
        Response created = Api.as(Persona.CASE_MANAGER_NORTH).body(body).post(PATH);
        created.then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(PATH + "/" + created.path("id")))
                .header("ETag", "\"0\"")
                .body("areaCode", equalTo("NORTH"))
                .body("teamCode", equalTo("NORTH_OOC"))
                .body("pncId", equalTo("2024/0012345H"));

        String id = created.path("id");
        Api.as(Persona.CASE_MANAGER_NORTH).get(PATH + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("localReference", equalTo(body.get("localReference")))
                .body("send", equalTo(true));
    }

    @Test
    void auditsCreationAndEveryRead() {
        String id = Fixtures.createYoungPerson(Persona.CASE_MANAGER_NORTH);
        String subject = Persona.CASE_MANAGER_NORTH.subject();
        assertEquals(1, Db.auditRows("CREATE", "YOUNG_PERSON", id, subject));

        Api.as(Persona.CASE_MANAGER_NORTH).get(PATH + "/" + id).then().statusCode(200);
        Api.as(Persona.CASE_MANAGER_NORTH).get(PATH + "/" + id).then().statusCode(200);
        assertEquals(2, Db.auditRows("READ", "YOUNG_PERSON", id, subject));
        assertEquals(2, Db.count("select count(*) from audit_event where action = 'READ' and record_id = ? "
                + "and child_id is not null and request_id is not null and username = 'case-manager-north'", id));
    }

    @Test
    void rejectsInvalidInputFieldByFieldAndWritesNothing() {
        long before = Db.rows("young_person");
        Map<String, Object> body = Fixtures.youngPerson("NORTH_OOC");
        body.put("givenName", "");
        body.put("familyName", "x".repeat(101));
        body.remove("gender");
        body.put("dateOfBirth", TestClock.today().plusDays(1).toString());

        Response response = Api.as(Persona.CASE_MANAGER_NORTH).body(body).post(PATH);

        assertValidationProblem(response, "givenName", "familyName", "gender", "dateOfBirth");
        assertEquals(before, Db.rows("young_person"));
    }

    @Test
    void rejectsADateOfBirthThatGivesAnImplausibleAge() {
        long before = Db.rows("young_person");
        Map<String, Object> tooYoung = Fixtures.youngPerson("NORTH_OOC");
        tooYoung.put("dateOfBirth", TestClock.today().minusYears(6).toString());
        assertValidationProblem(Api.as(Persona.CASE_MANAGER_NORTH).body(tooYoung).post(PATH), "dateOfBirth");

        Map<String, Object> tooOld = Fixtures.youngPerson("NORTH_OOC");
        tooOld.put("dateOfBirth", "1950-01-01");
        assertValidationProblem(Api.as(Persona.CASE_MANAGER_NORTH).body(tooOld).post(PATH), "dateOfBirth");
        assertEquals(before, Db.rows("young_person"));
    }

    @Test
    void rejectsAPncIdWithAWrongCheckLetterOrFormat() {
        Map<String, Object> body = Fixtures.youngPerson("NORTH_OOC");
        body.put("pncId", "2024/0012345X");
        assertValidationProblem(Api.as(Persona.CASE_MANAGER_NORTH).body(body).post(PATH), "pncId");
        body.put("pncId", "24/12345W");
        assertValidationProblem(Api.as(Persona.CASE_MANAGER_NORTH).body(body).post(PATH), "pncId");
    }

    @Test
    void rejectsUnknownCodesEnumsAndProperties() {
        Map<String, Object> badLocality = Fixtures.youngPerson("NORTH_OOC");
        badLocality.put("localityCode", "ATLANTIS");
        assertValidationProblem(Api.as(Persona.CASE_MANAGER_NORTH).body(badLocality).post(PATH), "localityCode");

        Map<String, Object> badEnum = Fixtures.youngPerson("NORTH_OOC");
        badEnum.put("ethnicity", "MARTIAN");
        assertValidationProblem(Api.as(Persona.CASE_MANAGER_NORTH).body(badEnum).post(PATH), "ethnicity");

        Map<String, Object> typo = Fixtures.youngPerson("NORTH_OOC");
        typo.put("familyNmae", "Typo");
        assertValidationProblem(Api.as(Persona.CASE_MANAGER_NORTH).body(typo).post(PATH), "familyNmae");
    }

    @Test
    void rejectsADuplicateLocalReferenceWithAConflict() {
        Map<String, Object> body = Fixtures.youngPerson("NORTH_OOC");
        Fixtures.createYoungPerson(Persona.CASE_MANAGER_NORTH, body);
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).body(body).post(PATH), 409);
    }

    @Test
    void refusesToAddAChildToAnotherTeam() {
        long before = Db.rows("young_person");
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).body(Fixtures.youngPerson("WEST_OOC")).post(PATH), 403);
        assertEquals(before, Db.rows("young_person"));
    }

    @Test
    void aNorthCaseManagerCannotSeeAWestChild() {
        String westChild = Fixtures.createYoungPerson(Persona.CASE_MANAGER_WEST);

        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).get(PATH + "/" + westChild), 404);
        assertProblem(Api.as(Persona.OPERATIONS_MANAGER_NORTH).get(PATH + "/" + westChild), 404);
        Api.as(Persona.CASE_MANAGER_NORTH).queryParam("size", 100).queryParam("name", "Testperson").get(PATH)
                .then().statusCode(200).body("items.id", not(hasItem(westChild)));
        Api.as(Persona.CASE_MANAGER_WEST).get(PATH + "/" + westChild).then().statusCode(200);
        Api.as(Persona.HEAD_OF_SERVICE).get(PATH + "/" + westChild).then().statusCode(200);
        assertEquals(1, Db.count("select count(*) from audit_event where outcome = 'DENIED' and record_id = ? "
                + "and subject = ?", westChild, Persona.CASE_MANAGER_NORTH.subject()));
    }

    @Test
    void aCaseManagerAllocatedToAnotherTeamsCaseSeesThatChild() {
        String westChild = Fixtures.createYoungPerson(Persona.CASE_MANAGER_WEST, namedUniquely("WEST_OOC"));
        Map<String, Object> openCase = Fixtures.openCase(westChild, "YOUTH_CAUTION");
        openCase.put("primaryCaseManager", Fixtures.worker(Persona.CASE_MANAGER_NORTH));
        Fixtures.openCaseAs(Persona.CASE_MANAGER_WEST, openCase).then().statusCode(201);

        Api.as(Persona.CASE_MANAGER_NORTH).get(PATH + "/" + westChild).then().statusCode(200);
        Api.as(Persona.OPERATIONS_MANAGER_NORTH).get(PATH + "/" + westChild).then().statusCode(404);
        assertListed(Persona.CASE_MANAGER_NORTH, westChild, true);
        assertListed(Persona.OPERATIONS_MANAGER_NORTH, westChild, false);
    }

    @Test
    void aChildMovedToAnotherTeamStaysVisibleToTheTeamThatOwnsTheirCase() {
        Map<String, Object> details = namedUniquely("NORTH_OOC");
        String child = Fixtures.createYoungPerson(Persona.CASE_MANAGER_NORTH, details);
        Fixtures.openCaseAs(Persona.CASE_MANAGER_NORTH, Fixtures.openCase(child, "YOUTH_CAUTION"))
                .then().statusCode(201);
        details.put("teamCode", "WEST_OOC");
        details.put("localityCode", "NORTHAMPTON");
        Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", "\"0\"").body(details)
                .put(PATH + "/" + child).then().statusCode(200).body("teamCode", equalTo("WEST_OOC"));

        for (Persona northTeam : List.of(Persona.CASE_MANAGER_NORTH, Persona.OPERATIONS_MANAGER_NORTH)) {
            Api.as(northTeam).get(PATH + "/" + child).then().statusCode(200);
            assertListed(northTeam, child, true);
        }
        assertListed(Persona.CASE_MANAGER_WEST, child, true);
    }

    /** A new child's details with a family name no other test uses, so a name search finds only them. */
    private static Map<String, Object> namedUniquely(String team) {
        Map<String, Object> details = Fixtures.youngPerson(team);
        details.put("familyName", Fixtures.uniqueFamilyName("Scope"));
        return details;
    }

    /** Asserts whether the child is on the persona's list of children with the child's family name. */
    private static void assertListed(Persona persona, String child, boolean listed) {
        String familyName = Api.as(Persona.HEAD_OF_SERVICE).get(PATH + "/" + child).path("familyName");
        Api.as(persona).queryParam("name", familyName).queryParam("size", 100).get(PATH).then().statusCode(200)
                .body("items.id", listed ? hasItem(child) : not(hasItem(child)));
    }

    @Test
    void unknownIdIsNotFoundAndAMalformedIdIsToo() {
        assertProblem(Api.as(Persona.HEAD_OF_SERVICE).get(PATH + "/" + UUID.randomUUID()), 404);
        assertProblem(Api.as(Persona.HEAD_OF_SERVICE).get(PATH + "/not-a-uuid"), 404);
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String id = Fixtures.createYoungPerson(Persona.CASE_MANAGER_NORTH);
        Map<String, Object> change = Fixtures.youngPerson("NORTH_OOC");
        change.put("givenName", "Changed");

        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).body(change).put(PATH + "/" + id), 428);
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"7\"").body(change)
                .put(PATH + "/" + id), 412);
        Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"0\"").body(change).put(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("givenName", equalTo("Changed"));
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"0\"").body(change)
                .put(PATH + "/" + id), 412);
        assertEquals(1, Db.auditRows("UPDATE", "YOUNG_PERSON", id, Persona.CASE_MANAGER_NORTH.subject()));
    }

    // Repeated: each run is one race, and the interleavings differ from run to run.
    @RepeatedTest(5)
    void twoConcurrentUpdatesWithTheSameETagOneWinsOneIsRefused() throws Exception {
        String id = Fixtures.createYoungPerson(Persona.CASE_MANAGER_NORTH);
        Map<String, Object> first = Fixtures.youngPerson("NORTH_OOC");
        first.put("givenName", "First");
        Map<String, Object> second = Fixtures.youngPerson("NORTH_OOC");
        second.put("givenName", "Second");

        List<Integer> statuses = Concurrently.run(
                () -> Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"0\"").body(first)
                        .put(PATH + "/" + id).statusCode(),
                () -> Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"0\"").body(second)
                        .put(PATH + "/" + id).statusCode());

        assertTrue(statuses.contains(200) && statuses.contains(412), "statuses were " + statuses);
        String winner = Api.as(Persona.CASE_MANAGER_NORTH).get(PATH + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").extract().path("givenName");
        assertTrue(winner.equals("First") || winner.equals("Second"));
    }

    @Test
    void anIdempotentRetryReturnsTheFirstResponseAndCreatesOneRow() {
        String key = "retry-" + UUID.randomUUID();
        Map<String, Object> body = Fixtures.youngPerson("NORTH_OOC");

        Response first = Api.as(Persona.CASE_MANAGER_NORTH).header("Idempotency-Key", key).body(body).post(PATH);
        Response second = Api.as(Persona.CASE_MANAGER_NORTH).header("Idempotency-Key", key).body(body).post(PATH);

        first.then().statusCode(201);
        second.then().statusCode(201).header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag"))).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        assertEquals(1, Db.count("select count(*) from young_person where local_reference = ?",
                body.get("localReference")));

        Map<String, Object> different = Fixtures.youngPerson("NORTH_OOC");
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).header("Idempotency-Key", key).body(different)
                .post(PATH), 422);
        assertEquals(0, Db.count("select count(*) from young_person where local_reference = ?",
                different.get("localReference")));
    }

    @Test
    void idempotencyKeysAreScopedToTheCaller() {
        String key = "shared-" + UUID.randomUUID();
        Api.as(Persona.CASE_MANAGER_NORTH).header("Idempotency-Key", key).body(Fixtures.youngPerson("NORTH_OOC"))
                .post(PATH).then().statusCode(201);
        Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("Idempotency-Key", key)
                .body(Fixtures.youngPerson("NORTH_OOC")).post(PATH).then().statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    // Repeated: each run is one race, and the interleavings differ from run to run.
    @RepeatedTest(30)
    void concurrentRequestsWithOneIdempotencyKeyCreateOneRecord() throws Exception {
        String key = "race-" + UUID.randomUUID();
        Map<String, Object> body = Fixtures.youngPerson("NORTH_OOC");
        Callable<Integer> post = () -> Api.as(Persona.CASE_MANAGER_NORTH).header("Idempotency-Key", key).body(body)
                .post(PATH).statusCode();

        List<Integer> statuses = Concurrently.run(post, post);

        assertEquals(List.of(201, 201), statuses);
        assertEquals(1, Db.count("select count(*) from young_person where local_reference = ?",
                body.get("localReference")));
    }

    @Test
    void searchesByNameAndFlagsWithPaging() {
        String family = "Zed" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = Fixtures.youngPerson("NORTH_OOC");
            body.put("familyName", family);
            body.put("givenName", "Child" + i);
            body.put("childInCare", i == 0);
            Fixtures.createYoungPerson(Persona.OPERATIONS_MANAGER_NORTH, body);
        }
        Api.as(Persona.OPERATIONS_MANAGER_NORTH).queryParam("name", family.substring(0, 5).toLowerCase())
                .queryParam("size", 2).queryParam("sort", "-givenName").get(PATH)
                .then().statusCode(200)
                .body("totalItems", equalTo(3)).body("size", equalTo(2)).body("page", equalTo(0))
                .body("items.givenName", equalTo(List.of("Child2", "Child1")));
        Api.as(Persona.OPERATIONS_MANAGER_NORTH).queryParam("name", family).queryParam("childInCare", true).get(PATH)
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].givenName", equalTo("Child0"));
        assertTrue(Db.count("select count(*) from audit_event where action = 'SEARCH' and subject = ?",
                Persona.OPERATIONS_MANAGER_NORTH.subject()) >= 2);
    }

    @Test
    void rejectsBadPagingAndSortParameters() {
        assertValidationProblem(Api.as(Persona.HEAD_OF_SERVICE).queryParam("size", 101).get(PATH), "size");
        assertValidationProblem(Api.as(Persona.HEAD_OF_SERVICE).queryParam("page", -1).get(PATH), "page");
        assertValidationProblem(Api.as(Persona.HEAD_OF_SERVICE).queryParam("sort", "password").get(PATH), "sort");
        assertValidationProblem(Api.as(Persona.HEAD_OF_SERVICE).queryParam("sort", "family name;drop").get(PATH),
                "sort");
    }

    @Test
    void onlyAnOperationsManagerMovesAChildToAnotherTeam() {
        String id = Fixtures.createYoungPerson(Persona.CASE_MANAGER_NORTH);
        Map<String, Object> moved = Fixtures.youngPerson("WEST_OOC");
        assertProblem(Api.as(Persona.CASE_MANAGER_NORTH).header("If-Match", "\"0\"").body(moved)
                .put(PATH + "/" + id), 403);
        Api.as(Persona.OPERATIONS_MANAGER_NORTH).header("If-Match", "\"0\"").body(moved).put(PATH + "/" + id)
                .then().statusCode(200).body("teamCode", equalTo("WEST_OOC")).body("id", notNullValue());
    }
}
