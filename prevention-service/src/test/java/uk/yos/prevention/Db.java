package uk.yos.prevention;

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

    /** Audit rows for an action on a record, e.g. ("READ", id, subject). */
    public static long auditRows(String action, Object recordId, String subject) {
        return count("select count(*) from audit_event where action = ? and record_type = 'PREVENTION_REFERRAL' "
                + "and record_id = ? and subject = ? and outcome = 'SUCCESS'", action, recordId.toString(), subject);
    }

    public static long deniedRows(String action, Object recordId, String subject) {
        return count("select count(*) from audit_event where action = ? and record_type = 'PREVENTION_REFERRAL' "
                + "and record_id = ? and subject = ? and outcome = 'DENIED'", action, recordId.toString(), subject);
    }

    /** Everything a request could have written: referrals, their collections, audit rows, stored responses. */
    public static String snapshot() {
        String sql = "select concat_ws('/', (select count(*) from prevention_referral), "
                + "(select count(*) from prevention_referral_risk), "
                + "(select count(*) from prevention_decision_panel_member), (select count(*) from audit_event), "
                + "(select count(*) from idempotency_record), "
                + "(select count(*) from prevention_referral where decision_outcome is not null), "
                + "(select count(*) from prevention_referral where case_id is not null), "
                + "(select coalesce(sum(version), 0) from prevention_referral))";
        return DB.text(sql);
    }
}
