package uk.yos.cases.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The service runs with common's one bound on each database wait, for the pool and for the driver. */
@QuarkusTest
class DatabaseBoundsTest {

    @Test
    void fourSecondsForAConnectionAndForEachAnswer() {
        Config config = ConfigProvider.getConfig();
        assertEquals(4, config.getValue("yos.database.timeout-seconds", Integer.class));
        assertEquals(Duration.ofSeconds(4),
                config.getValue("quarkus.datasource.jdbc.acquisition-timeout", Duration.class));
        assertEquals(4000, config.getValue(
                "quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout", Integer.class));
        assertEquals(4000, config.getValue(
                "quarkus.datasource.jdbc.additional-jdbc-properties.connectTimeout", Integer.class));
    }
}
