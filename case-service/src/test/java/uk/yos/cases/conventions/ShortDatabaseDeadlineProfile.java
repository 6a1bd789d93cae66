package uk.yos.cases.conventions;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A request deadline of 1 s, and a test-only migration whose statement takes 2 s. */
public class ShortDatabaseDeadlineProfile implements QuarkusTestProfile {

    static final int DEADLINE_MILLIS = 1000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "yos.database.request-deadline-millis", String.valueOf(DEADLINE_MILLIS),
                "quarkus.flyway.locations", "db/common,db/migration,db/slow-migration");
    }
}
