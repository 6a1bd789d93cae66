package uk.yos.referralorders.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import jakarta.persistence.Table;

import uk.yos.common.persistence.VersionedEntity;

/**
 * A referral order made by a youth court, for one case in case-service.
 * <p>
 * Versions the whole order: extensions, revocation requests, missed appointments, victims and panel outcomes.
 */
@Entity
@Table(name = "referral_order")
public class ReferralOrder extends VersionedEntity {

    /** case-service's case; one order per case. */
    @Column(name = "case_id", nullable = false, unique = true)
    public UUID caseId;

    @Column(name = "young_person_id", nullable = false)
    public UUID youngPersonId;

    /** The case's owning team when the order was recorded. */
    @Column(name = "owning_team_code", length = 40, nullable = false)
    public String owningTeamCode;

    @Column(name = "sentence_date", nullable = false)
    public LocalDate sentenceDate;

    @Column(name = "court_name", length = 200, nullable = false)
    public String courtName;

    @Column(name = "length_months", nullable = false)
    public int lengthMonths;

    /** All extensions together. */
    @Column(name = "extension_months", nullable = false)
    public int extensionMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 30, nullable = false)
    public ReferralOrderStatus status;

    /** The sentence date plus the configured number of working days. */
    @Column(name = "initial_panel_due_date", nullable = false)
    public LocalDate initialPanelDueDate;

    /** When the first initial panel the child attended met. */
    @Column(name = "initial_panel_held_on")
    public LocalDate initialPanelHeldOn;

    /** When the initial panel agreed the contract: the order runs from this date. */
    @Column(name = "contract_agreed_on")
    public LocalDate contractAgreedOn;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** The panel whose agreed terms are the current contract (the initial one, or a later variation). */
    @Column(name = "contract_panel_id")
    public UUID contractPanelId;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("grantedOn, id")
    public List<OrderExtension> extensions = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("requestedOn, id")
    public List<RevocationRequest> revocationRequests = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("missedOn, id")
    public List<MissedAppointment> missedAppointments = new ArrayList<>();

    /** victim-service's ids of the victims of the order's offences, as the coordinator recorded them; no names. */
    @ElementCollection
    @CollectionTable(name = "referral_order_victim", joinColumns = @JoinColumn(name = "referral_order_id"))
    @Column(name = "victim_id", nullable = false)
    public Set<UUID> victimIds = new HashSet<>();

    public int totalMonths() {
        return lengthMonths + extensionMonths;
    }

    /** The end date for the current length and extensions, once the order has started. */
    public void recomputeEndDate() {
        endDate = startDate == null ? null : startDate.plusMonths(totalMonths());
    }

    /**
     * Whether the initial panel met its deadline: true or false once it has been held; false once the due date
     * has passed without it; null while it is still to come and not yet due.
     */
    public Boolean initialPanelMet(LocalDate today) {
        if (initialPanelHeldOn != null) {
            return !initialPanelHeldOn.isAfter(initialPanelDueDate);
        }
        return today.isAfter(initialPanelDueDate) ? Boolean.FALSE : null;
    }

    public Optional<RevocationRequest> pendingRevocation() {
        return revocationRequests.stream().filter(r -> r.status == RevocationStatus.PENDING).findFirst();
    }

    public static Optional<ReferralOrder> findByCaseId(UUID caseId) {
        return find("caseId", caseId).firstResultOptional();
    }
}
