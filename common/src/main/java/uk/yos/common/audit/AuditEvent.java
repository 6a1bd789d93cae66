package uk.yos.common.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One row of a service's append-only audit trail. Immutable: Hibernate never issues an UPDATE for it. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "subject", length = 64)
    public String subject;

    @Column(name = "username", length = 255)
    public String username;

    @Column(name = "client_id", length = 255)
    public String clientId;

    @Column(name = "action", length = 40, nullable = false)
    public String action;

    @Column(name = "record_type", length = 60, nullable = false)
    public String recordType;

    @Column(name = "record_id", length = 64)
    public String recordId;

    @Column(name = "child_id")
    public UUID childId;

    @Column(name = "request_id", length = 64)
    public String requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20, nullable = false)
    public AuditOutcome outcome;

    @Column(name = "detail", length = 500)
    public String detail;
}
