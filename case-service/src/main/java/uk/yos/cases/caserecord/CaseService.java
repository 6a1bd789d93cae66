package uk.yos.cases.caserecord;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.cases.access.CaseAccess;
import uk.yos.cases.allocation.Allocation;
import uk.yos.cases.allocation.Allocations;
import uk.yos.cases.allocation.WorkerRef;
import uk.yos.cases.audit.CaseAuditAction;
import uk.yos.cases.contract.CaseReference;
import uk.yos.cases.contract.OffenceRequest;
import uk.yos.cases.referencedata.ReferenceCategory;
import uk.yos.cases.referencedata.ReferenceData;
import uk.yos.cases.youngperson.AgeRules;
import uk.yos.cases.youngperson.YoungPerson;
import uk.yos.cases.youngperson.YoungPersonService;
import uk.yos.common.audit.AuditLog;
import uk.yos.common.audit.ChangedFields;
import uk.yos.common.calendar.TimeSource;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.paging.Page;
import uk.yos.common.paging.PageRequest;
import uk.yos.common.paging.SortFields;
import uk.yos.common.persistence.RecordChanges;
import uk.yos.common.problem.ProblemException;
import uk.yos.common.query.Conditions;
import uk.yos.web.problem.ProblemType;
import uk.yos.web.security.Caller;
import uk.yos.web.security.Roles;

@ApplicationScoped
public class CaseService {

    public static final String RECORD_TYPE = "CASE";

    static final SortFields SORT = SortFields.of(Map.of(
            "outcomeDate", "c.outcomeDate",
            "caseType", "c.caseType",
            "status", "c.status",
            "createdAt", "c.createdAt"), "-outcomeDate");

    @Inject
    RecordChanges records;

    @Inject
    CaseAccess access;

    @Inject
    Caller caller;

    @Inject
    YoungPersonService youngPeople;

    @Inject
    Allocations allocations;

    @Inject
    ReferenceData referenceData;

    @Inject
    AgeRules ageRules;

    @Inject
    AuditLog audit;

    @Inject
    TimeSource time;

    @Inject
    Event<CaseEvents.Opened> opened;

    @Inject
    Event<CaseEvents.Corrected> corrected;

    @Inject
    Event<CaseEvents.StatusChanged> statusChanged;

    @Transactional
    public Page<CaseSummaryView> search(CaseSearch search, PageRequest paging) {
        CaseAccess.Predicate visible = access.cases("c");
        Conditions conditions = new Conditions()
                .always(visible.hql(), visible.parameters())
                .add("c.youngPersonId = :youngPersonId", "youngPersonId", search.youngPersonId)
                .add("c.status = :status", "status", search.status)
                .add("c.caseType = :caseType", "caseType", search.caseType)
                .add("c.owningTeamCode = :owningTeamCode", "owningTeamCode", search.owningTeamCode)
                .add("exists (select 1 from Allocation fa where fa.caseId = c.id and fa.workerId = :allocatedWorkerId "
                        + "and fa.endDate is null)", "allocatedWorkerId", search.allocatedWorkerId)
                .add("c.outcomeDate >= :outcomeDateFrom", "outcomeDateFrom", search.outcomeDateFrom)
                .add("c.outcomeDate <= :outcomeDateTo", "outcomeDateTo", search.outcomeDateTo);
        Page<CaseSummaryView> page = Page.of(
                CaseRecord.find("from CaseRecord c where " + conditions.where(),
                        SORT.toSort(paging.sort(), "c.id"), conditions.parameters()),
                paging, CaseSummaryView::of);
        audit.recordSearch(RECORD_TYPE, "filters=" + conditions.filtersUsed() + " results=" + page.totalItems());
        return page;
    }

    @Transactional
    public Versioned<CaseView> read(UUID id) {
        CaseRecord caseRecord = findVisible(id, CaseAuditAction.READ);
        audit.recordRead(CaseAuditAction.READ, RECORD_TYPE, id, caseRecord.youngPersonId);
        return view(caseRecord);
    }

    /**
     * Reads the reference view other services check a case id against; who may see which case is
     * {@link CaseAccess#referableCases}. Audited like any read of a case.
     */
    @Transactional
    public Versioned<CaseReference> readReference(UUID id) {
        CaseRecord caseRecord = find(id, CaseAuditAction.READ_SUMMARY, access::canReferToCase);
        audit.recordRead(CaseAuditAction.READ_SUMMARY, RECORD_TYPE, id, caseRecord.youngPersonId);
        return new Versioned<>(reference(caseRecord), caseRecord.version);
    }

    /**
     * The case as other services refer to it (case-contract's {@link CaseReference}): no names, dates of birth or
     * free text, because callers such as the RJ team and panel coordinators may not read the case itself.
     */
    static CaseReference reference(CaseRecord c) {
        return new CaseReference(c.id, c.youngPersonId, c.caseType.name(), c.caseType.category().name(),
                c.status.name(), c.owningTeamCode, c.outcomeDate, c.offences.stream()
                        .map(o -> new CaseReference.OffenceReference(o.id, o.offenceTypeCode, o.offenceDate,
                                o.gravityScore))
                        .toList());
    }

    @Transactional
    public Versioned<CaseView> open(OpenCaseRequest request) {
        YoungPerson child = youngPeople.findVisible(request.youngPersonId(), CaseAuditAction.OPEN_CASE);
        String team = request.owningTeamCode() != null ? request.owningTeamCode()
                : caller.team().orElseThrow(() -> ProblemException.invalid("owningTeamCode",
                        "is required because your token names no team"));
        if (!caller.team().map(team::equals).orElse(false)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You can open cases only for your own team");
        }
        WorkerRef primary = primaryCaseManager(request.primaryCaseManager());
        List<OffenceRequest> offences = request.offences() == null ? List.of() : request.offences();
        CaseRecord caseRecord = openCase(child,
                new CaseOpening(request.caseType(), request.outcomeDate(), team, offences, null));
        allocations.startPrimary(caseRecord.id, team, primary.workerId(), time.today(),
                request.primaryCaseManager() == null ? "primaryCaseManager" : "primaryCaseManager.workerId");
        return view(caseRecord);
    }

    /**
     * Opens a case for a child already found, in a team the caller has been cleared to use: checks the team is
     * active, the outcome date and every offence (the child's age on it), works out first-time entrant status,
     * writes the case and audits it. No primary case manager is allocated here: {@link #open} allocates one, a
     * diversion intake leaves it to an operations manager (its caller, a prevention worker, names no YOS worker).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseRecord openCase(YoungPerson child, CaseOpening opening) {
        referenceData.requireActive(ReferenceCategory.TEAM, opening.owningTeamCode(), "owningTeamCode");
        checkOutcomeDate(child, opening.outcomeDate(), "outcomeDate");
        List<OffenceRequest> offences = opening.offences();
        if (offences.isEmpty() && opening.caseType() != CaseType.PREVENTION) {
            throw ProblemException.invalid("offences", "at least one offence is required for a "
                    + opening.caseType() + " case");
        }

        CaseRecord caseRecord = new CaseRecord();
        caseRecord.youngPersonId = child.id;
        caseRecord.caseType = opening.caseType();
        caseRecord.outcomeDate = opening.outcomeDate();
        caseRecord.owningTeamCode = opening.owningTeamCode();
        caseRecord.status = CaseStatus.OPEN;
        caseRecord.firstTimeEntrant = isFirstTimeEntrant(child.id, opening.caseType(), null);
        if (opening.source() != null) {
            caseRecord.sourceReference = opening.source().reference();
            caseRecord.youngPersonMatched = opening.source().youngPersonMatched();
        }
        records.stampCreated(caseRecord);
        for (int i = 0; i < offences.size(); i++) {
            caseRecord.offences.add(offence(caseRecord, child, offences.get(i), "offences[" + i + "]."));
        }
        caseRecord.persistAndFlush();
        audit.record(CaseAuditAction.OPEN, RECORD_TYPE, caseRecord.id, child.id);
        opened.fire(new CaseEvents.Opened(caseRecord));
        return caseRecord;
    }

    @Transactional
    public Versioned<CaseView> update(UUID id, UpdateCaseRequest request, String ifMatch) {
        CaseRecord caseRecord = findOpenForChange(id, ifMatch, CaseAuditAction.UPDATE);
        ChangedFields changes = ChangedFields.before(caseRecord);
        YoungPerson child = YoungPerson.findById(caseRecord.youngPersonId);
        if (!request.owningTeamCode().equals(caseRecord.owningTeamCode)) {
            if (!caller.hasRole(Roles.OPERATIONS_MANAGER)) {
                throw new ProblemException(ProblemType.FORBIDDEN,
                        "Only an operations manager can move a case to another team");
            }
            referenceData.requireActive(ReferenceCategory.TEAM, request.owningTeamCode(), "owningTeamCode");
            caseRecord.owningTeamCode = request.owningTeamCode();
        }
        checkOutcomeDate(child, request.outcomeDate(), "outcomeDate");
        if (caseRecord.offences.stream().anyMatch(o -> o.offenceDate.isAfter(request.outcomeDate()))) {
            throw ProblemException.invalid("outcomeDate", "must not be before the date of any of the case's offences");
        }
        if (request.caseType() != caseRecord.caseType) {
            caseRecord.firstTimeEntrant = isFirstTimeEntrant(child.id, request.caseType(), id);
        }
        caseRecord.caseType = request.caseType();
        caseRecord.outcomeDate = request.outcomeDate();
        records.saveUpdate(caseRecord, CaseAuditAction.UPDATE, RECORD_TYPE, caseRecord.youngPersonId,
                changes.in(caseRecord));
        corrected.fire(new CaseEvents.Corrected(caseRecord));
        return view(caseRecord);
    }

    @Transactional
    public Versioned<CaseView> addOffence(UUID id, OffenceRequest request, String ifMatch) {
        CaseRecord caseRecord = findOpenForChange(id, ifMatch, CaseAuditAction.ADD_OFFENCE);
        if (caseRecord.offences.size() >= CaseView.MAX_OFFENCES) {
            throw ProblemException.unprocessable("A case holds at most " + CaseView.MAX_OFFENCES + " offences");
        }
        YoungPerson child = YoungPerson.findById(caseRecord.youngPersonId);
        Offence offence = offence(caseRecord, child, request, "");
        offence.persist();
        caseRecord.offences.add(offence);
        return view(records.saveChange(caseRecord, CaseAuditAction.ADD_OFFENCE, RECORD_TYPE, caseRecord.youngPersonId));
    }

    /** Corrects an offence recorded in error; the audit trail keeps who changed it and when. */
    @Transactional
    public Versioned<CaseView> amendOffence(UUID id, UUID offenceId, OffenceRequest request, String ifMatch) {
        CaseRecord caseRecord = findOpenForChange(id, ifMatch, CaseAuditAction.AMEND_OFFENCE);
        Offence offence = caseRecord.offences.stream().filter(o -> o.id.equals(offenceId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Offence"));
        YoungPerson child = YoungPerson.findById(caseRecord.youngPersonId);
        checkOffence(caseRecord, child, request, "", offence.offenceTypeCode);
        describe(offence, request);
        return view(records.saveChange(caseRecord, CaseAuditAction.AMEND_OFFENCE, RECORD_TYPE,
                caseRecord.youngPersonId));
    }

    @Transactional
    public Versioned<CaseView> close(UUID id, CloseCaseRequest request, String ifMatch) {
        CaseRecord caseRecord = findOpenForChange(id, ifMatch, CaseAuditAction.CLOSE);
        if (request.closedOn().isBefore(caseRecord.outcomeDate)) {
            throw ProblemException.invalid("closedOn", "must not be before the case's outcome date");
        }
        caseRecord.close(request.closureReason(), request.closedOn(), request.eteHoursAtClosure(),
                request.accommodationSuitable(), request.endOfOrderQuestionnaireCompleted());
        records.stampChanged(caseRecord);
        caseRecord.persistAndFlush();
        String reason = request.closureReason() + (request.notes() == null ? "" : ": " + request.notes().strip());
        recordStatusChange(caseRecord, reason, request.closedOn());
        audit.record(CaseAuditAction.CLOSE, RECORD_TYPE, id, caseRecord.youngPersonId);
        return view(caseRecord);
    }

    @Transactional
    public Versioned<CaseView> reopen(UUID id, ReopenCaseRequest request, String ifMatch) {
        CaseRecord caseRecord = lockForChange(id, ifMatch, CaseAuditAction.REOPEN);
        if (!caseRecord.isClosed()) {
            throw ProblemException.conflict("The case is already open");
        }
        caseRecord.reopen();
        records.stampChanged(caseRecord);
        caseRecord.persistAndFlush();
        recordStatusChange(caseRecord, request.reason().strip(), time.today());
        audit.record(CaseAuditAction.REOPEN, RECORD_TYPE, id, caseRecord.youngPersonId);
        return view(caseRecord);
    }

    /**
     * The case if the caller may see it; otherwise 404 whether or not it exists, with a DENIED audit row when
     * it does.
     */
    public CaseRecord findVisible(UUID id, CaseAuditAction action) {
        return find(id, action, access::canSeeCase);
    }

    /**
     * The case, for a read of its records (its assessments, plans, ...): as {@link #findVisible}, with the read
     * audited against the case as {@code action}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseRecord readVisible(UUID id, CaseAuditAction action) {
        CaseRecord caseRecord = findVisible(id, action);
        audit.recordRead(action, RECORD_TYPE, id, caseRecord.youngPersonId);
        return caseRecord;
    }

    /** The case if {@code visible} (one of {@link CaseAccess}'s checks) allows it; otherwise as {@link #findVisible}. */
    private CaseRecord find(UUID id, CaseAuditAction action, Predicate<UUID> visible) {
        CaseRecord caseRecord = CaseRecord.findById(id);
        if (caseRecord == null) {
            throw ProblemException.notFound("Case");
        }
        if (!visible.test(id)) {
            audit.recordDenied(action, RECORD_TYPE, id);
            throw ProblemException.notFound("Case");
        }
        return caseRecord;
    }

    /** A visible, open case at the version the caller last read: the gate for every change to a case. */
    public CaseRecord findOpenForChange(UUID id, String ifMatch, CaseAuditAction action) {
        CaseRecord caseRecord = lockForChange(id, ifMatch, action);
        if (caseRecord.isClosed()) {
            throw ProblemException.conflict("The case is closed; reopen it with a reason before changing it");
        }
        return caseRecord;
    }

    /**
     * The case the caller may see, locked at the version its If-Match names. Changes to one case (and to its offences
     * and allocations) are so serialised.
     */
    private CaseRecord lockForChange(UUID id, String ifMatch, CaseAuditAction action) {
        CaseRecord caseRecord = findVisible(id, action);
        caseRecord.lockAtIfMatch(ifMatch);
        return caseRecord;
    }

    public Versioned<CaseView> view(CaseRecord caseRecord) {
        return new Versioned<>(CaseView.of(caseRecord, Allocation.current(caseRecord.id)), caseRecord.version);
    }

    private WorkerRef primaryCaseManager(WorkerRef requested) {
        if (requested != null) {
            return requested;
        }
        if (caller.hasRole(Roles.CASE_MANAGER)) {
            return new WorkerRef(caller.subject());
        }
        throw ProblemException.invalid("primaryCaseManager", "is required unless a case manager opens the case");
    }

    private Offence offence(CaseRecord caseRecord, YoungPerson child, OffenceRequest request, String fieldPrefix) {
        checkOffence(caseRecord, child, request, fieldPrefix, null);
        Offence offence = new Offence();
        offence.caseRecord = caseRecord;
        offence.recordedAt = time.now();
        offence.recordedBy = caller.username();
        describe(offence, request);
        return offence;
    }

    /**
     * @param fieldPrefix where the offence sits in the request body, for error messages
     * @param currentTypeCode the offence's type before an amendment: it stays valid even if since deactivated
     */
    private void checkOffence(CaseRecord caseRecord, YoungPerson child, OffenceRequest request, String fieldPrefix,
            String currentTypeCode) {
        referenceData.requireKnown(ReferenceCategory.OFFENCE_TYPE, request.offenceTypeCode(),
                fieldPrefix + "offenceTypeCode", currentTypeCode);
        String dateField = fieldPrefix + "offenceDate";
        ageRules.checkAgeAtOffence(child.dateOfBirth, request.offenceDate(), dateField);
        if (request.offenceDate().isAfter(caseRecord.outcomeDate)) {
            throw ProblemException.invalid(dateField, "must not be after the outcome date");
        }
    }

    private static void describe(Offence offence, OffenceRequest request) {
        offence.offenceTypeCode = request.offenceTypeCode();
        offence.description = request.description().strip();
        offence.gravityScore = request.gravityScore();
        offence.offenceDate = request.offenceDate();
    }

    private void checkOutcomeDate(YoungPerson child, LocalDate outcomeDate, String field) {
        if (AgeRules.ageOn(child.dateOfBirth, outcomeDate) < ageRules.minimumAgeAtOffence()) {
            throw ProblemException.invalid(field, "is before the child was old enough to enter the youth justice system");
        }
    }

    /** First-time entrant: this is the child's first youth caution, conditional caution or conviction. */
    private boolean isFirstTimeEntrant(UUID youngPersonId, CaseType caseType, UUID excludingCase) {
        if (!caseType.countsForFirstTimeEntrant()) {
            return false;
        }
        List<CaseType> counting = Arrays.stream(CaseType.values())
                .filter(CaseType::countsForFirstTimeEntrant).toList();
        long earlier = excludingCase == null
                ? CaseRecord.count("youngPersonId = ?1 and caseType in ?2", youngPersonId, counting)
                : CaseRecord.count("youngPersonId = ?1 and caseType in ?2 and id <> ?3", youngPersonId, counting,
                        excludingCase);
        return earlier == 0;
    }

    private void recordStatusChange(CaseRecord caseRecord, String reason, LocalDate effectiveOn) {
        CaseStatusChange change = new CaseStatusChange();
        change.caseId = caseRecord.id;
        change.status = caseRecord.status;
        change.reason = reason.length() <= 500 ? reason : reason.substring(0, 500);
        change.effectiveOn = effectiveOn;
        change.changedAt = time.now();
        change.changedBy = caller.username();
        change.persist();
        statusChanged.fire(new CaseEvents.StatusChanged(caseRecord));
    }

}
