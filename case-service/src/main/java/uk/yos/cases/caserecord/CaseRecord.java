package uk.yos.cases.caserecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import uk.yos.common.persistence.VersionedEntity;

/**
 * A case: one episode of work with a child (an out-of-court outcome, a court order, bail or remand, prevention).
 * <p>
 * Versions the whole case: offences, allocations, closing and reopening all move it on.
 */
@Entity
@Table(name = "case_record")
public class CaseRecord extends VersionedEntity {

    @Column(name = "young_person_id", nullable = false)
    public UUID youngPersonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", length = 60, nullable = false)
    public CaseType caseType;

    /** The date of the out-of-court outcome or the sentence. */
    @Column(name = "outcome_date", nullable = false)
    public LocalDate outcomeDate;

    @Column(name = "owning_team_code", length = 40, nullable = false)
    public String owningTeamCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    public CaseStatus status;

    @Column(name = "first_time_entrant", nullable = false)
    public boolean firstTimeEntrant;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason", length = 60)
    public ClosureReason closureReason;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "ete_hours_at_closure")
    public Integer eteHoursAtClosure;

    @Column(name = "accommodation_suitable")
    public Boolean accommodationSuitable;

    @Column(name = "end_of_order_questionnaire")
    public Boolean endOfOrderQuestionnaireCompleted;

    /**
     * The decision in another service this case was opened from (e.g. {@code prevention-referral:<uuid>}), unique:
     * null for a case opened directly.
     */
    @Column(name = "source_reference", length = 80, unique = true)
    public String sourceReference;

    /** For a case opened from a source: whether the child was already recorded (true) or created for it (false). */
    @Column(name = "young_person_matched")
    public Boolean youngPersonMatched;

    @OneToMany(mappedBy = "caseRecord", cascade = CascadeType.PERSIST)
    @OrderBy("offenceDate, id")
    public List<Offence> offences = new ArrayList<>();

    public boolean isClosed() {
        return status == CaseStatus.CLOSED;
    }

    /** Closes the case with its end-of-order record (ETE hours, accommodation, questionnaire). */
    public void close(ClosureReason reason, LocalDate on, int eteHours, boolean accommodationSuitable,
            boolean questionnaireCompleted) {
        status = CaseStatus.CLOSED;
        closureReason = reason;
        closedOn = on;
        eteHoursAtClosure = eteHours;
        this.accommodationSuitable = accommodationSuitable;
        endOfOrderQuestionnaireCompleted = questionnaireCompleted;
    }

    /** Opens a closed case again; its end-of-order record goes, to be made afresh when it next closes. */
    public void reopen() {
        status = CaseStatus.OPEN;
        closureReason = null;
        closedOn = null;
        eteHoursAtClosure = null;
        accommodationSuitable = null;
        endOfOrderQuestionnaireCompleted = null;
    }

    public static Optional<CaseRecord> findBySourceReference(String sourceReference) {
        return find("sourceReference", sourceReference).firstResultOptional();
    }
}
