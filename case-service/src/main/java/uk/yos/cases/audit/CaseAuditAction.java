package uk.yos.cases.audit;

import uk.yos.common.audit.AuditAction;

/** Everything case-service writes an audit row for. */
public enum CaseAuditAction implements AuditAction {
    ADD_OFFENCE,
    ALLOCATE,
    AMEND_OFFENCE,
    CLOSE,
    CREATE,
    END_ALLOCATION,
    OPEN,
    OPEN_CASE,
    READ,
    READ_ALLOCATIONS,
    READ_SUMMARY,
    REOPEN,
    UPDATE,
    READ_ASSESSMENTS,
    SCHEDULE_ASSESSMENT,
    START_ASSESSMENT,
    COMPLETE_ASSESSMENT,
    SIGN_OFF_ASSESSMENT,
    RETURN_ASSESSMENT,
    READ_OVERSIGHT,
    RECORD_OVERSIGHT,
    READ_SCREENINGS,
    SCHEDULE_SCREENING,
    COMPLETE_SCREENING,
    READ_RISK_PANELS,
    SCHEDULE_RISK_PANEL,
    HOLD_RISK_PANEL,
    READ_WORK,
    READ_PLANS,
    CREATE_PLAN,
    REVISE_PLAN
}
