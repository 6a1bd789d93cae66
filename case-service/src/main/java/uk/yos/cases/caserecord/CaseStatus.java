package uk.yos.cases.caserecord;

public enum CaseStatus {
    OPEN, CLOSED
}
