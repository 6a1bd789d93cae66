package uk.yos.cases;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;
import uk.yos.testsupport.Persona;

/**
 * The staff register the module's tests rely on, written through the API as admin: the personas who hold cases
 * are members of their teams from long before the test clock's today, so a case manager can open a case with
 * themselves as primary case manager. Tests of the register's own rules register workers of their own
 * ({@link #register}), with subjects no other test uses.
 */
public final class StaffFixtures {

    /** Long before any date a test allocates on. */
    public static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);

    private static boolean personasRegistered;

    private StaffFixtures() {
    }

    /** Registers the case-holding personas once per test JVM (the database outlives a restart of the app). */
    public static synchronized void personasRegistered() {
        if (personasRegistered) {
            return;
        }
        registerPersona(Persona.CASE_MANAGER_NORTH, "NORTH_OOC", "CASE_MANAGER");
        registerPersona(Persona.CASE_MANAGER_WEST, "WEST_OOC", "CASE_MANAGER");
        registerPersona(Persona.OPERATIONS_MANAGER_NORTH, "NORTH_OOC", "OPERATIONS_MANAGER");
        registerPersona(Persona.OPERATIONS_MANAGER_WEST, "WEST_OOC", "OPERATIONS_MANAGER");
        registerPersona(Persona.RJ_WORKER, "NORTH_OOC", "VICTIM_RJ");
        // The North case manager also covers West cases (their token's team stays North): the tests of a case
        // manager allocated to another team's case allocate them there.
        String northCaseManager = Api.as(Persona.ADMIN).queryParam("subject", Persona.CASE_MANAGER_NORTH.subject())
                .get("/api/v1/staff").then().extract().path("items[0].id");
        String path = "/api/v1/staff/" + northCaseManager;
        Response member = Api.as(Persona.ADMIN).get(path);
        if (member.path("memberships.find { it.teamCode == 'WEST_OOC' }") == null) {
            Api.as(Persona.ADMIN).header("If-Match", member.header("ETag"))
                    .body(membership("WEST_OOC", "CASE_MANAGER", LONG_AGO, null)).post(path + "/memberships")
                    .then().statusCode(201);
        }
        personasRegistered = true;
    }

    private static void registerPersona(Persona persona, String team, String teamRole) {
        int found = Api.as(Persona.ADMIN).queryParam("subject", persona.subject()).get("/api/v1/staff")
                .then().statusCode(200).extract().path("totalItems");
        if (found == 0) {
            register(Persona.ADMIN, registration(persona.subject(), persona.username(), team, teamRole, LONG_AGO,
                    null));
        }
    }

    /** A subject no other test uses, as Keycloak makes them. */
    public static String newSubject() {
        return UUID.randomUUID().toString();
    }

    public static Map<String, Object> membership(String team, String teamRole, LocalDate start, LocalDate end) {
        Map<String, Object> body = new HashMap<>();
        body.put("teamCode", team);
        body.put("teamRole", teamRole);
        body.put("startDate", start.toString());
        if (end != null) {
            body.put("endDate", end.toString());
        }
        return body;
    }

    public static Map<String, Object> registration(String subject, String name, String team, String teamRole,
            LocalDate start, LocalDate end) {
        Map<String, Object> body = new HashMap<>();
        body.put("subject", subject);
        body.put("displayName", name);
        body.put("fte", 1.0);
        body.put("membership", membership(team, teamRole, start, end));
        return body;
    }

    /** Registers a worker; answers their id. */
    public static String register(Persona as, Map<String, Object> registration) {
        return Api.as(as).body(registration).post("/api/v1/staff").then().statusCode(201).extract().path("id");
    }

    /** A new worker in one team and role from {@code start} to {@code end} (null: open); answers their subject. */
    public static String newWorker(String team, String teamRole, LocalDate start, LocalDate end) {
        String subject = newSubject();
        register(Persona.ADMIN, registration(subject, "Worker " + subject.substring(0, 8), team, teamRole, start,
                end));
        return subject;
    }

    /** A new worker in one team and role since long ago; answers their subject. */
    public static String newWorker(String team, String teamRole) {
        return newWorker(team, teamRole, LONG_AGO, null);
    }
}
