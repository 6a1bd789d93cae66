package uk.yos.common.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.common.audit.AuditAction;
import uk.yos.common.audit.AuditLog;
import uk.yos.common.calendar.TimeSource;
import uk.yos.web.security.Caller;

/**
 * Saves a versioned record the one way every service does: stamped with who changed it and when, flushed so the
 * caller's new ETag is the version the database holds, and audited in the same transaction as the change.
 */
@ApplicationScoped
public class RecordChanges {

    @Inject
    Caller caller;

    @Inject
    TimeSource time;

    @Inject
    AuditLog audit;

    /** Who is making the change: the name a record's own "recorded by" and "decided by" fields hold. */
    public String changedBy() {
        return caller.username();
    }

    /** Stamps a new record as created by the caller now; the caller persists it with whatever it holds. */
    public <E extends VersionedEntity> E stampCreated(E record) {
        record.created(time.now(), caller.username());
        return record;
    }

    /** Marks a record changed by the caller now, which also moves its version (and ETag) on. */
    public <E extends VersionedEntity> E stampChanged(E record) {
        record.changed(time.now(), caller.username());
        return record;
    }

    /** A new record: stamped as created, flushed (so it has its id and first version) and audited as {@code action}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends VersionedEntity> E saveNew(E record, AuditAction action, String recordType, UUID childId) {
        stampCreated(record).persistAndFlush();
        audit.record(action, recordType, record.id, childId);
        return record;
    }

    /** A change to {@code record}: stamped, flushed and audited as {@code action}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends VersionedEntity> E saveChange(E record, AuditAction action, String recordType, UUID childId) {
        stampChanged(record).persistAndFlush();
        audit.record(action, recordType, record.id, childId);
        return record;
    }

    /** An update to {@code record}, audited with the names of the fields it changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends VersionedEntity> E saveUpdate(E record, AuditAction action, String recordType, UUID childId,
            List<String> changedFields) {
        stampChanged(record).persistAndFlush();
        audit.recordChange(action, recordType, record.id, childId, changedFields);
        return record;
    }
}
