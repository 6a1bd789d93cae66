package uk.yos.cases.contract;

/**
 * The out-of-court outcomes a prevention decision opens a case for, named as case-service's case types. Any other
 * value is refused when case-service reads the body (400 naming {@code caseType}), and its OpenAPI document lists
 * only these.
 */
public enum DiversionCaseType {
    YOUTH_CAUTION,
    YOUTH_CONDITIONAL_CAUTION
}
