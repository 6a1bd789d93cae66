package uk.yos.common.concurrency;

import java.util.UUID;

import jakarta.persistence.EntityManager;

/**
 * Serialises changes to one record: after the If-Match check, lock its row at the version the caller read, until the
 * transaction ends. Of two changes made with the same ETag, the second waits for the first, finds the version moved
 * on and gets 412, never a half-applied change.
 * <p>
 * The lock is a guarded no-op UPDATE (the entity needs an {@code updatedAt} attribute): it takes the row lock on
 * MySQL and MariaDB alike, where Hibernate's MySQL dialect would emit {@code FOR UPDATE OF}, which MariaDB rejects;
 * and it matches nothing if another change committed since the read.
 */
public final class RowLocks {

    private RowLocks() {
    }

    /** Locks the row, or throws the "changed since you read it" 412. */
    public static void lockAtVersion(EntityManager entityManager, String entityName, UUID id, long version) {
        if (!tryLockAtVersion(entityManager, entityName, id, version)) {
            throw EntityTags.changedSinceRead();
        }
    }

    /** Locks the row and answers true, or answers false when it is no longer at {@code version}. */
    public static boolean tryLockAtVersion(EntityManager entityManager, String entityName, UUID id, long version) {
        return entityManager.createQuery("update " + entityName + " e set e.updatedAt = e.updatedAt "
                + "where e.id = :id and e.version = :version")
                .setParameter("id", id).setParameter("version", version).executeUpdate() == 1;
    }
}
