package uk.yos.devstack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic demo records and the request bodies that carry them: THE place to align with the case-service API.
 * Everyone here is obviously fictional (family names such as "Example", "Sample"); dates are relative to today so
 * the ages always pass the API's rules (child 12-17 today, offence in the last year, so aged 10-17 at the time).
 */
public final class DemoData {

    /**
     * Keycloak ids and names of the demo staff (k8s/keycloak/dev/yos-dev-additions.json), and their team and role in
     * case-service's staff register.
     */
    public record Worker(String username, String id, String name, String team, String teamRole) {
    }

    public static final Worker OPS_MANAGER_NORTH = new Worker("operations-manager-north",
            "6f1c2a80-0000-4000-8000-000000000003", "Olly Northdemo", "NORTH_OOC", "OPERATIONS_MANAGER");
    public static final Worker OPS_MANAGER_WEST = new Worker("operations-manager-west",
            "6f1c2a80-0000-4000-8000-000000000004", "Olwen Westdemo", "WEST_OOC", "OPERATIONS_MANAGER");
    public static final Worker CASE_MANAGER_NORTH = new Worker("case-manager-north",
            "6f1c2a80-0000-4000-8000-000000000001", "Casey Northdemo", "NORTH_OOC", "CASE_MANAGER");
    public static final Worker CASE_MANAGER_WEST = new Worker("case-manager-west",
            "6f1c2a80-0000-4000-8000-000000000002", "Carys Westdemo", "WEST_OOC", "CASE_MANAGER");

    /** The demo user who keeps every team's register. */
    public static final String STAFF_REGISTRAR = "admin";
    /** Demo staff are members of their teams from this many years ago: before any demo or seeded allocation. */
    static final int STAFF_YEARS = 5;

    /** API paths (case-service). */
    public static final String YOUNG_PEOPLE = "/api/v1/young-people";
    public static final String CASES = "/api/v1/cases";
    public static final String STAFF = "/api/v1/staff";

    /** The demo workers who hold cases, registered before any demo case opens. */
    public static List<Worker> staff() {
        return List.of(OPS_MANAGER_NORTH, OPS_MANAGER_WEST, CASE_MANAGER_NORTH, CASE_MANAGER_WEST);
    }

    /** Query that finds a worker in the staff register by their Keycloak id; answers a page. */
    public static String findStaffQuery(String subject) {
        return STAFF + "?subject=" + Http.enc(subject);
    }

    /** Body of {@code POST /api/v1/staff}: full time, in their team and role for {@link #STAFF_YEARS} years. */
    public static ObjectNode staffBody(Worker worker, LocalDate today) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("subject", worker.id());
        body.put("displayName", worker.name());
        body.put("fte", 1.0);
        ObjectNode membership = body.putObject("membership");
        membership.put("teamCode", worker.team());
        membership.put("teamRole", worker.teamRole());
        membership.put("startDate", today.minusYears(STAFF_YEARS).toString());
        return body;
    }

    /** Query that finds a child by local reference; answers a page {@code {items, page, size, totalItems}}. */
    public static String findYoungPersonQuery(String localReference) {
        return YOUNG_PEOPLE + "?localReference=" + Http.enc(localReference);
    }

    /** Query that lists a child's cases (used to finish a child whose case is missing after an interrupted run). */
    public static String findCasesQuery(String youngPersonId) {
        return CASES + "?youngPersonId=" + Http.enc(youngPersonId);
    }

    /** One demo child with one case. */
    public record Child(String localReference, String givenName, String familyName, String preferredName,
                        int ageYears, int extraDays, String gender, String ethnicity, String localityCode,
                        String teamCode, boolean childInCare, boolean send, boolean ehcp,
                        String caseType, String offenceTypeCode, String offenceDescription, int gravityScore,
                        int offenceDaysAgo) {

        public LocalDate dateOfBirth(LocalDate today) {
            return today.minusYears(ageYears).minusDays(extraDays);
        }

        public LocalDate offenceDate(LocalDate today) {
            return today.minusDays(offenceDaysAgo);
        }

        public LocalDate outcomeDate(LocalDate today) {
            return offenceDate(today).plusDays(28);
        }

        /** The operations manager who creates the records (team-scoped access). */
        public Worker creator() {
            return "WEST_OOC".equals(teamCode) ? OPS_MANAGER_WEST : OPS_MANAGER_NORTH;
        }

        public Worker caseManager() {
            return "WEST_OOC".equals(teamCode) ? CASE_MANAGER_WEST : CASE_MANAGER_NORTH;
        }
    }

    private static final List<Child> CHILDREN = List.of(
            child(1, "Alex", "Example", null, 15, "MALE", "WHITE_BRITISH", "NORTHAMPTON", "NORTH_OOC", "YOUTH_CAUTION", "THEFT", "Took a bicycle from outside a shop (demo)", 2),
            child(2, "Bailey", "Sample", "Bay", 16, "FEMALE", "MIXED_WHITE_AND_BLACK_CARIBBEAN", "KETTERING", "NORTH_OOC", "COMMUNITY_RESOLUTION", "CRIMINAL_DAMAGE", "Graffiti on a bus shelter (demo)", 1),
            child(3, "Charlie", "Specimen", null, 14, "NON_BINARY", "WHITE_OTHER", "CORBY", "NORTH_OOC", "YOUTH_CAUTION", "PUBLIC_ORDER", "Threatening behaviour in a park (demo)", 3),
            child(4, "Dani", "Fictional", null, 17, "FEMALE", "ASIAN_PAKISTANI", "WELLINGBOROUGH", "NORTH_OOC", "REFERRAL_ORDER", "VIOLENCE_AGAINST_THE_PERSON", "Common assault on a peer (demo)", 3),
            child(5, "Eli", "Madeup", null, 13, "MALE", "BLACK_AFRICAN", "NORTHAMPTON", "NORTH_OOC", "COMMUNITY_RESOLUTION", "THEFT", "Shoplifting sweets (demo)", 1),
            child(6, "Frankie", "Pretend", "Frank", 16, "MALE", "WHITE_IRISH", "KETTERING", "NORTH_OOC", "YOUTH_REHABILITATION_ORDER", "DRUGS", "Possession with intent, small amount (demo)", 5),
            child(7, "Gabi", "Imaginary", null, 15, "FEMALE", "OTHER_ARAB", "CORBY", "NORTH_OOC", "YOUTH_CAUTION", "CRIMINAL_DAMAGE", "Broke a school window (demo)", 2),
            child(8, "Harley", "Notreal", null, 14, "NOT_STATED", "NOT_STATED", "RUSHDEN", "NORTH_OOC", "COMMUNITY_RESOLUTION", "PUBLIC_ORDER", "Disorderly behaviour (demo)", 1),
            child(9, "Indy", "Mockup", null, 17, "MALE", "ASIAN_INDIAN", "WELLINGBOROUGH", "NORTH_OOC", "REFERRAL_ORDER", "THEFT", "Theft of a mobile phone (demo)", 3),
            child(10, "Jules", "Dummy", null, 16, "FEMALE", "WHITE_GYPSY_OR_IRISH_TRAVELLER", "OUNDLE", "NORTH_OOC", "YOUTH_CAUTION", "DRUGS", "Possession of cannabis (demo)", 2),
            child(11, "Kai", "Example", null, 15, "MALE", "BLACK_CARIBBEAN", "DAVENTRY", "WEST_OOC", "YOUTH_CAUTION", "VIOLENCE_AGAINST_THE_PERSON", "Fight outside school (demo)", 3),
            child(12, "Lee", "Sample", null, 13, "NON_BINARY", "MIXED_WHITE_AND_ASIAN", "TOWCESTER", "WEST_OOC", "COMMUNITY_RESOLUTION", "CRIMINAL_DAMAGE", "Damaged a fence (demo)", 1),
            child(13, "Morgan", "Specimen", "Mo", 16, "FEMALE", "WHITE_BRITISH", "BRACKLEY", "WEST_OOC", "REFERRAL_ORDER", "THEFT", "Theft from a vehicle (demo)", 3),
            child(14, "Nico", "Fictional", null, 17, "MALE", "ASIAN_BANGLADESHI", "NORTHAMPTON", "WEST_OOC", "YOUTH_REHABILITATION_ORDER", "VIOLENCE_AGAINST_THE_PERSON", "Assault causing actual bodily harm (demo)", 5),
            child(15, "Oakley", "Madeup", null, 14, "FEMALE", "ASIAN_CHINESE", "DAVENTRY", "WEST_OOC", "YOUTH_CAUTION", "PUBLIC_ORDER", "Public order offence at a match (demo)", 2),
            child(16, "Parker", "Pretend", null, 15, "MALE", "WHITE_ROMA", "TOWCESTER", "WEST_OOC", "COMMUNITY_RESOLUTION", "THEFT", "Took a phone charger (demo)", 1),
            child(17, "Quinn", "Imaginary", null, 16, "NOT_KNOWN", "MIXED_OTHER", "BRACKLEY", "WEST_OOC", "YOUTH_CAUTION", "DRUGS", "Possession of a class B drug (demo)", 2),
            child(18, "Rowan", "Notreal", null, 12, "MALE", "BLACK_OTHER", "NORTHAMPTON", "WEST_OOC", "COMMUNITY_RESOLUTION", "CRIMINAL_DAMAGE", "Scratched a parked car (demo)", 1),
            child(19, "Sasha", "Mockup", null, 17, "FEMALE", "OTHER_ANY", "DAVENTRY", "WEST_OOC", "REFERRAL_ORDER", "PUBLIC_ORDER", "Affray (demo)", 4),
            child(20, "Taylor", "Dummy", null, 15, "MALE", "MIXED_WHITE_AND_BLACK_AFRICAN", "TOWCESTER", "WEST_OOC", "YOUTH_CAUTION", "VIOLENCE_AGAINST_THE_PERSON", "Common assault (demo)", 3));

    private DemoData() {
    }

    private static Child child(int n, String given, String family, String preferred, int age, String gender,
                               String ethnicity, String locality, String team, String caseType, String offenceType,
                               String description, int gravity) {
        return new Child(String.format("DEMO-%04d", n), given, family, preferred, age, (n * 37) % 300 + 1, gender,
                ethnicity, locality, team, n % 7 == 0, n % 4 == 0, n % 8 == 0, caseType, offenceType, description,
                gravity, 60 + (n * 11) % 240);
    }

    public static List<Child> children() {
        return CHILDREN;
    }

    /** Body of {@code POST /api/v1/young-people}. */
    public static ObjectNode youngPersonBody(Child c, LocalDate today) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("localReference", c.localReference());
        body.put("givenName", c.givenName());
        body.put("familyName", c.familyName());
        if (c.preferredName() != null) {
            body.put("preferredName", c.preferredName());
        }
        body.put("dateOfBirth", c.dateOfBirth(today).toString());
        body.put("gender", c.gender());
        body.put("ethnicity", c.ethnicity());
        body.put("localityCode", c.localityCode());
        body.put("teamCode", c.teamCode());
        body.put("childInCare", c.childInCare());
        body.put("send", c.send());
        body.put("ehcp", c.ehcp());
        return body;
    }

    /** Body of {@code POST /api/v1/cases}. */
    public static ObjectNode caseBody(Child c, String youngPersonId, LocalDate today) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("youngPersonId", youngPersonId);
        body.put("caseType", c.caseType());
        body.put("outcomeDate", c.outcomeDate(today).toString());
        body.put("owningTeamCode", c.teamCode());
        body.putObject("primaryCaseManager").put("workerId", c.caseManager().id());
        ObjectNode offence = body.putArray("offences").addObject();
        offence.put("offenceTypeCode", c.offenceTypeCode());
        offence.put("description", c.offenceDescription());
        offence.put("gravityScore", c.gravityScore());
        offence.put("offenceDate", c.offenceDate(today).toString());
        return body;
    }

    /** The demo users of the dev realm, for the summary printed by {@code ./yos up}. */
    public static List<String> demoUsernames() {
        List<String> names = new ArrayList<>();
        RealmFiles.devAdditions().path("users").forEach(u -> names.add(u.path("username").asText()));
        return names;
    }
}
