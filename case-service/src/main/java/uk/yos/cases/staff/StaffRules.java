package uk.yos.cases.staff;

/** The staff register's fixed bounds, shared by its requests, views and checks. */
final class StaffRules {

    static final String FTE_DESCRIPTION = "Working hours as a full-time equivalent: 0.1 to 1.0, two decimals at most";

    /** A worker's memberships, past ones included: bounds the record (and its answer) a worker's career can grow to. */
    static final int MAX_MEMBERSHIPS = 50;

    private StaffRules() {
    }
}
