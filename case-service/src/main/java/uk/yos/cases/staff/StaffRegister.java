package uk.yos.cases.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.cases.allocation.CaseloadItem;
import uk.yos.cases.allocation.Caseloads;
import uk.yos.cases.audit.CaseAuditAction;
import uk.yos.cases.referencedata.ReferenceCategory;
import uk.yos.cases.referencedata.ReferenceData;
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

/** The staff register: who works in which team, in which role, from when until when. */
@ApplicationScoped
public class StaffRegister {

    public static final String RECORD_TYPE = "STAFF_MEMBER";

    static final SortFields SORT = SortFields.of(Map.of(
            "displayName", "s.displayName",
            "createdAt", "s.createdAt"), "displayName");

    @Inject
    StaffAccess access;

    @Inject
    RecordChanges records;

    @Inject
    ReferenceData referenceData;

    @Inject
    AuditLog audit;

    @Inject
    TimeSource time;

    @Inject
    Caseloads caseloads;

    @Transactional
    public Page<StaffMemberView> search(StaffSearch search, PageRequest paging) {
        Map<String, Object> visibleParams = new HashMap<>();
        String visible = access.visible("s", visibleParams);
        Conditions conditions = new Conditions()
                .always(visible, visibleParams)
                .add("s.subject = :subject", "subject", search.subject);
        if (search.teamCode != null || search.teamRole != null || search.activeOn != null) {
            conditions.always(membershipFilter(search), membershipParameters(search));
        }
        LocalDate today = time.today();
        Page<StaffMemberView> page = Page.of(
                StaffMember.<StaffMember>find("from StaffMember s where " + conditions.where(),
                        SORT.toSort(paging.sort(), "s.id"), conditions.parameters()),
                paging, member -> StaffMemberView.of(member, today));
        audit.recordSearch(RECORD_TYPE, "filters=" + filtersUsed(search, conditions) + " results=" + page.totalItems());
        return page;
    }

    @Transactional
    public Versioned<StaffMemberView> read(UUID id) {
        StaffMember member = findVisible(id, CaseAuditAction.READ);
        audit.recordRead(CaseAuditAction.READ, RECORD_TYPE, id, null);
        return view(member);
    }

    /** Registers a worker; runs inside the caller's transaction (the idempotent creation's). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Versioned<StaffMemberView> register(RegisterStaffRequest request) {
        MembershipRequest first = request.membership();
        access.requireKeeperOf(first.teamCode());
        checkMembership(first, "membership.");
        if (StaffMember.findBySubject(request.subject()).isPresent()) {
            throw ProblemException.conflict("A worker with this subject is already registered: ask an admin or "
                    + "their team's operations manager to add a membership instead");
        }
        StaffMember member = new StaffMember();
        member.subject = request.subject();
        member.displayName = request.displayName().strip();
        member.fte = request.fte();
        records.stampCreated(member);
        member.memberships.add(membership(member, first));
        member.persistAndFlush();
        audit.record(CaseAuditAction.CREATE, RECORD_TYPE, member.id, null);
        return view(member);
    }

    @Transactional
    public Versioned<StaffMemberView> update(UUID id, UpdateStaffRequest request, String ifMatch) {
        StaffMember member = findVisible(id, CaseAuditAction.UPDATE);
        access.requireKeeperOfWorker(member, time.today());
        member.lockAtIfMatch(ifMatch);
        ChangedFields changes = ChangedFields.before(member);
        member.displayName = request.displayName().strip();
        member.fte = request.fte();
        return view(records.saveUpdate(member, CaseAuditAction.UPDATE, RECORD_TYPE, null, changes.in(member)));
    }

    @Transactional
    public Versioned<MembershipView> addMembership(UUID id, MembershipRequest request, String ifMatch) {
        StaffMember member = findVisible(id, CaseAuditAction.ADD_MEMBERSHIP);
        access.requireKeeperOf(request.teamCode());
        member.lockAtIfMatch(ifMatch);
        checkMembership(request, "");
        if (member.memberships.size() >= StaffRules.MAX_MEMBERSHIPS) {
            throw ProblemException.unprocessable("A worker holds at most " + StaffRules.MAX_MEMBERSHIPS
                    + " memberships, ended ones included");
        }
        boolean overlapping = member.memberships.stream().anyMatch(m -> m.teamCode.equals(request.teamCode())
                && m.overlaps(request.startDate(), request.endDate()));
        if (overlapping) {
            throw ProblemException.conflict("The worker already has a membership of " + request.teamCode()
                    + " on some of these days: end it first (a change of role is a new membership)");
        }
        StaffMembership membership = membership(member, request);
        membership.persist();
        member.memberships.add(membership);
        records.saveChange(member, CaseAuditAction.ADD_MEMBERSHIP, RECORD_TYPE, null);
        return new Versioned<>(MembershipView.of(membership, time.today()), member.version);
    }

    /**
     * Ends a membership on its last day. The worker's allocations stay as they are (their history is kept): the answer
     * counts those on the team's open cases, for an operations manager to reallocate.
     */
    @Transactional
    public Versioned<MembershipEnding> endMembership(UUID id, UUID membershipId, EndMembershipRequest request,
            String ifMatch) {
        StaffMember member = findVisible(id, CaseAuditAction.END_MEMBERSHIP);
        StaffMembership membership = member.memberships.stream().filter(m -> m.id.equals(membershipId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Membership"));
        access.requireKeeperOf(membership.teamCode);
        member.lockAtIfMatch(ifMatch);
        if (membership.endDate != null) {
            throw ProblemException.conflict("This membership has already ended");
        }
        if (request.endDate().isBefore(membership.startDate)) {
            throw ProblemException.invalid("endDate", "must not be before the membership's start date ("
                    + membership.startDate + ")");
        }
        membership.endDate = request.endDate();
        membership.endedBy = records.changedBy();
        records.saveChange(member, CaseAuditAction.END_MEMBERSHIP, RECORD_TYPE, null);
        return new Versioned<>(new MembershipEnding(member.id, MembershipView.of(membership, time.today()),
                caseloads.currentInTeam(member.subject, membership.teamCode)), member.version);
    }

    /** The worker's current allocations on open cases the caller may see; the read is audited. */
    @Transactional
    public Page<CaseloadItem> caseload(UUID id, CaseloadSearch search, PageRequest paging) {
        StaffMember member = findVisible(id, CaseAuditAction.READ_CASELOAD);
        audit.recordRead(CaseAuditAction.READ_CASELOAD, RECORD_TYPE, id, null);
        return caseloads.page(member.subject, search.teamCode, paging);
    }

    /**
     * The worker if the caller may see them; otherwise 404 whether or not they exist, with a DENIED audit row when
     * they do.
     */
    public StaffMember findVisible(UUID id, CaseAuditAction action) {
        StaffMember member = ProblemException.orNotFound(StaffMember.<StaffMember>findById(id), "Staff member");
        if (!access.canSee(member)) {
            audit.recordDenied(action, RECORD_TYPE, id);
            throw ProblemException.notFound("Staff member");
        }
        return member;
    }

    /** The worker as the API shows them, built inside the transaction (the memberships load lazily). */
    private Versioned<StaffMemberView> view(StaffMember member) {
        return new Versioned<>(StaffMemberView.of(member, time.today()), member.version);
    }

    private void checkMembership(MembershipRequest request, String fieldPrefix) {
        referenceData.requireActive(ReferenceCategory.TEAM, request.teamCode(), fieldPrefix + "teamCode");
        if (request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            throw ProblemException.invalid(fieldPrefix + "endDate", "must not be before the start date");
        }
    }

    private StaffMembership membership(StaffMember member, MembershipRequest request) {
        StaffMembership membership = new StaffMembership();
        membership.staffMember = member;
        membership.teamCode = request.teamCode();
        membership.teamRole = request.teamRole();
        membership.startDate = request.startDate();
        membership.endDate = request.endDate();
        membership.addedAt = time.now();
        membership.addedBy = records.changedBy();
        return membership;
    }

    /** One membership that meets every membership filter given (team, role, day). */
    private static String membershipFilter(StaffSearch search) {
        StringBuilder clause = new StringBuilder("exists (select 1 from StaffMembership fm where fm.staffMember = s");
        if (search.teamCode != null) {
            clause.append(" and fm.teamCode = :teamCode");
        }
        if (search.teamRole != null) {
            clause.append(" and fm.teamRole = :teamRole");
        }
        if (search.activeOn != null) {
            clause.append(" and fm.startDate <= :activeOn and (fm.endDate is null or fm.endDate >= :activeOn)");
        }
        return clause.append(")").toString();
    }

    private static Map<String, Object> membershipParameters(StaffSearch search) {
        Map<String, Object> params = new HashMap<>();
        if (search.teamCode != null) {
            params.put("teamCode", search.teamCode);
        }
        if (search.teamRole != null) {
            params.put("teamRole", search.teamRole);
        }
        if (search.activeOn != null) {
            params.put("activeOn", search.activeOn);
        }
        return params;
    }

    private static List<String> filtersUsed(StaffSearch search, Conditions conditions) {
        List<String> filters = new ArrayList<>(conditions.filtersUsed());
        filters.addAll(membershipParameters(search).keySet().stream().sorted().toList());
        return filters;
    }
}
