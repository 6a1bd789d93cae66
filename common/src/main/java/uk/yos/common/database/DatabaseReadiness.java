package uk.yos.common.database;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;

/**
 * Readiness of the service's database, answered within {@code yos.database.readiness-timeout-millis} even when the
 * server accepts connections but never answers (Quarkus's own check would wait for the pool and the driver).
 * One check runs at a time on its own thread: a probe that arrives while the previous check is still waiting
 * waits for that same check, so a frozen database never piles up probe threads.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class);
    static final String NAME = "database";

    private final AgroalDataSource dataSource;
    private final long timeoutMillis;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "database-readiness");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Boolean> current;

    public DatabaseReadiness(AgroalDataSource dataSource, DatabaseSettings settings) {
        this.dataSource = dataSource;
        this.timeoutMillis = settings.readinessTimeoutMillis();
    }

    @Override
    public HealthCheckResponse call() {
        try {
            return currentCheck().get(timeoutMillis, TimeUnit.MILLISECONDS)
                    ? HealthCheckResponse.up(NAME)
                    : down("a connection to the database failed validation");
        } catch (TimeoutException e) {
            return down("the database did not answer within " + timeoutMillis + " ms");
        } catch (ExecutionException e) {
            LOG.debugf(e.getCause(), "Database readiness check failed");
            return down("no connection to the database");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("the check was interrupted");
        }
    }

    /** The check still waiting for the database, or a new one. */
    private synchronized Future<Boolean> currentCheck() {
        if (current == null || current.isDone()) {
            // Validates a pooled connection (a ping bounded by quarkus.datasource.jdbc.validation-query-timeout) and
            // evicts it when it fails, so broken connections leave the pool while the database is away.
            current = checker.submit(() -> dataSource.isHealthy(false));
        }
        return current;
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named(NAME).down().withData("reason", reason).build();
    }

    @PreDestroy
    void stop() {
        checker.shutdownNow();
    }
}
