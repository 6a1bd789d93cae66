package uk.yos.cases.contract;

/**
 * Where case-service answers what this module describes. The client (common-client), the test stub
 * (test-support's CaseServiceStub) and case-service's own contract test all use these, so they cannot drift apart.
 */
public final class CaseServicePaths {

    /** The cases resource, relative to case-service's root. */
    public static final String CASES = "/api/v1/cases";
    /** {@code GET}: answers {@link CaseReference}; 404 when the case does not exist or the caller may not see it. */
    public static final String SUMMARY = "/{caseId}/summary";
    /** {@code POST} {@link DiversionIntakeRequest}: answers {@link DiversionIntake}, 201 the first time, 200 after. */
    public static final String DIVERSION_INTAKES = "/diversion-intakes";

    private CaseServicePaths() {
    }

    /** The full path of one case's summary, e.g. for a stub or a test. */
    public static String summary(java.util.UUID caseId) {
        return CASES + SUMMARY.replace("{caseId}", caseId.toString());
    }

    /** The full path of the diversion intakes. */
    public static String diversionIntakes() {
        return CASES + DIVERSION_INTAKES;
    }
}
