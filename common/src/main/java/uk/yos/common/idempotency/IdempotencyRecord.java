package uk.yos.common.idempotency;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The first response to a creating POST, kept so that a retry with the same key gets the same answer. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "caller", length = 64, nullable = false)
    public String caller;

    @Column(name = "idempotency_key", length = 100, nullable = false)
    public String idempotencyKey;

    @Column(name = "request_hash", length = 64, nullable = false)
    public String requestHash;

    @Column(name = "response_status", nullable = false)
    public int responseStatus;

    @Column(name = "response_body", columnDefinition = "mediumtext", nullable = false)
    public String responseBody;

    @Column(name = "location", length = 500)
    public String location;

    @Column(name = "etag", length = 100)
    public String etag;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    static Optional<IdempotencyRecord> findLive(String caller, String key, Instant now) {
        return find("caller = ?1 and idempotencyKey = ?2 and expiresAt > ?3", caller, key, now).firstResultOptional();
    }

    /**
     * Deletes this caller's expired record for the key, if there is one. Read first, then delete by id: a DELETE
     * by (caller, key) that matches nothing would take an InnoDB gap lock, and two concurrent first requests
     * holding that gap lock and then inserting into it deadlock.
     */
    static void removeExpired(String caller, String key, Instant now) {
        find("caller = ?1 and idempotencyKey = ?2 and expiresAt <= ?3", caller, key, now)
                .<IdempotencyRecord>firstResultOptional().ifPresent(IdempotencyRecord::delete);
    }
}
