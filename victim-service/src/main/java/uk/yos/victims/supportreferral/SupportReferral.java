package uk.yos.victims.supportreferral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A referral of a victim to a specialist support service (e.g. a therapeutic service for young victims). */
@Entity
@Immutable
@Table(name = "support_referral")
public class SupportReferral extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "victim_id", nullable = false)
    public UUID victimId;

    @Column(name = "service_name", length = 200, nullable = false)
    public String serviceName;

    @Column(name = "reason", length = 1000, nullable = false)
    public String reason;

    @Column(name = "referred_on", nullable = false)
    public LocalDate referredOn;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", length = 255, nullable = false)
    public String recordedBy;
}
