package uk.yos.prevention.audit;

import uk.yos.common.audit.AuditAction;

/** Everything prevention-service writes an audit row for. */
public enum PreventionAuditAction implements AuditAction {
    CLOSE,
    CREATE,
    DECIDE,
    READ,
    READ_STATUS,
    TRIAGE
}
