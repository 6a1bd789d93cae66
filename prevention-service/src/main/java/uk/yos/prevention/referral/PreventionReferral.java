package uk.yos.prevention.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import uk.yos.cases.contract.Ethnicity;
import uk.yos.cases.contract.Gender;
import uk.yos.common.persistence.VersionedEntity;
import uk.yos.prevention.closure.ClosureOutcome;
import uk.yos.prevention.decision.DecisionOutcome;
import uk.yos.prevention.decision.PanelMember;
import uk.yos.prevention.triage.CamhsOutcome;
import uk.yos.prevention.triage.VoluntaryWorkConsent;

/**
 * A prevention and diversion referral, with its triage, joint decision and closure. The version covers the whole
 * referral: every stage moves it on, so one ETag guards all changes.
 */
@Entity
@Table(name = "prevention_referral")
public class PreventionReferral extends VersionedEntity {

    /** The human reference, e.g. {@code PD-2026-1a2b3c4d}; also the child's local reference if case-service records them. */
    @Column(name = "reference", length = 20, nullable = false, unique = true)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    public ReferralStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = 20, nullable = false)
    public ReferralSource source;

    /** The organisation code (as in partners' tokens): police referrers see their own organisation's referrals. */
    @Column(name = "referring_organisation", length = 50, nullable = false)
    public String referringOrganisation;

    @Column(name = "referrer_name", length = 200, nullable = false)
    public String referrerName;

    @Column(name = "referrer_contact", length = 200)
    public String referrerContact;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "assessment_due_date", nullable = false)
    public LocalDate assessmentDueDate;

    // The child as the referrer knows them.

    @Column(name = "child_given_name", length = 100, nullable = false)
    public String childGivenName;

    @Column(name = "child_family_name", length = 100, nullable = false)
    public String childFamilyName;

    @Column(name = "child_date_of_birth", nullable = false)
    public LocalDate childDateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "child_gender", length = 20, nullable = false)
    public Gender childGender;

    @Column(name = "child_address", length = 500)
    public String childAddress;

    @Column(name = "child_school", length = 200)
    public String childSchool;

    @Column(name = "child_pnc_id", length = 13)
    public String childPncId;

    // The reason.

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_type", length = 20, nullable = false)
    public ReasonType reasonType;

    @Column(name = "offence_type_code", length = 40)
    public String offenceTypeCode;

    @Column(name = "offence_description", length = 500)
    public String offenceDescription;

    @Column(name = "offence_date")
    public LocalDate offenceDate;

    @Column(name = "offence_gravity_score")
    public Integer offenceGravityScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_considered", length = 40)
    public DecisionOutcome outcomeConsidered;

    @ElementCollection
    @CollectionTable(name = "prevention_referral_risk", joinColumns = @JoinColumn(name = "referral_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 40, nullable = false)
    public Set<RiskCategory> riskCategories = EnumSet.noneOf(RiskCategory.class);

    @Column(name = "risk_detail", length = 1000)
    public String riskDetail;

    // Triage.

    @Column(name = "assessment_completed_on")
    public LocalDate assessmentCompletedOn;

    @Column(name = "triage_notes", length = 2000)
    public String triageNotes;

    /** When the Prevention and Diversion Assessment Tool was completed. */
    @Column(name = "padat_completed_on")
    public LocalDate padatCompletedOn;

    @Column(name = "camhs_screened_on")
    public LocalDate camhsScreenedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "camhs_outcome", length = 40)
    public CamhsOutcome camhsOutcome;

    @Column(name = "camhs_notes", length = 1000)
    public String camhsNotes;

    @Enumerated(EnumType.STRING)
    @Column(name = "voluntary_work_consent", length = 20)
    public VoluntaryWorkConsent voluntaryWorkConsent;

    @Column(name = "consent_recorded_on")
    public LocalDate consentRecordedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "child_ethnicity", length = 40)
    public Ethnicity childEthnicity;

    @Column(name = "child_locality_code", length = 40)
    public String childLocalityCode;

    @Column(name = "child_in_care")
    public Boolean childInCare;

    @Column(name = "child_send")
    public Boolean childSend;

    @Column(name = "child_ehcp")
    public Boolean childEhcp;

    @Column(name = "triaged_at")
    public Instant triagedAt;

    @Column(name = "triaged_by", length = 255)
    public String triagedBy;

    // The joint decision.

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_outcome", length = 40)
    public DecisionOutcome decisionOutcome;

    @Column(name = "decision_reasons", length = 2000)
    public String decisionReasons;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @ElementCollection
    @CollectionTable(name = "prevention_decision_panel_member", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "list_index")
    public List<PanelMember> decisionPanel = new ArrayList<>();

    /** The team that owns the case the decision opened. */
    @Column(name = "case_team_code", length = 40)
    public String caseTeamCode;

    @Column(name = "case_id", unique = true)
    public UUID caseId;

    @Column(name = "young_person_id")
    public UUID youngPersonId;

    @Column(name = "young_person_matched")
    public Boolean youngPersonMatched;

    @Column(name = "decision_recorded_at")
    public Instant decisionRecordedAt;

    @Column(name = "decision_recorded_by", length = 255)
    public String decisionRecordedBy;

    // Closure.

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_outcome", length = 40)
    public ClosureOutcome closureOutcome;

    @Column(name = "closure_notes", length = 1000)
    public String closureNotes;

    @Column(name = "closure_recorded_at")
    public Instant closureRecordedAt;

    @Column(name = "closure_recorded_by", length = 255)
    public String closureRecordedBy;

    public boolean isClosed() {
        return status == ReferralStatus.CLOSED;
    }

    public boolean isTriaged() {
        return assessmentCompletedOn != null;
    }

    public boolean isDecided() {
        return decisionOutcome != null;
    }

    public boolean hasChildCaseDetails() {
        return childEthnicity != null && childLocalityCode != null && childInCare != null && childSend != null
                && childEhcp != null;
    }

    public static boolean referenceTaken(String reference) {
        return count("reference", reference) > 0;
    }

    /** Closes the referral with its outcome; who recorded it and when are kept beside the outcome. */
    public void close(ClosureOutcome outcome, LocalDate on, String notes, Instant recordedAt, String recordedBy) {
        status = ReferralStatus.CLOSED;
        closureOutcome = outcome;
        closedOn = on;
        closureNotes = notes;
        closureRecordedAt = recordedAt;
        closureRecordedBy = recordedBy;
    }
}
