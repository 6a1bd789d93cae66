package uk.yos.referralorders;

import uk.yos.testsupport.TestDatabase;

/** Direct reads of the test database, to check what a request did (or did not) write. */
public final class Db {

    private static final TestDatabase DB = new TestDatabase(TestResources.DATABASE);

    private Db() {
    }

    public static long count(String sql, Object... parameters) {
        return DB.count(sql, parameters);
    }

    public static long rows(String table) {
        return count("select count(*) from " + table);
    }

    /** Audit rows for an action on a record, e.g. ("READ", "PANEL", id, subject). */
    public static long auditRows(String action, String recordType, Object recordId, String subject) {
        return DB.auditRows(action, recordType, recordId, subject);
    }

    public static long deniedRows(String action, String recordType, Object recordId, String subject) {
        return DB.deniedRows(action, recordType, recordId, subject);
    }
}
