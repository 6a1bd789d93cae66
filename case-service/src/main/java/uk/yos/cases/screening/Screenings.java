package uk.yos.cases.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.cases.audit.CaseAuditAction;
import uk.yos.cases.caserecord.CaseEvents;
import uk.yos.cases.caserecord.CaseRecord;
import uk.yos.cases.caserecord.CaseService;
import uk.yos.cases.work.WorkItems;
import uk.yos.common.audit.AuditLog;
import uk.yos.common.calendar.TimeSource;
import uk.yos.common.calendar.WorkingDays;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.persistence.RecordChanges;
import uk.yos.common.problem.ProblemException;

/**
 * Exploitation and contextual-safeguarding screenings. For the case types the area names, gang and CSE screenings
 * fall due when the case opens, a set number of working days after its outcome date.
 */
@ApplicationScoped
public class Screenings {

    public static final String RECORD_TYPE = "SCREENING";
    private static final List<ScreeningKind> COMPULSORY = List.of(ScreeningKind.GANG_EXPLOITATION,
            ScreeningKind.CHILD_SEXUAL_EXPLOITATION);

    @Inject
    CaseService cases;

    @Inject
    ScreeningSettings settings;

    @Inject
    WorkingDays workingDays;

    @Inject
    TimeSource time;

    @Inject
    AuditLog audit;

    @Inject
    RecordChanges records;

    @Inject
    WorkItems work;

    @Transactional
    public List<ScreeningView> list(UUID caseId) {
        cases.readVisible(caseId, CaseAuditAction.READ_SCREENINGS);
        LocalDate today = time.today();
        return Screening.ofCase(caseId).stream().map(s -> ScreeningView.of(s, today)).toList();
    }

    @Transactional
    public Versioned<ScreeningView> read(UUID caseId, UUID id) {
        CaseRecord caseRecord = cases.findVisible(caseId, CaseAuditAction.READ_SCREENINGS);
        Screening screening = find(caseRecord, id);
        audit.recordRead(CaseAuditAction.READ_SCREENINGS, RECORD_TYPE, id, caseRecord.youngPersonId);
        return view(screening);
    }

    void caseOpened(@Observes CaseEvents.Opened event) {
        CaseRecord caseRecord = event.caseRecord();
        if (settings.compulsoryFor().contains(caseRecord.caseType)) {
            LocalDate due = dueDate(caseRecord);
            for (ScreeningKind kind : COMPULSORY) {
                Screening screening = records.saveNew(Screening.due(caseRecord.id, kind, due),
                        CaseAuditAction.SCHEDULE_SCREENING, RECORD_TYPE, caseRecord.youngPersonId);
                kind.work().ifPresent(w -> work.due(caseRecord, w, screening.id, due));
            }
        }
    }

    /** A corrected outcome date moves the compulsory screenings still due. */
    void caseCorrected(@Observes CaseEvents.Corrected event) {
        CaseRecord caseRecord = event.caseRecord();
        LocalDate due = dueDate(caseRecord);
        for (ScreeningKind kind : COMPULSORY) {
            Screening.open(caseRecord.id, kind).filter(s -> s.dueDate != null && !s.dueDate.equals(due))
                    .ifPresent(screening -> {
                        screening.dueDate = due;
                        records.saveUpdate(screening, CaseAuditAction.SCHEDULE_SCREENING, RECORD_TYPE,
                                caseRecord.youngPersonId, List.of("dueDate"));
                        kind.work().ifPresent(w -> work.due(caseRecord, w, screening.id, due));
                    });
        }
    }

    @Transactional
    public Versioned<ScreeningView> complete(UUID caseId, UUID id, ScreeningResult result, String ifMatch) {
        CaseRecord caseRecord = cases.findVisible(caseId, CaseAuditAction.COMPLETE_SCREENING);
        Screening screening = find(caseRecord, id);
        screening.lockAtIfMatch(ifMatch);
        if (screening.isCompleted()) {
            throw ProblemException.conflict("This screening was completed on " + screening.completedOn);
        }
        check(result);
        screening.complete(result, records.changedBy());
        records.saveChange(screening, CaseAuditAction.COMPLETE_SCREENING, RECORD_TYPE, caseRecord.youngPersonId);
        screening.kind.work().ifPresent(w -> work.done(screening.id, w, result.completedOn()));
        return view(screening);
    }

    @Transactional
    public Versioned<ScreeningView> record(UUID caseId, RecordScreeningRequest request) {
        CaseRecord caseRecord = cases.findVisible(caseId, CaseAuditAction.COMPLETE_SCREENING);
        if (caseRecord.isClosed()) {
            throw ProblemException.conflict("The case is closed; reopen it before recording a screening");
        }
        Screening.open(caseId, request.kind()).ifPresent(due -> {
            throw ProblemException.conflict("A " + request.kind() + " screening is due (" + due.id
                    + "): complete that one");
        });
        check(request.result());
        Screening screening = Screening.due(caseId, request.kind(), null);
        screening.complete(request.result(), records.changedBy());
        records.saveNew(screening, CaseAuditAction.COMPLETE_SCREENING, RECORD_TYPE, caseRecord.youngPersonId);
        return view(screening);
    }

    /** Concerns found now are referred, and the referral is recorded; none is recorded when there are none. */
    private static void check(ScreeningResult result) {
        switch (result.outcome()) {
            case CONCERNS_IDENTIFIED -> {
                if (result.referral() == null) {
                    throw ProblemException.invalid("referral", "is required when concerns are identified");
                }
                if (result.referralMadeOn() == null) {
                    throw ProblemException.invalid("referralMadeOn", "is required when concerns are identified");
                }
            }
            case NO_CONCERNS -> {
                if (result.referral() != null || result.referralMadeOn() != null) {
                    throw ProblemException.invalid("referral", "is only for concerns identified or already known");
                }
            }
            case ALREADY_KNOWN -> {
                if ((result.referral() == null) != (result.referralMadeOn() == null)) {
                    throw ProblemException.invalid("referralMadeOn", "goes with a referral, and a referral with it");
                }
            }
        }
        if (result.referralMadeOn() != null && result.referralMadeOn().isAfter(result.completedOn())) {
            throw ProblemException.invalid("referralMadeOn", "must not be after the screening was completed");
        }
    }

    private LocalDate dueDate(CaseRecord caseRecord) {
        return workingDays.plusWorkingDays(caseRecord.outcomeDate, settings.dueWithinWorkingDays());
    }

    private Screening find(CaseRecord caseRecord, UUID id) {
        Screening screening = Screening.findById(id);
        if (screening == null || !screening.caseId.equals(caseRecord.id)) {
            throw ProblemException.notFound("Screening");
        }
        return screening;
    }

    private Versioned<ScreeningView> view(Screening screening) {
        return new Versioned<>(ScreeningView.of(screening, time.today()), screening.version);
    }
}
