package uk.yos.cases.diversion;

import uk.yos.cases.caserecord.CaseType;

/**
 * The out-of-court outcomes a prevention decision opens a case for. Any other value is refused when the body is
 * read (400 naming {@code caseType}), and the OpenAPI document lists only these.
 */
public enum DiversionCaseType {
    YOUTH_CAUTION(CaseType.YOUTH_CAUTION),
    YOUTH_CONDITIONAL_CAUTION(CaseType.YOUTH_CONDITIONAL_CAUTION);

    private final CaseType caseType;

    DiversionCaseType(CaseType caseType) {
        this.caseType = caseType;
    }

    public CaseType caseType() {
        return caseType;
    }
}
