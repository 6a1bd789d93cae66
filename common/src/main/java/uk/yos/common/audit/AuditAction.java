package uk.yos.common.audit;

/**
 * What an audit row says was done. Each service lists its own actions in one enum that implements this, so an action
 * is never a string typed at a call site; the row stores the constant's name.
 */
public interface AuditAction {

    /** The name stored in {@code audit_event.action}, e.g. {@code CLOSE}. */
    String name();
}
