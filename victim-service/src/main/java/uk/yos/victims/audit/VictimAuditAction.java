package uk.yos.victims.audit;

import uk.yos.common.audit.AuditAction;

/** Everything victim-service writes an audit row for. */
public enum VictimAuditAction implements AuditAction {
    CREATE,
    READ,
    READ_CONTACTS,
    READ_EVALUATIONS,
    READ_FEEDBACK_REPORT,
    READ_SUPPORT_REFERRALS,
    RECORD_CONSENT,
    RECORD_CONTACT,
    RECORD_EVALUATION,
    RECORD_FEEDBACK,
    RECORD_RJ_DECISION,
    REFER_FOR_SUPPORT,
    SEARCH,
    UPDATE,
    WITHDRAW,
    WITHDRAW_CONSENT
}
