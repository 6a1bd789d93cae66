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

/** An appointment of the order the child missed: feeds compliance and breach. */
@Entity
@Table(name = "missed_appointment")
public class MissedAppointment extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_order_id", nullable = false)
    public ReferralOrder order;

    @Column(name = "missed_on", nullable = false)
    public LocalDate missedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    public MissedAppointmentKind kind;

    /** The panel the child did not attend, for a PANEL appointment recorded from its outcome. */
    @Column(name = "panel_id")
    public UUID panelId;

    @Column(name = "note", length = 500)
    public String note;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", length = 255, nullable = false)
    public String recordedBy;
}
