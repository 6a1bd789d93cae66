package uk.yos.devstack.seed;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import uk.yos.common.calendar.WorkingDayCalendar;
import uk.yos.devstack.DevStackException;

/**
 * case-service's part of a population: children, their cases (each with offences, allocations to the owning team's
 * workers and, once closed, the closure; while open, its practice record: {@link PracticeRecordSeeder}), among them the referral-order cases and the cautions opened by prevention
 * decisions that the other services' records refer to. Every child is 10 to 17 on each offence date; an outcome
 * follows its offences, a closure its outcome; the child's first formal outcome makes them a first-time entrant.
 */
final class CaseSeeder {

    /** Who the seeded rows say created them; also how a seeded population is recognised. */
    static final String SEED_USER = PopulationSeeder.SEED_USER;
    static final String SOURCE_PREFIX = "prevention-referral:";

    private static final int WORKERS_PER_TEAM = 24;
    /** Seeded workers are in their teams from this many years before the seed's date: before any allocation. */
    private static final int STAFF_YEARS = 5;

    private static final String[] TYPES = {"COMMUNITY_RESOLUTION", "OUTCOME_21", "OUTCOME_22_DEFERRED_PROSECUTION",
        "YOUTH_CAUTION", "YOUTH_CONDITIONAL_CAUTION", "OUTCOME_23", "YOUTH_DIVERSION_ORDER",
        "YOUTH_REHABILITATION_ORDER", "YOUTH_REHABILITATION_ORDER_WITH_ISS", "DETENTION_AND_TRAINING_ORDER",
        "LONGER_CUSTODIAL_SENTENCE", "BAIL_SUPERVISION", "REMAND_TO_YOUTH_DETENTION_ACCOMMODATION", "PREVENTION"};
    private static final int[] TYPE_WEIGHTS = {22, 4, 10, 9, 6, 2, 2, 10, 2, 2, 1, 6, 2, 10};
    private static final Set<String> OUT_OF_COURT = Set.of("COMMUNITY_RESOLUTION", "OUTCOME_21",
            "OUTCOME_22_DEFERRED_PROSECUTION", "YOUTH_CAUTION", "YOUTH_CONDITIONAL_CAUTION", "OUTCOME_23",
            "YOUTH_DIVERSION_ORDER", "PREVENTION");
    private static final Set<String> BAIL_AND_REMAND = Set.of("BAIL_SUPERVISION",
            "REMAND_TO_YOUTH_DETENTION_ACCOMMODATION");
    /** Outcomes that make a child a first-time entrant (the case-service rule: cautions and convictions). */
    private static final Set<String> FORMAL = Set.of("YOUTH_CAUTION", "YOUTH_CONDITIONAL_CAUTION", "REFERRAL_ORDER",
            "YOUTH_REHABILITATION_ORDER", "YOUTH_REHABILITATION_ORDER_WITH_ISS", "DETENTION_AND_TRAINING_ORDER",
            "LONGER_CUSTODIAL_SENTENCE");

    private static final String[] AREAS = {"NORTH", "WEST"};
    private static final Map<String, String[]> LOCALITIES = Map.of(
            "NORTH", new String[] {"KETTERING", "CORBY", "WELLINGBOROUGH", "RUSHDEN", "OUNDLE"},
            "WEST", new String[] {"NORTHAMPTON", "DAVENTRY", "TOWCESTER", "BRACKLEY"});
    private static final String COURT_TEAM = "COURT";

    private static final String[] GENDERS = {"MALE", "FEMALE", "NON_BINARY", "NOT_KNOWN", "NOT_STATED"};
    private static final int[] GENDER_WEIGHTS = {70, 25, 2, 1, 2};
    private static final String[] ETHNICITIES = {"ASIAN_BANGLADESHI", "ASIAN_CHINESE", "ASIAN_INDIAN",
        "ASIAN_PAKISTANI", "ASIAN_OTHER", "BLACK_AFRICAN", "BLACK_CARIBBEAN", "BLACK_OTHER", "MIXED_WHITE_AND_ASIAN",
        "MIXED_WHITE_AND_BLACK_AFRICAN", "MIXED_WHITE_AND_BLACK_CARIBBEAN", "MIXED_OTHER", "WHITE_BRITISH",
        "WHITE_IRISH", "WHITE_GYPSY_OR_IRISH_TRAVELLER", "WHITE_ROMA", "WHITE_OTHER", "OTHER_ARAB", "OTHER_ANY",
        "NOT_STATED"};
    private static final int[] ETHNICITY_WEIGHTS = {1, 1, 2, 2, 1, 3, 2, 1, 1, 1, 3, 2, 65, 1, 2, 1, 6, 1, 1, 3};

    static final String[] OFFENCE_TYPES = {"VIOLENCE_AGAINST_THE_PERSON", "SEXUAL_OFFENCES", "ROBBERY", "BURGLARY",
        "THEFT", "VEHICLE_THEFT", "FRAUD_AND_FORGERY", "CRIMINAL_DAMAGE", "ARSON", "DRUGS", "PUBLIC_ORDER",
        "RACIALLY_OR_RELIGIOUSLY_AGGRAVATED", "POSSESSION_OF_WEAPON", "MOTORING", "BREACH_OF_BAIL",
        "BREACH_OF_STATUTORY_ORDER", "OTHER"};
    private static final int[] OFFENCE_WEIGHTS = {28, 2, 4, 4, 14, 3, 1, 10, 1, 9, 6, 1, 4, 6, 2, 2, 3};

    private static final String[] CLOSURE_REASONS = {"COMPLETED", "NO_FURTHER_ACTION", "TRANSFERRED_TO_ANOTHER_YOS",
        "TRANSFERRED_TO_PROBATION", "BREACH_RESENTENCED", "OTHER"};
    private static final int[] CLOSURE_WEIGHTS = {80, 6, 4, 4, 4, 2};

    /** The demo case managers (their Keycloak subjects): some of their own team's cases are allocated to them. */
    private static final Map<String, Worker> DEMO_CASE_MANAGERS = Map.of(
            "NORTH_OOC", new Worker("6f1c2a80-0000-4000-8000-000000000001", "Demo case manager (north)"),
            "WEST_OOC", new Worker("6f1c2a80-0000-4000-8000-000000000002", "Demo case manager (west)"));

    private final SeedOptions options;
    private final LocalDate asOf;
    private final WorkingDayCalendar calendar;
    private final int childOffset;

    /**
     * @param childOffset children already seeded (with {@code --add}): numbers local references and PNC ids on
     *                    from there, so they stay unique
     */
    CaseSeeder(SeedOptions options, LocalDate asOf, WorkingDayCalendar calendar, int childOffset) {
        this.options = options;
        this.asOf = asOf;
        this.calendar = calendar;
        this.childOffset = childOffset;
    }

    private record Worker(String id, String name) {
    }

    /** One case before it is written: its child's cases are ordered by outcome to find the first formal one. */
    private static final class Draft {
        String type;
        int role;
        LocalDate offenceDate;
        LocalDate outcomeDate;
        LocalDate receivedOn;
        OrderTimeline order;
    }

    CasePopulation seed(Connection connection, SeedRandom random) {
        SeedRandom people = random.stream("children");
        SeedRandom cases = random.stream("cases");
        Map<String, List<Worker>> workers = workers(random.stream("workers"));
        int[] caseCounts = caseCounts(random.stream("case-counts"));
        int[] roles = roles(random.stream("case-roles"));

        List<SeededChild> children = new ArrayList<>(options.children());
        List<SeededOffence> firstOffences = new ArrayList<>(options.cases());
        List<OrderCase> orderCases = new ArrayList<>(options.referralOrders());
        List<DiversionCase> diversionCases = new ArrayList<>(options.diversionCases());
        try (Batches batches = new Batches(connection)) {
            BatchInsert youngPerson = batches.table("young_person", "id", "version", "local_reference", "pnc_id",
                    "given_name", "family_name", "preferred_name", "date_of_birth", "gender", "ethnicity",
                    "locality_code", "area_code", "team_code", "child_in_care", "send", "ehcp", "created_at",
                    "created_by", "updated_at", "updated_by");
            BatchInsert caseRecord = batches.table("case_record", "id", "version", "young_person_id", "case_type",
                    "outcome_date", "owning_team_code", "status", "first_time_entrant", "closure_reason", "closed_on",
                    "ete_hours_at_closure", "accommodation_suitable", "end_of_order_questionnaire", "created_at",
                    "created_by", "updated_at", "updated_by", "source_reference", "young_person_matched");
            BatchInsert offence = batches.table("offence", "id", "case_id", "offence_type_code", "description",
                    "gravity_score", "offence_date", "recorded_at", "recorded_by");
            BatchInsert statusChange = batches.table("case_status_change", "id", "case_id", "status", "reason",
                    "effective_on", "changed_at", "changed_by");
            BatchInsert allocation = batches.table("allocation", "id", "case_id", "allocation_role", "worker_id",
                    "worker_name", "start_date", "end_date", "allocated_at", "allocated_by", "ended_by");
            registerStaff(connection, batches, workers, random.stream("staff"));
            PracticeRecordSeeder practice = new PracticeRecordSeeder(batches, asOf, calendar);
            SeedRandom practiceRandom = random.stream("practice-records");

            int caseIndex = 0;
            for (int i = 0; i < options.children(); i++) {
                int number = childOffset + i;
                LocalDate dateOfBirth = people.dateBetween(asOf.minusYears(19), asOf.minusYears(11));
                // every offence falls while the child is 10 to 17, and early enough for its outcome to follow
                LocalDate firstOffenceDay = max(dateOfBirth.plusYears(10), asOf.minusYears(3));
                LocalDate lastOffenceDay = min(dateOfBirth.plusYears(18).minusDays(10), asOf.minusDays(30));
                List<Draft> drafts = new ArrayList<>();
                for (int c = 0; c < caseCounts[i]; c++) {
                    drafts.add(draft(cases, roles[caseIndex++], firstOffenceDay, lastOffenceDay));
                }
                drafts.sort(Comparator.comparing((Draft d) -> d.outcomeDate));

                String area = people.pick(AREAS);
                LocalDateTime childCreated = people.during(drafts.get(0).offenceDate);
                SeededChild child = new SeededChild(people.uuid(childCreated),
                        people.chance(0.6) ? pncId(number) : null, FictionalNames.given(people),
                        FictionalNames.family(people), dateOfBirth,
                        people.weighted(GENDERS, GENDER_WEIGHTS), people.weighted(ETHNICITIES, ETHNICITY_WEIGHTS),
                        people.pick(LOCALITIES.get(area)), area, people.chance(0.08), people.chance(0.2),
                        people.chance(0.07));
                children.add(child);
                youngPerson.row(child.id(), 0, String.format("SEED-%07d", number), child.pncId(), child.givenName(),
                        child.familyName(), people.chance(0.1) ? FictionalNames.given(people) : null,
                        child.dateOfBirth(), child.gender(), child.ethnicity(), child.localityCode(), area,
                        outOfCourtTeam(area), child.inCare(), child.send(), child.ehcp(), childCreated, SEED_USER,
                        childCreated, SEED_USER);

                boolean firstTimeEntrantFound = false;
                for (Draft d : drafts) {
                    boolean firstTimeEntrant = !firstTimeEntrantFound && FORMAL.contains(d.type);
                    firstTimeEntrantFound |= firstTimeEntrant;
                    String team = BAIL_AND_REMAND.contains(d.type) ? COURT_TEAM
                            : OUT_OF_COURT.contains(d.type) ? outOfCourtTeam(area) : postCourtTeam(area);
                    LocalDateTime created = cases.during(d.outcomeDate);
                    byte[] caseId = cases.uuid(created);
                    LocalDate closedOn = d.order != null ? d.order.completedOn() : closedOn(cases, d.outcomeDate);
                    String closureReason = closedOn == null ? null
                            : d.order != null ? "COMPLETED" : cases.weighted(CLOSURE_REASONS, CLOSURE_WEIGHTS);
                    LocalDateTime closedAt = closedOn == null ? null : cases.during(closedOn);
                    byte[] referralId = d.role == ROLE_DIVERSION ? cases.uuid(cases.during(d.receivedOn)) : null;
                    caseRecord.row(caseId, closedOn == null ? 0 : 1, child.id(), d.type, d.outcomeDate, team,
                            closedOn == null ? "OPEN" : "CLOSED", firstTimeEntrant, closureReason, closedOn,
                            closedOn == null ? null : cases.between(0, 25),
                            closedOn == null ? null : cases.chance(0.9),
                            closedOn == null ? null : cases.chance(0.7), created, SEED_USER,
                            closedAt == null ? created : closedAt, SEED_USER,
                            referralId == null ? null : SOURCE_PREFIX + uuid(referralId),
                            referralId == null ? null : Boolean.TRUE);

                    SeededOffence first = null;
                    int offences = 1 + (cases.chance(0.35) ? 1 : 0) + (cases.chance(0.1) ? 1 : 0);
                    for (int o = 0; o < offences; o++) {
                        LocalDate date = o == 0 ? d.offenceDate
                                : max(d.offenceDate.minusDays(cases.between(1, 30)), dateOfBirth.plusYears(10));
                        String type = cases.weighted(OFFENCE_TYPES, OFFENCE_WEIGHTS);
                        int gravity = cases.chance(0.85) ? cases.between(1, 4) : cases.between(5, 8);
                        String description = "Seeded offence: " + type.toLowerCase(java.util.Locale.ROOT)
                                .replace('_', ' ') + " (fictional)";
                        byte[] offenceId = cases.uuid(created);
                        offence.row(offenceId, caseId, type, description, gravity, date, created, SEED_USER);
                        if (o == 0) {
                            first = new SeededOffence(caseId, offenceId, child, date, d.outcomeDate, type,
                                    description, gravity);
                        }
                    }
                    firstOffences.add(first);

                    List<Worker> pool = workers.get(team);
                    Worker primary = team.equals(outOfCourtTeam(area)) && cases.chance(0.04)
                            ? DEMO_CASE_MANAGERS.get(team) : cases.pick(pool);
                    allocation.row(cases.uuid(created), caseId, "PRIMARY_CASE_MANAGER", primary.id(), primary.name(),
                            d.outcomeDate, closedOn, created, SEED_USER, closedOn == null ? null : SEED_USER);
                    if (cases.chance(0.25)) {
                        Worker secondary = cases.pick(pool);
                        if (!secondary.equals(primary)) {
                            allocation.row(cases.uuid(created), caseId, "SECONDARY_WORKER", secondary.id(),
                                    secondary.name(), d.outcomeDate, closedOn, created, SEED_USER,
                                    closedOn == null ? null : SEED_USER);
                        }
                    }
                    if (closedOn == null) {
                        practice.seed(practiceRandom, caseId, child.id(), d.type, team, d.outcomeDate, created,
                                primary.id(), primary.name());
                    }
                    if (closedOn != null) {
                        statusChange.row(cases.uuid(closedAt), caseId, "CLOSED",
                                "Closed: " + closureReason.toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                                closedOn, closedAt, SEED_USER);
                    }
                    if (d.order != null) {
                        orderCases.add(new OrderCase(caseId, child, team, d.order));
                    }
                    if (referralId != null) {
                        diversionCases.add(new DiversionCase(referralId, caseId, d.type, team, d.receivedOn,
                                d.outcomeDate, first));
                    }
                }
            }
            batches.close();
            return new CasePopulation(children, firstOffences, orderCases, diversionCases, batches.counts());
        }
    }

    private static final int ROLE_ANY = 0;
    private static final int ROLE_ORDER = 1;
    private static final int ROLE_DIVERSION = 2;

    private Draft draft(SeedRandom random, int role, LocalDate firstOffenceDay, LocalDate lastOffenceDay) {
        Draft d = new Draft();
        d.role = role;
        d.offenceDate = random.dateBetween(firstOffenceDay, lastOffenceDay);
        switch (role) {
            case ROLE_ORDER -> {
                d.type = "REFERRAL_ORDER";
                d.outcomeDate = min(d.offenceDate.plusDays(random.between(14, 120)), asOf);
                d.order = OrderTimeline.plan(random, d.outcomeDate, asOf, calendar);
            }
            case ROLE_DIVERSION -> {
                // referred within days of the offence; the joint decision (the case's outcome) a few weeks later
                d.type = random.chance(0.6) ? "YOUTH_CAUTION" : "YOUTH_CONDITIONAL_CAUTION";
                d.receivedOn = d.offenceDate.plusDays(random.between(1, 5));
                d.outcomeDate = min(d.receivedOn.plusDays(random.between(10, 40)), asOf);
            }
            default -> {
                d.type = random.weighted(TYPES, TYPE_WEIGHTS);
                d.outcomeDate = min(d.offenceDate.plusDays(random.between(14, 120)), asOf);
            }
        }
        return d;
    }

    /** Older cases are mostly closed: 2 to 14 months after the outcome, if that is past. */
    private LocalDate closedOn(SeedRandom random, LocalDate outcomeDate) {
        LocalDate closedOn = outcomeDate.plusDays(random.between(60, 420));
        return closedOn.isAfter(asOf) ? null : closedOn;
    }

    /** Every child has one case at least; the other cases go to children at random. */
    private int[] caseCounts(SeedRandom random) {
        int[] counts = new int[options.children()];
        java.util.Arrays.fill(counts, 1);
        for (int extra = options.cases() - options.children(); extra > 0; extra--) {
            counts[random.nextInt(counts.length)]++;
        }
        return counts;
    }

    /** Which cases (by the order they are written) are referral orders and which prevention decisions' cautions. */
    private int[] roles(SeedRandom random) {
        int[] order = new int[options.cases()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int chosen = options.referralOrders() + options.diversionCases();
        for (int i = 0; i < chosen; i++) { // the first `chosen` places of a Fisher-Yates shuffle
            int j = i + random.nextInt(order.length - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] roles = new int[options.cases()];
        for (int i = 0; i < chosen; i++) {
            roles[order[i]] = i < options.referralOrders() ? ROLE_ORDER : ROLE_DIVERSION;
        }
        return roles;
    }

    /**
     * The workers cases are allocated to, in the staff register: each a case manager of their team since before any
     * seeded allocation starts, so every seeded allocation meets case-service's rule. The demo case managers are
     * registered too unless they already are (by an earlier seed, or by {@code ./yos up --demo-data}).
     */
    private void registerStaff(Connection connection, Batches batches, Map<String, List<Worker>> workers,
            SeedRandom random) {
        BatchInsert member = batches.table("staff_member", "id", "version", "subject", "display_name", "fte",
                "created_at", "created_by", "updated_at", "updated_by");
        BatchInsert membership = batches.table("staff_membership", "id", "staff_member_id", "team_code",
                "team_role", "start_date", "end_date", "added_at", "added_by", "ended_by");
        LocalDate since = asOf.minusYears(STAFF_YEARS);
        LocalDateTime registered = since.atTime(9, 0);
        Map<String, List<Worker>> toRegister = new TreeMap<>(workers);
        DEMO_CASE_MANAGERS.forEach((team, demo) -> {
            if (!isRegistered(connection, demo.id())) {
                List<Worker> pool = new ArrayList<>(toRegister.get(team));
                pool.add(demo);
                toRegister.put(team, pool);
            }
        });
        toRegister.forEach((team, pool) -> pool.forEach(worker -> {
            byte[] id = random.uuid(registered);
            member.row(id, 0, worker.id(), worker.name(), BigDecimal.ONE, registered, SEED_USER,
                    registered, SEED_USER);
            membership.row(random.uuid(registered), id, team, "CASE_MANAGER", since, null, registered, SEED_USER,
                    null);
        }));
    }

    private static boolean isRegistered(Connection connection, String subject) {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM staff_member WHERE subject = ?")) {
            query.setString(1, subject);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new DevStackException("Cannot read the staff register: " + e.getMessage(), e);
        }
    }

    private static Map<String, List<Worker>> workers(SeedRandom random) {
        Map<String, List<Worker>> workers = new java.util.HashMap<>();
        for (String team : List.of(COURT_TEAM, "NORTH_OOC", "WEST_OOC", "NORTH_POST_COURT", "WEST_POST_COURT")) {
            List<Worker> pool = new ArrayList<>();
            for (int i = 0; i < WORKERS_PER_TEAM; i++) {
                pool.add(new Worker(random.subject(), FictionalNames.full(random)));
            }
            workers.put(team, pool);
        }
        return workers;
    }

    /**
     * A valid PNC id ({@code YYYY/NNNNNNNL}, the check letter over the year's last two digits and the number), one
     * per child number; serials from 9,000,000 keep clear of the small numbers hand-made records use.
     */
    static String pncId(int number) {
        int year = 2018 + number % 8;
        int serial = 9_000_000 + number / 8;
        long checked = Long.parseLong(String.format("%02d%07d", year % 100, serial));
        return String.format("%d/%07d%c", year, serial, "ZABCDEFGHJKLMNPQRTUVWXY".charAt((int) (checked % 23)));
    }

    static String outOfCourtTeam(String area) {
        return area + "_OOC";
    }

    static String postCourtTeam(String area) {
        return area + "_POST_COURT";
    }

    static UUID uuid(byte[] bytes) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
