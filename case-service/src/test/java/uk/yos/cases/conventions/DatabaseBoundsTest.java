package uk.yos.cases.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.time.Duration;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The service runs with common's one total for a request's database waits: the pool's wait for a connection and the
 * driver's for a connection or an answer are each bounded by it (a request's connection gets what it has left).
 */
@QuarkusTest
class DatabaseBoundsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void fiveSecondsInAllForAConnectionAndTheAnswers() {
        Config config = ConfigProvider.getConfig();
        assertEquals(5000, config.getValue("yos.database.request-deadline-millis", Integer.class));
        assertEquals(Duration.ofSeconds(5),
                config.getValue("quarkus.datasource.jdbc.acquisition-timeout", Duration.class));
        assertEquals(5000, config.getValue(
                "quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout", Integer.class));
        assertEquals(5000, config.getValue(
                "quarkus.datasource.jdbc.additional-jdbc-properties.connectTimeout", Integer.class));
    }

    /**
     * Agroal resets a changed network timeout to its own default, none, when a connection is returned; the service's
     * pool interceptor sets the bound again (on return, and on acquisition by work without a request deadline), so a
     * connection is never handed out without one.
     */
    @Test
    void aConnectionIsHandedOutWithTheWholeBoundWhateverItsLastUserSet() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setNetworkTimeout(Runnable::run, 123);
        }
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(5000, connection.getNetworkTimeout());
        }
    }
}
