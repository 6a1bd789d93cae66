package uk.yos.referralorders.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.yos.cases.contract.CaseReference;
import uk.yos.common.audit.AuditLog;
import uk.yos.common.audit.ChangedFields;
import uk.yos.common.calendar.TimeSource;
import uk.yos.common.calendar.WorkingDays;
import uk.yos.common.client.caseservice.CaseService;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.paging.Page;
import uk.yos.common.paging.PageRequest;
import uk.yos.common.paging.SortFields;
import uk.yos.common.persistence.RecordChanges;
import uk.yos.common.problem.ProblemException;
import uk.yos.common.query.Conditions;
import uk.yos.common.text.Texts;
import uk.yos.referralorders.access.CaseScopedSearch;
import uk.yos.referralorders.access.ReferralAccess;
import uk.yos.referralorders.audit.ReferralOrderAuditAction;
import uk.yos.referralorders.panel.Attendance;
import uk.yos.referralorders.panel.Panel;
import uk.yos.referralorders.panel.PanelComposition;
import uk.yos.referralorders.panel.PanelMember;
import uk.yos.referralorders.panel.PanelStatus;
import uk.yos.referralorders.panel.PanelType;
import uk.yos.referralorders.support.ReferralOrderRules;
import uk.yos.referralorders.volunteer.Volunteer;
import uk.yos.web.problem.FieldError;
import uk.yos.web.problem.ProblemType;

/**
 * Referral orders. Reads by case roles ask case-service first (with the caller's token, outside any transaction);
 * every change is the panel coordinator's and goes through {@link #lockForChange}.
 */
@ApplicationScoped
public class ReferralOrderService {

    public static final String RECORD_TYPE = "REFERRAL_ORDER";

    static final SortFields SORT = SortFields.of(Map.of(
            "sentenceDate", "o.sentenceDate",
            "initialPanelDueDate", "o.initialPanelDueDate",
            "endDate", "o.endDate",
            "status", "o.status",
            "createdAt", "o.createdAt"), "-sentenceDate");

    @Inject
    RecordChanges records;

    @Inject
    ReferralAccess access;

    @Inject
    CaseService cases;

    @Inject
    CaseScopedSearch caseScope;

    @Inject
    AuditLog audit;

    @Inject
    TimeSource time;

    @Inject
    WorkingDays workingDays;

    @Inject
    ReferralOrderRules rules;

    @Inject
    EntityManager entityManager;

    @Inject
    PanelDueDates dueDates;

    @Inject
    BreachConsideration breach;

    @Inject
    PanelComposition composition;

    // ---------------------------------------------------------------------------------------------- reads

    public Page<ReferralOrderSummaryView> search(ReferralOrderSearch search, PageRequest paging) {
        if (!caseScope.mayRun(search.caseId, RECORD_TYPE)) {
            return Page.empty(paging);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Conditions conditions = new Conditions()
                    .add("o.caseId = :caseId", "caseId", search.caseId)
                    .add("o.youngPersonId = :youngPersonId", "youngPersonId", search.youngPersonId)
                    .add("o.status = :status", "status", search.status)
                    .add("o.owningTeamCode = :owningTeamCode", "owningTeamCode", search.owningTeamCode)
                    .add("o.initialPanelHeldOn is null and o.initialPanelDueDate < :initialPanelDueBefore",
                            "initialPanelDueBefore", search.initialPanelDueBefore);
            LocalDate today = time.today();
            Page<ReferralOrderSummaryView> page = Page.of(
                    ReferralOrder.find("from ReferralOrder o where " + conditions.where(),
                            SORT.toSort(paging.sort(), "o.id"), conditions.parameters()),
                    paging, o -> ReferralOrderSummaryView.of((ReferralOrder) o, today));
            audit.recordSearch(RECORD_TYPE, "filters=" + conditions.filtersUsed() + " results=" + page.totalItems());
            return page;
        });
    }

    public Versioned<ReferralOrderView> read(UUID id) {
        requireReadable(id, ReferralOrderAuditAction.READ);
        return QuarkusTransaction.requiringNew().call(() -> {
            ReferralOrder order = find(id);
            audit.recordRead(ReferralOrderAuditAction.READ, RECORD_TYPE, id, order.youngPersonId);
            return view(order);
        });
    }

    /** The current contract: for the coordinator, the case's readers, and volunteers sitting on one of its panels. */
    public ContractView contract(UUID id) {
        UUID caseId = caseOf(id);
        // Any role that lets the caller see it will do; case-service is only asked when nothing else answered.
        boolean visible = access.isCoordinator()
                || access.isVolunteer() && QuarkusTransaction.requiringNew().call(() -> access.sitsOnPanelOfOrder(id))
                || access.readsThroughCase() && cases.isVisible(caseId);
        if (!visible) {
            audit.recordDenied(ReferralOrderAuditAction.READ_CONTRACT, RECORD_TYPE, id);
            throw ProblemException.notFound("Referral order");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            ReferralOrder order = find(id);
            Panel panel = order.contractPanelId == null ? null : Panel.findById(order.contractPanelId);
            if (panel == null) {
                throw new ProblemException(ProblemType.NOT_FOUND,
                        "No contract has been agreed for this order yet");
            }
            audit.recordRead(ReferralOrderAuditAction.READ_CONTRACT, RECORD_TYPE, id, order.youngPersonId);
            return new ContractView(order.id, order.caseId, order.youngPersonId, panel.heldOn, panel.id,
                    order.startDate, order.endDate, List.copyOf(panel.contractTerms));
        });
    }

    /**
     * 404 unless the caller may read this order: the coordinator always; case roles when case-service shows them
     * the order's case (asked outside any transaction; a failing case-service is 503).
     */
    private void requireReadable(UUID id, ReferralOrderAuditAction action) {
        UUID caseId = caseOf(id);
        if (access.isCoordinator()) {
            return;
        }
        if (!access.readsThroughCase() || !cases.isVisible(caseId)) {
            audit.recordDenied(action, RECORD_TYPE, id);
            throw ProblemException.notFound("Referral order");
        }
    }

    private UUID caseOf(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> find(id).caseId);
    }

    // ---------------------------------------------------------------------------------------------- create

    /**
     * Checks a new order's request against the rules and case-service, before anything is written: the length,
     * then the case (it must be an OPEN REFERRAL_ORDER case the caller may refer to).
     */
    public CaseReference checkNewOrder(CreateReferralOrderRequest request) {
        checkLength(request.lengthMonths(), "lengthMonths");
        CaseReference reference = cases.find(request.caseId())
                .orElseThrow(() -> ProblemException.unprocessable("caseId", "is not a case you can refer to"));
        if (!CaseReference.REFERRAL_ORDER.equals(reference.caseType())) {
            throw ProblemException.unprocessable("caseId", "is a " + reference.caseType() + " case, not a REFERRAL_ORDER case");
        }
        if (!CaseReference.OPEN.equals(reference.status())) {
            throw ProblemException.unprocessable("caseId", "is not an OPEN case");
        }
        return reference;
    }

    /** Writes the order for a case {@link #checkNewOrder} accepted; joins the idempotent-creation transaction. */
    @Transactional
    public Versioned<ReferralOrderView> create(CreateReferralOrderRequest request, CaseReference reference) {
        if (ReferralOrder.findByCaseId(reference.id()).isPresent()) {
            throw ProblemException.conflict("This case already has a referral order");
        }
        ReferralOrder order = new ReferralOrder();
        order.caseId = reference.id();
        order.youngPersonId = reference.youngPersonId();
        order.owningTeamCode = reference.owningTeamCode();
        order.sentenceDate = request.sentenceDate();
        order.courtName = request.court().strip();
        order.lengthMonths = request.lengthMonths();
        order.extensionMonths = 0;
        order.status = ReferralOrderStatus.AWAITING_CONTRACT;
        order.initialPanelDueDate = initialPanelDueDate(request.sentenceDate());
        records.saveNew(order, ReferralOrderAuditAction.CREATE, RECORD_TYPE, order.youngPersonId);
        return view(order);
    }

    // ---------------------------------------------------------------------------------------------- changes

    @Transactional
    public Versioned<ReferralOrderView> correct(UUID id, CorrectReferralOrderRequest request, String ifMatch) {
        checkLength(request.lengthMonths(), "lengthMonths");
        ReferralOrder order = lockForChange(id, ifMatch);
        ChangedFields changes = ChangedFields.before(order);
        requireNotClosed(order);
        if (request.lengthMonths() + order.extensionMonths > rules.maxTotalMonths()) {
            throw ProblemException.unprocessable("lengthMonths", "with the " + order.extensionMonths
                    + " months of extensions would exceed " + rules.maxTotalMonths() + " months in total");
        }
        LocalDate firstPanel = order.initialPanelHeldOn != null ? order.initialPanelHeldOn : order.contractAgreedOn;
        if (firstPanel != null && request.sentenceDate().isAfter(firstPanel)) {
            throw ProblemException.invalid("sentenceDate", "must not be after the initial panel (" + firstPanel + ")");
        }
        if (Panel.count("referralOrderId = ?1 and status <> ?2 and scheduledFor < ?3", id, PanelStatus.CANCELLED,
                request.sentenceDate().atStartOfDay()) > 0) {
            throw ProblemException.invalid("sentenceDate", "must not be after any of the order's panels");
        }
        order.sentenceDate = request.sentenceDate();
        order.courtName = request.court().strip();
        order.lengthMonths = request.lengthMonths();
        order.initialPanelDueDate = initialPanelDueDate(request.sentenceDate());
        order.recomputeEndDate();
        return view(records.saveUpdate(order, ReferralOrderAuditAction.UPDATE, RECORD_TYPE, order.youngPersonId,
                changes.in(order)));
    }

    @Transactional
    public Versioned<ReferralOrderView> extend(UUID id, ExtensionRequest request, String ifMatch) {
        ReferralOrder order = lockForChange(id, ifMatch);
        if (order.status != ReferralOrderStatus.ACTIVE) {
            throw ProblemException.conflict("Only an ACTIVE order can be extended (this one is " + order.status + ")");
        }
        if (request.grantedOn().isBefore(order.startDate)) {
            throw ProblemException.invalid("grantedOn", "must not be before the order's start date (" + order.startDate
                    + ")");
        }
        List<FieldError> broken = new ArrayList<>();
        int extensions = order.extensionMonths + request.months();
        if (extensions > rules.maxExtensionMonths()) {
            broken.add(new FieldError("months", "would make " + extensions + " months of extensions; at most "
                    + rules.maxExtensionMonths() + " are allowed (" + order.extensionMonths + " already granted)"));
        }
        if (order.lengthMonths + extensions > rules.maxTotalMonths()) {
            broken.add(new FieldError("months", "would make the order " + (order.lengthMonths + extensions)
                    + " months long; it may not exceed " + rules.maxTotalMonths()));
        }
        if (!broken.isEmpty()) {
            throw ProblemException.unprocessable("The extension is not allowed", broken);
        }
        OrderExtension extension = new OrderExtension();
        extension.order = order;
        extension.months = request.months();
        extension.grantedOn = request.grantedOn();
        extension.reason = request.reason().strip();
        extension.recordedAt = time.now();
        extension.recordedBy = records.changedBy();
        extension.persist();
        order.extensions.add(extension);
        order.extensionMonths = extensions;
        order.recomputeEndDate();
        return view(records.saveChange(order, ReferralOrderAuditAction.EXTEND, RECORD_TYPE, order.youngPersonId));
    }

    @Transactional
    public Versioned<ReferralOrderView> requestRevocation(UUID id, RevocationApplication request, String ifMatch) {
        ReferralOrder order = lockForChange(id, ifMatch);
        if (order.status != ReferralOrderStatus.ACTIVE) {
            throw ProblemException.conflict("Only an ACTIVE order can be revoked (this one is " + order.status + ")");
        }
        if (order.pendingRevocation().isPresent()) {
            throw ProblemException.conflict("A revocation request is already pending for this order");
        }
        if (request.requestedOn().isBefore(order.startDate)) {
            throw ProblemException.invalid("requestedOn", "must not be before the order's start date ("
                    + order.startDate + ")");
        }
        LocalDate allowedFrom = revocationAllowedFrom(order);
        if (allowedFrom != null && request.requestedOn().isBefore(allowedFrom)) {
            throw ProblemException.unprocessable("requestedOn", "a revocation request was refused less than "
                    + rules.revocationReapplyAfterMonths() + " months ago; a new one may be made from " + allowedFrom);
        }
        RevocationRequest revocation = new RevocationRequest();
        revocation.order = order;
        revocation.requestedOn = request.requestedOn();
        revocation.reason = request.reason().strip();
        revocation.status = RevocationStatus.PENDING;
        revocation.recordedAt = time.now();
        revocation.recordedBy = records.changedBy();
        revocation.persist();
        order.revocationRequests.add(revocation);
        return view(records.saveChange(order, ReferralOrderAuditAction.REQUEST_REVOCATION, RECORD_TYPE,
                order.youngPersonId));
    }

    @Transactional
    public Versioned<ReferralOrderView> decideRevocation(UUID id, UUID requestId, RevocationDecisionRequest request,
            String ifMatch) {
        ReferralOrder order = lockForChange(id, ifMatch);
        RevocationRequest revocation = order.revocationRequests.stream().filter(r -> r.id.equals(requestId))
                .findFirst().orElseThrow(() -> ProblemException.notFound("Revocation request"));
        if (revocation.status != RevocationStatus.PENDING) {
            throw ProblemException.conflict("This revocation request was already decided (" + revocation.status + ")");
        }
        if (request.decidedOn().isBefore(revocation.requestedOn)) {
            throw ProblemException.invalid("decidedOn", "must not be before the request (" + revocation.requestedOn
                    + ")");
        }
        revocation.decidedOn = request.decidedOn();
        revocation.decisionNote = Texts.stripToNull(request.note());
        revocation.decidedBy = records.changedBy();
        ReferralOrderAuditAction action;
        if (request.decision() == RevocationDecision.GRANTED) {
            revocation.status = RevocationStatus.GRANTED;
            close(order, ReferralOrderStatus.REVOKED, request.decidedOn());
            action = ReferralOrderAuditAction.REVOKE;
        } else {
            revocation.status = RevocationStatus.REFUSED;
            action = ReferralOrderAuditAction.REFUSE_REVOCATION;
        }
        return view(records.saveChange(order, action, RECORD_TYPE, order.youngPersonId));
    }

    @Transactional
    public Versioned<ReferralOrderView> recordMissedAppointment(UUID id, MissedAppointmentRequest request,
            String ifMatch) {
        ReferralOrder order = lockForChange(id, ifMatch);
        if (request.missedOn().isBefore(order.sentenceDate)) {
            throw ProblemException.invalid("missedOn", "must not be before the sentence date (" + order.sentenceDate
                    + ")");
        }
        addMissedAppointment(order, request.missedOn(), request.kind(), null, request.note());
        return view(records.saveChange(order, ReferralOrderAuditAction.RECORD_MISSED_APPOINTMENT, RECORD_TYPE,
                order.youngPersonId));
    }

    /**
     * Replaces the order's victims (victim-service ids). Refused (409) once the order has ended, and while a volunteer
     * on one of its scheduled panels has declared a conflict with a victim being added: change that panel first.
     */
    @Transactional
    public Versioned<ReferralOrderView> recordVictims(UUID id, OrderVictimsRequest request, String ifMatch) {
        Set<UUID> victimIds = new HashSet<>();
        for (int i = 0; i < request.victimIds().size(); i++) {
            if (!victimIds.add(request.victimIds().get(i))) {
                throw ProblemException.invalid("victimIds[" + i + "]", "is listed twice");
            }
        }
        ReferralOrder order = lockForChange(id, ifMatch);
        requireNotClosed(order);
        Set<UUID> added = new HashSet<>(victimIds);
        added.removeAll(order.victimIds);
        if (!added.isEmpty()) {
            List<UUID> sitting = PanelMember.<PanelMember>list("panel.referralOrderId = ?1 and panel.status = ?2", id,
                    PanelStatus.SCHEDULED).stream().map(m -> m.volunteerId).distinct().toList();
            if (!sitting.isEmpty()) {
                composition.requireNoVictimConflict(Volunteer.<Volunteer>list("id in ?1", sitting), added);
            }
        }
        order.victimIds.clear();
        order.victimIds.addAll(victimIds);
        return view(records.saveChange(order, ReferralOrderAuditAction.RECORD_VICTIMS, RECORD_TYPE,
                order.youngPersonId));
    }

    // ------------------------------------------------------------------------- used by panels, in their transaction

    /**
     * Locks the order's row until the transaction ends, without an ETag: a panel change holds its order still
     * while it checks and changes it. Call it before the order is loaded in the transaction, so what is loaded
     * after it is current.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReferralOrder lock(UUID id) {
        int locked = entityManager.createQuery("update ReferralOrder o set o.updatedAt = o.updatedAt where o.id = :id")
                .setParameter("id", id).executeUpdate();
        if (locked == 0) {
            throw ProblemException.notFound("Referral order");
        }
        return find(id);
    }

    /** Ends the order: completed, revoked or referred back to court. Pending work for it ends too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void close(ReferralOrder order, ReferralOrderStatus status, LocalDate on) {
        order.status = status;
        order.closedOn = on;
        order.revocationRequests.stream().filter(r -> r.status == RevocationStatus.PENDING).forEach(r -> {
            r.status = RevocationStatus.WITHDRAWN;
            r.decisionNote = "The order ended: " + status;
        });
        entityManager.flush();
        entityManager.createQuery("update versioned Panel p set p.status = :cancelled, p.cancelledOn = :on, "
                + "p.cancellationReason = :reason "
                + "where p.referralOrderId = :id and p.status = :scheduled")
                .setParameter("cancelled", PanelStatus.CANCELLED).setParameter("on", time.today())
                .setParameter("reason", "The order ended: " + status).setParameter("id", order.id)
                .setParameter("scheduled", PanelStatus.SCHEDULED).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void addMissedAppointment(ReferralOrder order, LocalDate on, MissedAppointmentKind kind, UUID panelId,
            String note) {
        MissedAppointment missed = new MissedAppointment();
        missed.order = order;
        missed.missedOn = on;
        missed.kind = kind;
        missed.panelId = panelId;
        missed.note = Texts.stripToNull(note);
        missed.recordedAt = time.now();
        missed.recordedBy = records.changedBy();
        missed.persist();
        order.missedAppointments.add(missed);
    }

    public ReferralOrder find(UUID id) {
        return ProblemException.orNotFound(ReferralOrder.findById(id), "Referral order");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** The order, locked at the version its If-Match names. */
    private ReferralOrder lockForChange(UUID id, String ifMatch) {
        ReferralOrder order = find(id);
        order.lockAtIfMatch(ifMatch);
        return order;
    }

    private void requireNotClosed(ReferralOrder order) {
        if (order.status.isClosed()) {
            throw ProblemException.conflict("The order is " + order.status + " and can no longer change");
        }
    }

    private void checkLength(int months, String field) {
        if (months < rules.minLengthMonths() || months > rules.maxLengthMonths()) {
            throw ProblemException.invalid(field, "must be between " + rules.minLengthMonths() + " and "
                    + rules.maxLengthMonths() + " months");
        }
    }

    private LocalDate initialPanelDueDate(LocalDate sentenceDate) {
        return workingDays.plusWorkingDays(sentenceDate, rules.initialPanelWorkingDays());
    }

    /** After a refusal, the first date a new revocation request may be made; null when nothing blocks one. */
    private LocalDate revocationAllowedFrom(ReferralOrder order) {
        return order.revocationRequests.stream()
                .filter(r -> r.status == RevocationStatus.REFUSED && r.decidedOn != null)
                .map(r -> r.decidedOn).max(Comparator.naturalOrder())
                .map(decided -> decided.plusMonths(rules.revocationReapplyAfterMonths())).orElse(null);
    }

    public Versioned<ReferralOrderView> view(ReferralOrder order) {
        LocalDate allowedFrom = revocationAllowedFrom(order);
        LocalDate today = time.today();
        return new Versioned<>(ReferralOrderView.of(order, today,
                allowedFrom != null && allowedFrom.isAfter(today) ? allowedFrom : null, panels(order, today)),
                order.version);
    }

    /** The review and final panels due, from the order's panels that met with the child, and the breach flag. */
    private ReferralOrderView.Panels panels(ReferralOrder order, LocalDate today) {
        List<Panel> met = order.status != ReferralOrderStatus.ACTIVE ? List.of()
                : Panel.list("referralOrderId = ?1 and status = ?2 and attendance = ?3 and type in ?4", order.id,
                        PanelStatus.HELD, Attendance.ATTENDED, List.of(PanelType.REVIEW, PanelType.FINAL));
        List<LocalDate> reviews = met.stream().filter(p -> p.type == PanelType.REVIEW).map(p -> p.heldOn).toList();
        boolean finalHeld = met.stream().anyMatch(p -> p.type == PanelType.FINAL);
        return new ReferralOrderView.Panels(dueDates.nextReview(order, reviews, today),
                dueDates.finalPanel(order, finalHeld, today), breach.flagged(order, today));
    }
}
