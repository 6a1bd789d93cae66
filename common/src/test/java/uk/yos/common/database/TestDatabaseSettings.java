package uk.yos.common.database;

/** Settings as common's configuration gives them unless told otherwise. */
record TestDatabaseSettings(int requestDeadlineMillis, int transactionStartTimeoutMillis, int migrationTimeoutSeconds,
        int readinessTimeoutMillis)
        implements DatabaseSettings {

    static TestDatabaseSettings defaults() {
        return new TestDatabaseSettings(5000, 2000, 600, 1000);
    }
}
