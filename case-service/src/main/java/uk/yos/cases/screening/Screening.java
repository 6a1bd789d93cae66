package uk.yos.cases.screening;

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

/** A screening of a case for exploitation or contextual harm: due (when compulsory), then completed. */
@Entity
@Table(name = "screening")
public class Screening extends VersionedEntity {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 40, nullable = false)
    public ScreeningKind kind;

    /** Set for compulsory screenings; a screening recorded when done has none. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 30)
    public ScreeningOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral", length = 40)
    public ScreeningReferral referral;

    @Column(name = "referral_made_on")
    public LocalDate referralMadeOn;

    @Column(name = "notes", length = 2000)
    public String notes;

    @Column(name = "completed_by", length = 255)
    public String completedBy;

    static Screening due(UUID caseId, ScreeningKind kind, LocalDate dueDate) {
        Screening screening = new Screening();
        screening.caseId = caseId;
        screening.kind = kind;
        screening.dueDate = dueDate;
        return screening;
    }

    public boolean isCompleted() {
        return completedOn != null;
    }

    void complete(ScreeningResult result, String by) {
        completedOn = result.completedOn();
        outcome = result.outcome();
        referral = result.referral();
        referralMadeOn = result.referralMadeOn();
        notes = result.notes() == null ? null : result.notes().strip();
        completedBy = by;
    }

    static List<Screening> ofCase(UUID caseId) {
        return list("caseId", Sort.by("createdAt"), caseId);
    }

    static Optional<Screening> open(UUID caseId, ScreeningKind kind) {
        return find("caseId = ?1 and kind = ?2 and completedOn is null", caseId, kind).firstResultOptional();
    }
}
