package uk.yos.common.database;

import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.jboss.logging.Logger;

/**
 * Gives each Flyway migration {@code yos.database.migration-timeout-seconds} for every answer instead of a request's
 * bound, so a long statement (rebuilding a large table) is not cut short, and puts the bound back once it is done.
 * Flyway hands these events the connection the migration runs on (others, such as before and after the whole
 * migrate, get a separate one).
 */
class MigrationWaitBound implements Callback {

    private static final Logger LOG = Logger.getLogger(MigrationWaitBound.class);

    private final int migrationMillis;
    private final int requestBoundMillis;

    MigrationWaitBound(DatabaseSettings settings) {
        this.migrationMillis = Math.multiplyExact(settings.migrationTimeoutSeconds(), 1000);
        this.requestBoundMillis = settings.requestDeadlineMillis();
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE
                || event == Event.AFTER_EACH_MIGRATE_ERROR;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        // Setting a socket timeout sends nothing to the server, so it cannot commit the migration's transaction.
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        if (event == Event.BEFORE_EACH_MIGRATE) {
            try {
                connection.setNetworkTimeout(DatabaseWaitBound.AT_ONCE, migrationMillis);
            } catch (SQLException e) {
                throw new FlywayException("Could not lift the database wait bound for a migration", e);
            }
            return;
        }
        try {
            connection.setNetworkTimeout(DatabaseWaitBound.AT_ONCE, requestBoundMillis);
        } catch (SQLException e) {
            // A failed migration may have broken the connection; the pool restores the bound when it is returned.
            LOG.debugf(e, "Could not restore the database wait bound after a migration");
        }
    }

    @Override
    public String getCallbackName() {
        return "yos-migration-wait-bound";
    }
}
