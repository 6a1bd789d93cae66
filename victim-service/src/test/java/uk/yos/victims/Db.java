package uk.yos.victims;

import uk.yos.testsupport.TestDatabase;

/** Direct reads and writes of the test database, to check what a request did (or did not) write. */
public final class Db {

    private static final TestDatabase DB = new TestDatabase(TestResources.DATABASE);

    /** SQL for a UUID parameter against a BINARY(16) column. */
    public static final String UUID_PARAM = "unhex(replace(?, '-', ''))";

    private Db() {
    }

    public static long count(String sql, Object... parameters) {
        return DB.count(sql, parameters);
    }

    public static String string(String sql, Object... parameters) {
        return DB.text(sql, parameters);
    }

    public static int update(String sql, Object... parameters) {
        return DB.update(sql, parameters);
    }

    public static long rows(String table) {
        return count("select count(*) from " + table);
    }

    /** Audit rows for an action on a record, e.g. ("READ", "VICTIM", id, subject). */
    public static long auditRows(String action, String recordType, Object recordId, String subject) {
        return DB.auditRows(action, recordType, recordId, subject);
    }

    public static long deniedRows(String action, String recordType, Object recordId, String subject) {
        return DB.deniedRows(action, recordType, recordId, subject);
    }

    /** The row counts of every table a request could write to, to compare before and after. */
    public static java.util.Map<String, Long> snapshot() {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : new String[] { "victim", "victim_contact", "rj_intervention", "support_referral",
                "victim_evaluation", "audit_event", "idempotency_record" }) {
            counts.put(table, rows(table));
        }
        return counts;
    }

}
