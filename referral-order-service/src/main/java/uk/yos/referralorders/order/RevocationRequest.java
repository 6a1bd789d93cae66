package uk.yos.referralorders.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An application to the court to revoke the order (e.g. early, for good progress), and the court's decision. */
@Entity
@Table(name = "revocation_request")
public class RevocationRequest extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_order_id", nullable = false)
    public ReferralOrder order;

    @Column(name = "requested_on", nullable = false)
    public LocalDate requestedOn;

    @Column(name = "reason", length = 500, nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    public RevocationStatus status;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decision_note", length = 500)
    public String decisionNote;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", length = 255, nullable = false)
    public String recordedBy;

    @Column(name = "decided_by", length = 255)
    public String decidedBy;
}
