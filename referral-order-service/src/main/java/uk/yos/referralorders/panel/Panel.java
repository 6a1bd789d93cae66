package uk.yos.referralorders.panel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import uk.yos.common.persistence.VersionedEntity;

/** A youth offender panel meeting of one referral order. */
@Entity
@Table(name = "panel")
public class Panel extends VersionedEntity {

    @Column(name = "referral_order_id", nullable = false)
    public UUID referralOrderId;

    /** The order's case and child, kept here so that lists filter without joining. */
    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "young_person_id", nullable = false)
    public UUID youngPersonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "panel_type", length = 20, nullable = false)
    public PanelType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    public PanelStatus status;

    /** England and Wales local time. */
    @Column(name = "scheduled_for", nullable = false)
    public LocalDateTime scheduledFor;

    @Column(name = "location", length = 200, nullable = false)
    public String location;

    @ElementCollection
    @CollectionTable(name = "panel_advisor", joinColumns = @JoinColumn(name = "panel_id"))
    @OrderColumn(name = "position")
    public List<PanelAdvisor> advisors = new ArrayList<>();

    @OneToMany(mappedBy = "panel", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("chair desc, id")
    public List<PanelMember> members = new ArrayList<>();

    @Column(name = "held_on")
    public LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "attendance", length = 20)
    public Attendance attendance;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 30)
    public PanelDecision decision;

    /** The terms agreed, for a CONTRACT_AGREED decision. */
    @ElementCollection
    @CollectionTable(name = "panel_contract_term", joinColumns = @JoinColumn(name = "panel_id"))
    @OrderColumn(name = "position")
    @Column(name = "term", length = 500, nullable = false)
    public List<String> contractTerms = new ArrayList<>();

    @Column(name = "outcome_notes", length = 2000)
    public String outcomeNotes;

    @Column(name = "outcome_recorded_at")
    public Instant outcomeRecordedAt;

    @Column(name = "outcome_recorded_by", length = 255)
    public String outcomeRecordedBy;

    @Column(name = "debriefed_on")
    public LocalDate debriefedOn;

    @Column(name = "debrief_notes", length = 2000)
    public String debriefNotes;

    @Column(name = "debrief_recorded_by", length = 255)
    public String debriefRecordedBy;

    @Column(name = "cancelled_on")
    public LocalDate cancelledOn;

    @Column(name = "cancellation_reason", length = 500)
    public String cancellationReason;

    public LocalDate panelDate() {
        return scheduledFor.toLocalDate();
    }

    /** Cancels a scheduled panel, for the reason given. */
    public void cancel(LocalDate on, String reason) {
        status = PanelStatus.CANCELLED;
        cancelledOn = on;
        cancellationReason = reason;
    }
}
