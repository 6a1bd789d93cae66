package uk.yos.referralorders.audit;

import uk.yos.common.audit.AuditAction;

/** Everything referral-order-service writes an audit row for. */
public enum ReferralOrderAuditAction implements AuditAction {
    ADD_TRAINING,
    CANCEL,
    CHANGE_STATUS,
    CREATE,
    DECLARE_CONFLICT,
    EXTEND,
    PANEL_OUTCOME,
    READ,
    READ_CONTRACT,
    RECORD_DBS_CHECK,
    RECORD_DEBRIEF,
    RECORD_MISSED_APPOINTMENT,
    RECORD_OUTCOME,
    RECORD_VICTIMS,
    REFUSE_REVOCATION,
    REQUEST_REVOCATION,
    REVOKE,
    SCHEDULE,
    SEARCH,
    UPDATE,
    WITHDRAW_CONFLICT
}
