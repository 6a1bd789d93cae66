package uk.yos.referralorders.panel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.yos.common.audit.AuditLog;
import uk.yos.common.audit.ChangedFields;
import uk.yos.common.calendar.TimeSource;
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
import uk.yos.referralorders.order.BreachConsideration;
import uk.yos.referralorders.order.MissedAppointmentKind;
import uk.yos.referralorders.order.ReferralOrder;
import uk.yos.referralorders.order.ReferralOrderService;
import uk.yos.referralorders.order.ReferralOrderStatus;
import uk.yos.referralorders.volunteer.Volunteer;

/**
 * Youth offender panels. Every change locks the panel's order first and then the panel, so that the order's
 * status, the panel's composition and its outcome are decided on current data, and concurrent changes to one order
 * queue up rather than deadlock.
 */
@ApplicationScoped
public class PanelService {

    public static final String RECORD_TYPE = "PANEL";

    static final SortFields SORT = SortFields.of(Map.of(
            "scheduledFor", "p.scheduledFor",
            "type", "p.type",
            "status", "p.status",
            "createdAt", "p.createdAt"), "scheduledFor");

    @Inject
    RecordChanges records;

    @Inject
    ReferralAccess access;

    @Inject
    CaseService cases;

    @Inject
    CaseScopedSearch caseScope;

    @Inject
    ReferralOrderService orders;

    @Inject
    PanelComposition composition;

    @Inject
    AuditLog audit;

    @Inject
    TimeSource time;

    @Inject
    BreachConsideration breach;

    // ---------------------------------------------------------------------------------------------- reads

    public Page<PanelSummaryView> search(PanelSearch search, PageRequest paging) {
        if (!caseScope.mayRun(search.caseId, RECORD_TYPE)) {
            return Page.empty(paging);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Conditions conditions = new Conditions();
            if (access.isVolunteer()) {
                ReferralAccess.Predicate satOn = access.panelsSatOn("p");
                conditions.always(satOn.hql(), satOn.parameters());
            }
            conditions.add("p.caseId = :caseId", "caseId", search.caseId)
                    .add("p.referralOrderId = :referralOrderId", "referralOrderId", search.referralOrderId)
                    .add("p.status = :status", "status", search.status)
                    .add("p.type = :type", "type", search.type)
                    .add("p.scheduledFor >= :scheduledFrom", "scheduledFrom",
                            search.scheduledFrom == null ? null : search.scheduledFrom.atStartOfDay())
                    .add("p.scheduledFor < :scheduledBefore", "scheduledBefore",
                            search.scheduledTo == null ? null : search.scheduledTo.plusDays(1).atStartOfDay())
                    .add("exists (select 1 from PanelMember fm where fm.panel.id = p.id and fm.volunteerId = "
                            + ":volunteerId)", "volunteerId", search.volunteerId);
            Page<PanelSummaryView> page = Page.of(Panel.find("from Panel p where " + conditions.where(),
                    SORT.toSort(paging.sort(), "p.id"), conditions.parameters()), paging,
                    p -> PanelSummaryView.of((Panel) p));
            audit.recordSearch(RECORD_TYPE, "filters=" + conditions.filtersUsed() + " results=" + page.totalItems());
            return page;
        });
    }

    public Versioned<PanelView> read(UUID id) {
        UUID caseId = QuarkusTransaction.requiringNew().call(() -> find(id).caseId);
        // Any role that lets the caller see it will do; case-service is only asked when nothing else answered.
        boolean visible = access.isCoordinator()
                || access.isVolunteer() && QuarkusTransaction.requiringNew().call(() -> access.sitsOnPanel(id))
                || access.readsThroughCase() && cases.isVisible(caseId);
        if (!visible) {
            audit.recordDenied(ReferralOrderAuditAction.READ, RECORD_TYPE, id);
            throw ProblemException.notFound("Panel");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Panel panel = find(id);
            audit.recordRead(ReferralOrderAuditAction.READ, RECORD_TYPE, id, panel.youngPersonId);
            return view(panel);
        });
    }

    // ---------------------------------------------------------------------------------------------- changes

    /** Schedules a panel; joins the idempotent-creation transaction. */
    @Transactional
    public Versioned<PanelView> schedule(SchedulePanelRequest request) {
        // Counted, not loaded: the order must first be read after its lock below.
        if (ReferralOrder.count("id", request.referralOrderId()) == 0) {
            throw ProblemException.unprocessable("referralOrderId", "no such referral order");
        }
        ReferralOrder order = orders.lock(request.referralOrderId());
        if (order.status.isClosed()) {
            throw ProblemException.unprocessable("referralOrderId", "the order is " + order.status);
        }
        checkDate(order, request.scheduledFor().toLocalDate());
        PanelType type = request.type();
        if (type == PanelType.INITIAL && order.status != ReferralOrderStatus.AWAITING_CONTRACT) {
            throw ProblemException.unprocessable("type", "an INITIAL panel is only for an order awaiting its contract");
        }
        if (type != PanelType.INITIAL && order.status != ReferralOrderStatus.ACTIVE) {
            throw ProblemException.unprocessable("type", "a " + type + " panel needs an ACTIVE order (a contract agreed)");
        }
        if ((type == PanelType.INITIAL || type == PanelType.FINAL)
                && Panel.count("referralOrderId = ?1 and type = ?2 and status = ?3", order.id, type,
                        PanelStatus.SCHEDULED) > 0) {
            throw ProblemException.unprocessable("type", "the order already has a scheduled " + type
                    + " panel; reschedule or cancel that one");
        }
        Map<UUID, Volunteer> volunteers = composition.check(request.scheduledFor().toLocalDate(),
                order.youngPersonId, request.advisors(), request.volunteers());
        composition.requireNoVictimConflict(volunteers.values(), order.victimIds);

        Panel panel = new Panel();
        panel.referralOrderId = order.id;
        panel.caseId = order.caseId;
        panel.youngPersonId = order.youngPersonId;
        panel.type = type;
        panel.status = PanelStatus.SCHEDULED;
        panel.scheduledFor = request.scheduledFor();
        panel.location = request.location().strip();
        setAdvisors(panel, request.advisors());
        setMembers(panel, request.volunteers());
        records.saveNew(panel, ReferralOrderAuditAction.SCHEDULE, RECORD_TYPE, panel.youngPersonId);
        return new Versioned<>(PanelView.of(panel, volunteers, breachConsideration(panel)), panel.version);
    }

    @Transactional
    public Versioned<PanelView> update(UUID id, UpdatePanelRequest request, String ifMatch) {
        Panel panel = lockForChange(id, ifMatch);
        ChangedFields changes = ChangedFields.before(panel);
        ReferralOrder order = orders.find(panel.referralOrderId);
        requireScheduled(panel);
        if (order.status.isClosed()) {
            throw ProblemException.conflict("The order is " + order.status + "; its panels can no longer change");
        }
        checkDate(order, request.scheduledFor().toLocalDate());
        Map<UUID, Volunteer> volunteers = composition.check(request.scheduledFor().toLocalDate(),
                order.youngPersonId, request.advisors(), request.volunteers());
        composition.requireNoVictimConflict(volunteers.values(), order.victimIds);
        panel.scheduledFor = request.scheduledFor();
        panel.location = request.location().strip();
        setAdvisors(panel, request.advisors());
        setMembers(panel, request.volunteers());
        return view(records.saveUpdate(panel, ReferralOrderAuditAction.UPDATE, RECORD_TYPE, panel.youngPersonId,
                changes.in(panel)));
    }

    @Transactional
    public Versioned<PanelView> recordOutcome(UUID id, PanelOutcomeRequest request, String ifMatch) {
        Panel panel = lockForChange(id, ifMatch);
        ReferralOrder order = orders.find(panel.referralOrderId);
        requireScheduled(panel);
        PanelDecision decision = request.decision();
        List<String> terms = request.contractTerms() == null ? List.of()
                : request.contractTerms().stream().map(String::strip).toList();
        if (decision == PanelDecision.CONTRACT_AGREED && terms.isEmpty()) {
            throw ProblemException.invalid("contractTerms", "are required when the decision is CONTRACT_AGREED");
        }
        if (decision != PanelDecision.CONTRACT_AGREED && !terms.isEmpty()) {
            throw ProblemException.invalid("contractTerms", "are only recorded with a CONTRACT_AGREED decision");
        }
        if (request.heldOn().isBefore(order.sentenceDate)) {
            throw ProblemException.invalid("heldOn", "must not be before the sentence date (" + order.sentenceDate
                    + ")");
        }
        ReferralOrderStatus needed = panel.type == PanelType.INITIAL ? ReferralOrderStatus.AWAITING_CONTRACT
                : ReferralOrderStatus.ACTIVE;
        if (order.status != needed) {
            throw ProblemException.conflict("A " + panel.type + " panel's outcome needs the order to be " + needed
                    + "; it is " + order.status);
        }
        if (!panel.type.decisions().contains(decision)) {
            throw ProblemException.unprocessable("decision", "a " + panel.type + " panel can decide only "
                    + panel.type.decisions());
        }
        if (request.attendance() == Attendance.DID_NOT_ATTEND && decision != PanelDecision.ADJOURNED
                && decision != PanelDecision.REFERRED_BACK_TO_COURT) {
            throw ProblemException.unprocessable("decision", "a panel the child did not attend can only be ADJOURNED or "
                    + "REFERRED_BACK_TO_COURT");
        }

        panel.status = PanelStatus.HELD;
        panel.heldOn = request.heldOn();
        panel.attendance = request.attendance();
        panel.decision = decision;
        panel.contractTerms.clear();
        panel.contractTerms.addAll(terms);
        panel.outcomeNotes = Texts.stripToNull(request.notes());
        panel.outcomeRecordedAt = time.now();
        panel.outcomeRecordedBy = records.changedBy();
        records.stampChanged(panel);
        Panel.flush();

        applyToOrder(order, panel);
        panel.persistAndFlush();
        audit.record(ReferralOrderAuditAction.RECORD_OUTCOME, RECORD_TYPE, id, panel.youngPersonId);
        return view(panel);
    }

    @Transactional
    public Versioned<PanelView> recordDebrief(UUID id, DebriefRequest request, String ifMatch) {
        Panel panel = lockForChange(id, ifMatch);
        if (panel.status != PanelStatus.HELD) {
            throw ProblemException.conflict("A debrief follows a held panel; this one is " + panel.status);
        }
        if (request.debriefedOn().isBefore(panel.heldOn)) {
            throw ProblemException.invalid("debriefedOn", "must not be before the panel (" + panel.heldOn + ")");
        }
        panel.debriefedOn = request.debriefedOn();
        panel.debriefNotes = request.notes().strip();
        panel.debriefRecordedBy = records.changedBy();
        return view(records.saveChange(panel, ReferralOrderAuditAction.RECORD_DEBRIEF, RECORD_TYPE,
                panel.youngPersonId));
    }

    @Transactional
    public Versioned<PanelView> cancel(UUID id, CancelPanelRequest request, String ifMatch) {
        Panel panel = lockForChange(id, ifMatch);
        requireScheduled(panel);
        panel.cancel(time.today(), request.reason().strip());
        return view(records.saveChange(panel, ReferralOrderAuditAction.CANCEL, RECORD_TYPE, panel.youngPersonId));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** What a held panel's outcome does to its order. */
    private void applyToOrder(ReferralOrder order, Panel panel) {
        boolean changed = false;
        if (panel.type == PanelType.INITIAL && panel.attendance == Attendance.ATTENDED
                && order.initialPanelHeldOn == null) {
            order.initialPanelHeldOn = panel.heldOn;
            changed = true;
        }
        if (panel.attendance == Attendance.DID_NOT_ATTEND) {
            orders.addMissedAppointment(order, panel.heldOn, MissedAppointmentKind.PANEL, panel.id,
                    "Did not attend the " + panel.type + " panel");
            changed = true;
        }
        switch (panel.decision) {
            case CONTRACT_AGREED -> {
                if (panel.type == PanelType.INITIAL) {
                    order.status = ReferralOrderStatus.ACTIVE;
                    order.contractAgreedOn = panel.heldOn;
                    order.startDate = panel.heldOn;
                    order.recomputeEndDate();
                }
                order.contractPanelId = panel.id;
                changed = true;
            }
            case REFERRED_BACK_TO_COURT -> {
                orders.close(order, ReferralOrderStatus.REFERRED_BACK_TO_COURT, panel.heldOn);
                changed = true;
            }
            case ORDER_COMPLETED -> {
                orders.close(order, ReferralOrderStatus.COMPLETED, panel.heldOn);
                changed = true;
            }
            default -> {
                // ADJOURNED, PROGRESS_REVIEWED: the order stands as it is.
            }
        }
        if (changed) {
            records.saveChange(order, ReferralOrderAuditAction.PANEL_OUTCOME, ReferralOrderService.RECORD_TYPE,
                    order.youngPersonId);
        }
    }

    /** The panel's order locked first (orders before panels, always), then the panel at its If-Match version. */
    private Panel lockForChange(UUID id, String ifMatch) {
        Panel panel = find(id);
        orders.lock(panel.referralOrderId);
        panel.lockAtIfMatch(ifMatch);
        return panel;
    }

    private static void requireScheduled(Panel panel) {
        if (panel.status != PanelStatus.SCHEDULED) {
            throw ProblemException.conflict("The panel is " + panel.status + " and can no longer change this way");
        }
    }

    private static void checkDate(ReferralOrder order, LocalDate panelDate) {
        if (panelDate.isBefore(order.sentenceDate)) {
            throw ProblemException.invalid("scheduledFor", "must not be before the sentence date ("
                    + order.sentenceDate + ")");
        }
    }

    private static void setAdvisors(Panel panel, List<AdvisorRequest> advisors) {
        panel.advisors.clear();
        for (AdvisorRequest request : advisors) {
            PanelAdvisor advisor = new PanelAdvisor();
            advisor.workerId = request.workerId().strip();
            advisor.workerName = request.workerName().strip();
            panel.advisors.add(advisor);
        }
    }

    /**
     * Updates the members in place: a volunteer who stays keeps their row (Hibernate inserts before it deletes, so
     * removing and re-adding one would collide on the panel's unique (panel, volunteer) key).
     */
    private static void setMembers(Panel panel, List<PanelVolunteerRequest> volunteers) {
        Map<UUID, PanelVolunteerRequest> wanted = new HashMap<>();
        volunteers.forEach(v -> wanted.put(v.volunteerId(), v));
        panel.members.removeIf(m -> !wanted.containsKey(m.volunteerId));
        Map<UUID, PanelMember> kept = panel.members.stream()
                .collect(Collectors.toMap(m -> m.volunteerId, Function.identity()));
        for (PanelVolunteerRequest request : volunteers) {
            PanelMember member = kept.get(request.volunteerId());
            if (member == null) {
                member = new PanelMember();
                member.panel = panel;
                member.volunteerId = request.volunteerId();
                panel.members.add(member);
            }
            member.chair = request.chairs();
        }
    }

    private Panel find(UUID id) {
        return ProblemException.orNotFound(Panel.findById(id), "Panel");
    }

    private Versioned<PanelView> view(Panel panel) {
        List<UUID> ids = new ArrayList<>(panel.members.stream().map(m -> m.volunteerId).toList());
        Map<UUID, Volunteer> volunteers = ids.isEmpty() ? Map.of()
                : Volunteer.<Volunteer>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(v -> v.id, Function.identity()));
        return new Versioned<>(PanelView.of(panel, volunteers, breachConsideration(panel)), panel.version);
    }

    /** Whether a SCHEDULED REVIEW panel is to consider breach; null (left out) for any other panel. */
    private Boolean breachConsideration(Panel panel) {
        if (panel.type != PanelType.REVIEW || panel.status != PanelStatus.SCHEDULED) {
            return null;
        }
        return breach.flagged(orders.find(panel.referralOrderId), time.today());
    }
}
