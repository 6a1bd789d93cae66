package uk.yos.common.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Test;

/** Each migration waits up to the migration bound for an answer, and its connection gets the request bound back. */
class MigrationWaitBoundTest {

    private final MigrationWaitBound callback = new MigrationWaitBound(TestDatabaseSettings.defaults());
    private final NetworkTimeouts timeouts = new NetworkTimeouts();

    @Test
    void liftsTheBoundOnTheMigrationConnectionForEachMigrationAndPutsItBack() {
        callback.handle(Event.BEFORE_EACH_MIGRATE, context(timeouts.connection()));
        callback.handle(Event.AFTER_EACH_MIGRATE, context(timeouts.connection()));
        callback.handle(Event.BEFORE_EACH_MIGRATE, context(timeouts.connection()));
        callback.handle(Event.AFTER_EACH_MIGRATE_ERROR, context(timeouts.connection()));

        assertEquals(List.of(600_000, 5000, 600_000, 5000), timeouts.set);
    }

    @Test
    void handlesOnlyTheEventsOnTheMigrationsOwnConnection() {
        Context context = context(timeouts.connection());
        assertTrue(callback.supports(Event.BEFORE_EACH_MIGRATE, context));
        assertTrue(callback.supports(Event.AFTER_EACH_MIGRATE_ERROR, context));
        // Flyway runs these on a separate event connection, not the one the migrations use.
        assertFalse(callback.supports(Event.BEFORE_MIGRATE, context));
        assertFalse(callback.supports(Event.AFTER_MIGRATE, context));
    }

    @Test
    void aMigrationThatCannotHaveItsBoundLiftedDoesNotStart() {
        timeouts.closed = true;
        assertThrows(FlywayException.class,
                () -> callback.handle(Event.BEFORE_EACH_MIGRATE, context(timeouts.connection())));
        // After a failed migration the connection may be broken; the pool restores its bound on return.
        callback.handle(Event.AFTER_EACH_MIGRATE_ERROR, context(timeouts.connection()));
    }

    private static Context context(Connection connection) {
        return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return connection;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
