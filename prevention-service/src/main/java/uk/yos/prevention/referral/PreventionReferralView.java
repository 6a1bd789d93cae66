package uk.yos.prevention.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.cases.contract.Ethnicity;
import uk.yos.cases.contract.Gender;
import uk.yos.prevention.closure.ClosureOutcome;
import uk.yos.prevention.decision.DecisionOutcome;
import uk.yos.prevention.decision.PanelAgency;
import uk.yos.prevention.triage.CamhsOutcome;
import uk.yos.prevention.triage.VoluntaryWorkConsent;

@Schema(name = "PreventionReferral",
        description = "A referral with its triage, joint decision and closure (null until recorded). Prevention "
                + "workers, and the head of service (read only).")
public record PreventionReferralView(
        @Schema(description = "Which view of the referral this is: always FULL here (the status view says STATUS). "
                + "The create operation answers either view; this property tells them apart.",
                enumeration = FULL, required = true, example = FULL) String view,
        @Schema(example = "01933b1e-6c2a-7d3f-8e0b-4b1e6c2a9d42") UUID id,
        @Schema(example = "PD-2026-1a2b3c4d", maxLength = 20) String reference,
        @Schema(example = "TRIAGED") ReferralStatus status,
        @Schema(example = "POLICE") ReferralSource source,
        @Schema(example = "NORTHAMPTONSHIRE_POLICE", maxLength = 50) String referringOrganisation,
        Referrer referrer,
        @Schema(example = "2026-11-02") LocalDate receivedOn,
        @Schema(description = "Triage and assessment are due by this date (10 working days after receipt by default)",
                example = "2026-11-16") LocalDate assessmentDueDate,
        @Schema(example = "2026-11-12") LocalDate assessmentCompletedOn,
        @Schema(example = "MET") AssessmentTimeliness assessmentTimeliness,
        Child child,
        Reason reason,
        Triage triage,
        Decision decision,
        Closure closure,
        Instant createdAt,
        @Schema(maxLength = 255) String createdBy,
        Instant updatedAt,
        @Schema(maxLength = 255) String updatedBy) {

    /** The {@code view} discriminator's value for this view. */
    public static final String FULL = "FULL";

    @Schema(name = "PreventionReferralReferrerView")
    public record Referrer(@Schema(maxLength = 200) String name, @Schema(maxLength = 200) String contact) {
    }

    @Schema(name = "PreventionReferralChildView", description = "The child as the referrer knows them")
    public record Child(
            @Schema(maxLength = 100) String givenName,
            @Schema(maxLength = 100) String familyName,
            LocalDate dateOfBirth,
            Gender gender,
            @Schema(maxLength = 500) String address,
            @Schema(maxLength = 200) String school,
            @Schema(maxLength = 13) String pncId) {
    }

    @Schema(name = "PreventionReferralReasonView")
    public record Reason(ReasonType type, Offence offence, Risk risk) {
    }

    @Schema(name = "PreventionReferralOffenceView")
    public record Offence(
            @Schema(maxLength = 40) String offenceTypeCode,
            @Schema(maxLength = 500) String description,
            LocalDate offenceDate,
            @Schema(minimum = "1", maximum = "8") int gravityScore,
            DecisionOutcome outcomeConsidered) {
    }

    @Schema(name = "PreventionReferralRiskView")
    public record Risk(@Schema(maxItems = 7) Set<RiskCategory> categories, @Schema(maxLength = 1000) String detail) {
    }

    @Schema(name = "PreventionTriage", description = "Triage and assessment, as last recorded")
    public record Triage(
            LocalDate assessmentCompletedOn,
            @Schema(maxLength = 2000) String notes,
            @Schema(description = "When the Prevention and Diversion Assessment Tool was completed; null if not")
            LocalDate padatCompletedOn,
            CamhsScreening camhsScreening,
            VoluntaryWorkConsent voluntaryWorkConsent,
            LocalDate consentRecordedOn,
            CaseDetails child,
            Instant recordedAt,
            @Schema(maxLength = 255) String recordedBy) {
    }

    @Schema(name = "PreventionCamhsScreening")
    public record CamhsScreening(LocalDate screenedOn, CamhsOutcome outcome, @Schema(maxLength = 1000) String notes) {
    }

    @Schema(name = "PreventionChildCaseDetails",
            description = "What case-service needs to record the child if a decision opens a case")
    public record CaseDetails(Ethnicity ethnicity, @Schema(maxLength = 40) String localityCode, boolean childInCare,
            boolean send, boolean ehcp) {
    }

    @Schema(name = "PreventionDecision", description = "The joint police and YOS decision; never changes once recorded")
    public record Decision(
            DecisionOutcome outcome,
            @Schema(maxLength = 2000) String reasons,
            LocalDate decidedOn,
            @Schema(maxItems = 12) List<PanelMember> panel,
            @Schema(description = "The case it opened in case-service (youth caution or youth conditional caution)")
            UUID caseId,
            UUID youngPersonId,
            @Schema(description = "case-service found the child already recorded (true) or recorded them (false)")
            Boolean youngPersonMatched,
            @Schema(maxLength = 40) String caseTeamCode,
            Instant recordedAt,
            @Schema(maxLength = 255) String recordedBy) {
    }

    @Schema(name = "PreventionPanelMemberView")
    public record PanelMember(@Schema(maxLength = 200) String name, PanelAgency agency,
            @Schema(maxLength = 100) String role) {
    }

    @Schema(name = "PreventionClosure")
    public record Closure(LocalDate closedOn, ClosureOutcome outcome, @Schema(maxLength = 1000) String notes,
            Instant recordedAt, @Schema(maxLength = 255) String recordedBy) {
    }

    static PreventionReferralView of(PreventionReferral r, LocalDate today) {
        Offence offence = r.reasonType == ReasonType.OFFENCE
                ? new Offence(r.offenceTypeCode, r.offenceDescription, r.offenceDate, r.offenceGravityScore,
                        r.outcomeConsidered)
                : null;
        Risk risk = r.reasonType == ReasonType.RISK ? new Risk(new TreeSet<>(r.riskCategories), r.riskDetail) : null;
        Triage triage = r.triagedAt != null
                ? new Triage(r.assessmentCompletedOn, r.triageNotes, r.padatCompletedOn,
                        r.camhsOutcome == null ? null
                                : new CamhsScreening(r.camhsScreenedOn, r.camhsOutcome, r.camhsNotes),
                        r.voluntaryWorkConsent, r.consentRecordedOn,
                        r.hasChildCaseDetails() ? new CaseDetails(r.childEthnicity, r.childLocalityCode,
                                r.childInCare, r.childSend, r.childEhcp) : null,
                        r.triagedAt, r.triagedBy)
                : null;
        Decision decision = r.isDecided()
                ? new Decision(r.decisionOutcome, r.decisionReasons, r.decidedOn,
                        r.decisionPanel.stream().map(m -> new PanelMember(m.name, m.agency, m.role)).toList(),
                        r.caseId, r.youngPersonId, r.youngPersonMatched, r.caseTeamCode, r.decisionRecordedAt,
                        r.decisionRecordedBy)
                : null;
        Closure closure = r.isClosed()
                ? new Closure(r.closedOn, r.closureOutcome, r.closureNotes, r.closureRecordedAt, r.closureRecordedBy)
                : null;
        return new PreventionReferralView(FULL, r.id, r.reference, r.status, r.source, r.referringOrganisation,
                new Referrer(r.referrerName, r.referrerContact), r.receivedOn, r.assessmentDueDate,
                r.assessmentCompletedOn, timeliness(r, today),
                new Child(r.childGivenName, r.childFamilyName, r.childDateOfBirth, r.childGender, r.childAddress,
                        r.childSchool, r.childPncId),
                new Reason(r.reasonType, offence, risk), triage, decision, closure, r.createdAt, r.createdBy,
                r.updatedAt, r.updatedBy);
    }

    static AssessmentTimeliness timeliness(PreventionReferral r, LocalDate today) {
        if (r.assessmentCompletedOn != null) {
            return r.assessmentCompletedOn.isAfter(r.assessmentDueDate) ? AssessmentTimeliness.LATE
                    : AssessmentTimeliness.MET;
        }
        if (r.isClosed()) {
            return AssessmentTimeliness.NOT_COMPLETED;
        }
        return today.isAfter(r.assessmentDueDate) ? AssessmentTimeliness.OVERDUE : AssessmentTimeliness.DUE;
    }
}
