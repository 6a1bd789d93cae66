package uk.yos.cases.conventions;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A request deadline of 1 s, and a test-only migration whose statement takes 2 s. The driver's own socket timeout is
 * a minute, so only the pool interceptor's bound (what the request has left) can end a request's wait in time.
 */
public class ShortDatabaseDeadlineProfile implements QuarkusTestProfile {

    static final int DEADLINE_MILLIS = 1000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "yos.database.request-deadline-millis", String.valueOf(DEADLINE_MILLIS),
                "quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout", "60000",
                "quarkus.flyway.locations", "db/common,db/migration,db/slow-migration");
    }
}
