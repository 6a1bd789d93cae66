package uk.yos.common.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.yos.common.concurrency.EntityTags;
import uk.yos.common.concurrency.RowLocks;

/**
 * A record that callers change under optimistic locking: a time-ordered UUID, the version its ETag is made from,
 * and who created and last changed it, when. Every change moves {@code updatedAt} and so the version on, which is
 * what lets one ETag guard a record and all it holds.
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", length = 255, nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", length = 255, nullable = false)
    public String updatedBy;

    /** A new record, created (and so last changed) by {@code by} at {@code at}. */
    public void created(Instant at, String by) {
        createdAt = at;
        createdBy = by;
        changed(at, by);
    }

    /** Marks the record changed, which also moves its version (and ETag) on. */
    public void changed(Instant at, String by) {
        updatedAt = at;
        updatedBy = by;
    }

    /**
     * The first step of every change: the caller's {@code If-Match} must name this version (428 when missing, 412
     * when stale), then the row is locked at that version until the transaction ends, so that of two changes made
     * with the same ETag the second gets 412, never a half-applied change.
     */
    public void lockAtIfMatch(String ifMatch) {
        EntityTags.requireMatch(ifMatch, version);
        var entityManager = Panache.getEntityManager(getClass());
        RowLocks.lockAtVersion(entityManager, entityManager.getMetamodel().entity(getClass()).getName(), id, version);
    }
}
