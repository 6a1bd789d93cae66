package uk.yos.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Pattern;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a service's {@code @QuarkusTest}s a database of their own on the JVM's one embedded MariaDB, and a
 * least-privilege user for it.
 * <p>
 * Declare it once per service module, on any test class:
 *
 * <pre>{@code
 * @QuarkusTestResource(value = MariaDbTestResource.class,
 *         initArgs = @ResourceArg(name = "database", value = "yos_cases"))
 * }</pre>
 *
 * {@code @QuarkusTestResource} (not {@code @WithTestResource}) is the annotation to use on Quarkus 3.32: it is not
 * deprecated there, and the Javadoc of {@code @WithTestResource} itself advises against using that one for now.
 * With its default {@code restrictToAnnotatedClass = false} the resource is global: it applies to <b>every</b> test
 * of the module, whichever class carries the annotation, and Quarkus does not restart between test classes for it.
 * <p>
 * Returns {@code quarkus.datasource.jdbc.url}, {@code quarkus.datasource.username} and
 * {@code quarkus.datasource.password}. The service itself keeps {@code quarkus.datasource.db-kind=mysql} and
 * {@code quarkus.hibernate-orm.database.version-check.enabled=false} (MariaDB reports a version MySQL never had).
 * <p>
 * The database survives application restarts within the JVM (test profiles): tests must not assume it is empty.
 * Use {@link #openConnection(String)} to look at the database directly, e.g. to assert that a rejected request
 * changed nothing.
 */
public class MariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    /** Init arg naming the database (also the name of its user). Required. */
    public static final String DATABASE_ARG = "database";

    // Names go into SQL as identifiers, so only plain ones are accepted (MariaDB's limit is 64 characters).
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final String PASSWORD_PROPERTY_PREFIX = "yos.test.mariadb.password.";

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = checkedName(initArgs.get(DATABASE_ARG));
    }

    @Override
    public Map<String, String> start() {
        if (database == null) {
            throw new IllegalStateException("MariaDbTestResource needs the init arg '" + DATABASE_ARG + "'");
        }
        provision(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.username", username(database),
                "quarkus.datasource.password", password(database));
    }

    /** Nothing to do: the server outlives each Quarkus application and stops with the JVM. */
    @Override
    public void stop() {
    }

    /** The JDBC URL of a database provisioned by {@link #start()} in this JVM. */
    public static String jdbcUrl(String database) {
        return EmbeddedMariaDb.jdbcUrl(checkedName(database));
    }

    /** Each database has a user of the same name. */
    public static String username(String database) {
        return checkedName(database);
    }

    public static String password(String database) {
        String password = System.getProperty(PASSWORD_PROPERTY_PREFIX + checkedName(database));
        if (password == null) {
            throw new IllegalStateException("Database " + database + " was not provisioned by MariaDbTestResource");
        }
        return password;
    }

    /** A raw connection to the database as its own (least-privilege) user. Close it. */
    public static Connection openConnection(String database) throws SQLException {
        return EmbeddedMariaDb.connect(jdbcUrl(database), username(database), password(database));
    }

    /** Creates the database and its user if absent; idempotent, so application restarts can call it again. */
    static synchronized void provision(String database) {
        String passwordProperty = PASSWORD_PROPERTY_PREFIX + database;
        String password = System.getProperty(passwordProperty, EmbeddedMariaDb.randomPassword());
        try (Connection admin = EmbeddedMariaDb.adminConnection(); Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            // '%' covers the TCP connections from 127.0.0.1 that JDBC makes ('localhost' would only match the socket).
            String user = "'" + database + "'@'%'";
            sql.execute("CREATE USER IF NOT EXISTS " + user + " IDENTIFIED BY '" + password + "'");
            sql.execute("ALTER USER " + user + " IDENTIFIED BY '" + password + "'");
            sql.execute("GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + user);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not provision database " + database, e);
        }
        System.setProperty(passwordProperty, password);
    }

    private static String checkedName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "Database name must match " + NAME.pattern() + " (init arg '" + DATABASE_ARG + "'), was: " + name);
        }
        return name;
    }
}
