package uk.yos.common.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;

/**
 * Bounds every wait for an answer on a connection the pool hands out: Quarkus registers this bean with the
 * datasource's pool. On acquisition the connection's network timeout (Connector/J's socket read timeout) becomes the
 * time the current request has left, or the whole {@code yos.database.request-deadline-millis} for work outside a
 * request. A connection waiting in the pool (new, or given back) has the short
 * {@code yos.database.transaction-start-timeout-millis} instead: the pool enlists a connection in the caller's
 * transaction (Connector/J sends {@code SET autocommit=0}) before it calls {@link #onConnectionAcquire}, so that one
 * round trip has the bound the connection waited with, and a write that had waited for the pool must not wait the
 * whole bound again there.
 */
@ApplicationScoped
public class DatabaseWaitBound implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(DatabaseWaitBound.class);
    /**
     * Connector/J hands the new timeout to this executor; running it at once, on the calling thread, is what Agroal
     * itself does when it resets a connection, so the timeout is in force before the connection is used.
     */
    static final Executor AT_ONCE = Runnable::run;
    /** A network timeout of 0 means none at all, so a request past its deadline still gets the shortest bound. */
    private static final int SHORTEST_MILLIS = 1;

    private final RequestDeadline deadline;
    private final BooleanSupplier inRequestContext;
    private final int wholeBoundMillis;
    private final int idleBoundMillis;

    @Inject
    public DatabaseWaitBound(RequestDeadline deadline, DatabaseSettings settings) {
        this(deadline, settings, () -> Arc.container().requestContext().isActive());
    }

    DatabaseWaitBound(RequestDeadline deadline, DatabaseSettings settings, BooleanSupplier inRequestContext) {
        this.deadline = deadline;
        this.inRequestContext = inRequestContext;
        this.wholeBoundMillis = settings.requestDeadlineMillis();
        this.idleBoundMillis = Math.min(settings.transactionStartTimeoutMillis(), wholeBoundMillis);
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        setNetworkTimeout(connection, boundMillis());
    }

    @Override
    public void onConnectionCreate(Connection connection) {
        setNetworkTimeout(connection, idleBoundMillis);
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        setNetworkTimeout(connection, idleBoundMillis);
    }

    /** What the work acquiring a connection now may still wait. */
    int boundMillis() {
        // The audit writer's and the pool's own threads have no request context (the deadline bean would refuse).
        if (!inRequestContext.getAsBoolean()) {
            return wholeBoundMillis;
        }
        OptionalLong remaining = deadline.remainingMillis();
        if (remaining.isEmpty()) {
            return wholeBoundMillis;
        }
        return (int) Math.max(SHORTEST_MILLIS, Math.min(remaining.getAsLong(), wholeBoundMillis));
    }

    private static void setNetworkTimeout(Connection connection, int millis) {
        try {
            connection.setNetworkTimeout(AT_ONCE, millis);
        } catch (SQLException e) {
            // A closed or broken connection: its next use fails as a connection error (a 503), and the pool evicts it.
            LOG.debugf(e, "Could not set the network timeout of a pooled connection to %d ms", millis);
        }
    }
}
