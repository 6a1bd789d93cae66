package uk.yos.devstack.seed;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import uk.yos.common.calendar.WorkingDayCalendar;
import uk.yos.devstack.DevStackException;

/**
 * Writes a synthetic population straight into the four services' databases, consistent across them: case-service
 * first (children, cases, offences, allocations), then the records of the other services that refer to its cases.
 * The databases must already have their schema (the services' Flyway migrations, run when {@code ./yos up} starts
 * them). Every seeded row says {@value #SEED_USER} created it; that is how an existing population is recognised.
 */
public final class PopulationSeeder {

    public static final String SEED_USER = "devstack-seed";

    /**
     * The day the population is seen from: every date is on or before it (bar a few panels scheduled just after),
     * fixed so that one seed always gives the same records.
     */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    private final SeedDatabases databases;
    private final WorkingDayCalendar calendar;
    private final Consumer<String> log;

    public PopulationSeeder(SeedDatabases databases, Path checkoutRoot, Consumer<String> log) {
        this.databases = databases;
        this.calendar = BankHolidays.calendar(checkoutRoot);
        this.log = log;
    }

    /** What was written: rows per table (service/table), and how long it took. */
    public record Result(Map<String, Long> rows, Duration took) {
    }

    public Result seed(SeedOptions options) {
        long start = System.nanoTime();
        try (Connection cases = databases.cases().open();
             Connection orders = databases.referralOrders().open();
             Connection victims = databases.victims().open();
             Connection prevention = databases.prevention().open()) {
            int seededChildren = seededRows(cases, databases.cases(), "young_person");
            int seededReferrals = seededRows(prevention, databases.prevention(), "prevention_referral");
            int seededOthers = seededRows(orders, databases.referralOrders(), "referral_order")
                    + seededRows(victims, databases.victims(), "victim");
            if (seededChildren + seededReferrals + seededOthers > 0 && !options.add()) {
                throw new DevStackException("The databases already hold a seeded population (" + seededChildren
                        + " seeded children). Add another with --add, or start from empty databases: ./yos down, "
                        + "delete .devstack/mariadb, ./yos up.");
            }
            // with --add, numbering goes on after the population there and the random streams differ from its own
            SeedRandom random = new SeedRandom(options.seed() * 31 + seededChildren);
            Map<String, Long> rows = new LinkedHashMap<>();

            log.accept("case-service: " + options.children() + " children, " + options.cases() + " cases ...");
            CasePopulation population = new CaseSeeder(options, AS_OF, calendar, seededChildren).seed(cases, random);
            put(rows, "case-service", population.rows());
            log.accept("referral-order-service: " + population.orderCases().size() + " referral orders ...");
            put(rows, "referral-order-service", new ReferralOrderSeeder(options, AS_OF)
                    .seed(orders, random, population.orderCases()));
            log.accept("victim-service: " + options.victims() + " victims ...");
            put(rows, "victim-service", new VictimSeeder(options, AS_OF, calendar)
                    .seed(victims, random, population.firstOffences()));
            log.accept("prevention-service: " + options.preventionReferrals() + " prevention referrals ...");
            put(rows, "prevention-service", new PreventionSeeder(options, AS_OF, calendar, seededReferrals)
                    .seed(prevention, random, population.children(), population.diversionCases()));
            return new Result(rows, Duration.ofNanos(System.nanoTime() - start));
        } catch (SQLException e) {
            throw new DevStackException("Seeding failed: " + e.getMessage(), e);
        }
    }

    private static void put(Map<String, Long> rows, String service, Map<String, Long> tables) {
        tables.forEach((table, count) -> rows.put(service + "/" + table, count));
    }

    /** Rows of {@code table} the seed wrote; fails clearly when the service has not created its schema yet. */
    private static int seededRows(Connection connection, ServiceDatabase database, String table) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE created_by = '" + SEED_USER
                     + "'")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            if ("42S02".equals(e.getSQLState())) {
                throw new DevStackException(database.service() + "'s database has no table " + table + " yet: its "
                        + "migrations have not run. Wait until ./yos up says the stack is up, then seed.", e);
            }
            throw e;
        } finally {
            connection.rollback();
        }
    }
}
