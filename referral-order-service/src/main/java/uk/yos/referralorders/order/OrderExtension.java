package uk.yos.referralorders.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An extension of the order's length, granted by the court. */
@Entity
@Table(name = "order_extension")
public class OrderExtension extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_order_id", nullable = false)
    public ReferralOrder order;

    @Column(name = "months", nullable = false)
    public int months;

    @Column(name = "granted_on", nullable = false)
    public LocalDate grantedOn;

    @Column(name = "reason", length = 500, nullable = false)
    public String reason;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", length = 255, nullable = false)
    public String recordedBy;
}
