package uk.yos.cases.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.panache.common.Sort;
import uk.yos.common.persistence.VersionedEntity;

/**
 * One assessment of a case, from the day it falls due: started, then completed with its ratings. Ratings that need
 * an operations manager's sign-off take effect only when one agrees ({@link #agree}); a manager who does not agree
 * returns the assessment to the practitioner, who revises and completes it again.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends VersionedEntity {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "tool", length = 40, nullable = false)
    public AssessmentTool tool;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", length = 20, nullable = false)
    public AssessmentStage stage;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "significant_change", length = 1000)
    public String significantChange;

    @Column(name = "significant_change_on")
    public LocalDate significantChangeOn;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    /** The token subject of whoever completed it: nobody signs off their own assessment. */
    @Column(name = "completed_by_subject", length = 64)
    public String completedBySubject;

    @Column(name = "completed_by", length = 255)
    public String completedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "rosh", length = 20)
    public HarmRating rosh;

    @Enumerated(EnumType.STRING)
    @Column(name = "safety_wellbeing", length = 20)
    public HarmRating safetyAndWellbeing;

    @Enumerated(EnumType.STRING)
    @Column(name = "reoffending", length = 20)
    public ReoffendingLikelihood reoffending;

    @Enumerated(EnumType.STRING)
    @Column(name = "scaled_approach_indicated", length = 20)
    public ScaledApproach scaledApproachIndicated;

    @Enumerated(EnumType.STRING)
    @Column(name = "scaled_approach", length = 20)
    public ScaledApproach scaledApproach;

    @Column(name = "override_reason", length = 1000)
    public String overrideReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "sign_off", length = 20)
    public SignOff signOff;

    @Column(name = "sign_off_due_date")
    public LocalDate signOffDueDate;

    @Column(name = "signed_off_on")
    public LocalDate signedOffOn;

    @Column(name = "signed_off_by", length = 255)
    public String signedOffBy;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    static Assessment due(UUID caseId, AssessmentTool tool, AssessmentStage stage, LocalDate dueDate) {
        Assessment assessment = new Assessment();
        assessment.caseId = caseId;
        assessment.tool = tool;
        assessment.stage = stage;
        assessment.dueDate = dueDate;
        return assessment;
    }

    public boolean isCompleted() {
        return completedOn != null;
    }

    /** Completed on or before its due date; unknown (null) until completed. */
    public Boolean completedOnTime() {
        return completedOn == null ? null : !completedOn.isAfter(dueDate);
    }

    public boolean awaitsSignOff() {
        return signOff == SignOff.OUTSTANDING;
    }

    void start(LocalDate on) {
        startedOn = on;
    }

    /** Records the practitioner's conclusions; whether they take effect now is {@code signOffDue}'s to say. */
    void complete(LocalDate on, Ratings ratings, String bySubject, String byName, LocalDate signOffDue) {
        completedOn = on;
        completedBySubject = bySubject;
        completedBy = byName;
        rosh = ratings.rosh();
        safetyAndWellbeing = ratings.safetyAndWellbeing();
        reoffending = ratings.reoffending();
        scaledApproachIndicated = ratings.indicated();
        scaledApproach = ratings.scaledApproach();
        overrideReason = ratings.overrideReason();
        if (signOffDue == null) {
            signOff = SignOff.NOT_NEEDED;
            effectiveOn = on;
        } else {
            signOff = SignOff.OUTSTANDING;
            signOffDueDate = signOffDue;
        }
    }

    /** A manager agreed the ratings, which take effect on {@code on}. */
    void agree(LocalDate on, String manager) {
        signOff = SignOff.AGREED;
        signedOffOn = on;
        signedOffBy = manager;
        effectiveOn = on;
    }

    /** A manager did not agree: the assessment is open again and its proposed ratings are withdrawn. */
    void returnForRevision() {
        completedOn = null;
        completedBySubject = null;
        completedBy = null;
        rosh = null;
        safetyAndWellbeing = null;
        reoffending = null;
        scaledApproachIndicated = null;
        scaledApproach = null;
        overrideReason = null;
        signOff = null;
        signOffDueDate = null;
    }

    /** Brings a review forward for a significant change, never pushing it back. */
    void bringForward(LocalDate newDueDate, String change, LocalDate changedOn) {
        if (newDueDate.isBefore(dueDate)) {
            dueDate = newDueDate;
        }
        significantChange = change;
        significantChangeOn = changedOn;
    }

    static List<Assessment> ofCase(UUID caseId) {
        return list("caseId", Sort.by("dueDate").and("createdAt"), caseId);
    }

    static Optional<Assessment> open(UUID caseId, AssessmentStage stage) {
        return find("caseId = ?1 and stage = ?2 and completedOn is null", caseId, stage).firstResultOptional();
    }

    static boolean hasStage(UUID caseId, AssessmentStage stage) {
        return count("caseId = ?1 and stage = ?2", caseId, stage) > 0;
    }

    /** The ratings in effect: the last assessment to take effect. */
    static Optional<Assessment> inEffect(UUID caseId) {
        return find("caseId = ?1 and effectiveOn is not null", Sort.descending("effectiveOn", "completedOn", "id"),
                caseId).firstResultOptional();
    }

    static Optional<Assessment> awaitingSignOff(UUID caseId) {
        return find("caseId = ?1 and signOff = ?2", caseId, SignOff.OUTSTANDING).firstResultOptional();
    }
}
