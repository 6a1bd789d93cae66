package uk.yos.cases.caserecord;

public enum CaseCategory {
    OUT_OF_COURT, COURT, BAIL_AND_REMAND, PREVENTION
}
