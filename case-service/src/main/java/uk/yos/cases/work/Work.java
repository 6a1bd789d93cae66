package uk.yos.cases.work;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import uk.yos.cases.access.CaseAccess;
import uk.yos.cases.allocation.AllocationRole;
import uk.yos.cases.audit.CaseAuditAction;
import uk.yos.cases.caserecord.CaseService;
import uk.yos.common.audit.AuditLog;
import uk.yos.common.calendar.TimeSource;
import uk.yos.common.paging.Page;
import uk.yos.common.paging.PageRequest;
import uk.yos.common.problem.ProblemException;
import uk.yos.common.query.Conditions;

/**
 * What is due, overdue or done, for one case or across the caller's cases: each view one query on the work ledger,
 * in the order of an index (a team's work by state and due date, or by state and completion date).
 */
@ApplicationScoped
public class Work {

    public static final String RECORD_TYPE = "WORK";
    private static final String PRIMARY_CASE_MANAGER = AllocationRole.class.getName() + "."
            + AllocationRole.PRIMARY_CASE_MANAGER.name();

    @Inject
    CaseService cases;

    @Inject
    CaseAccess access;

    @Inject
    TimeSource time;

    @Inject
    AuditLog audit;

    @Transactional
    public Page<WorkItemView> ofCase(UUID caseId, WorkSearch search, PageRequest paging) {
        cases.readVisible(caseId, CaseAuditAction.READ_WORK);
        return page(view(search).add("w.caseId = :caseId", "caseId", caseId), search, paging);
    }

    @Transactional
    public Page<WorkItemView> search(WorkSearch.AcrossCases search, PageRequest paging) {
        CaseAccess.Predicate visible = access.casesBy("w.teamCode", "w.caseId");
        Conditions conditions = view(search)
                .always(visible.hql(), visible.parameters())
                .add("w.teamCode = :teamCode", "teamCode", search.teamCode)
                .add("w.caseId in (select a.caseId from Allocation a where a.workerId = :workerId and a.role = "
                        + PRIMARY_CASE_MANAGER + " and a.endDate is null)", "workerId", search.workerId);
        Page<WorkItemView> page = page(conditions, search, paging);
        audit.recordSearch(RECORD_TYPE, "view=" + search.view + " filters=" + conditions.filtersUsed()
                + " results=" + page.totalItems());
        return page;
    }

    /** The view's own condition: the ledger's state and a date range, which its indexes are ordered by. */
    private Conditions view(WorkSearch search) {
        LocalDate today = time.today();
        Conditions conditions = new Conditions();
        switch (search.view) {
            case DUE -> conditions.always("w.state = :state and w.dueDate between :today and :until",
                    Map.of("state", WorkState.DUE, "today", today, "until",
                            today.plusDays(search.withinDays)));
            case OVERDUE -> conditions.always("w.state = :state and w.dueDate < :today",
                    Map.of("state", WorkState.DUE, "today", today));
            case COMPLETED -> {
                if (search.completedFrom == null || search.completedTo == null) {
                    throw ProblemException.invalid(search.completedFrom == null ? "completedFrom" : "completedTo",
                            "is required for the COMPLETED view");
                }
                if (search.completedTo.isBefore(search.completedFrom)) {
                    throw ProblemException.invalid("completedTo", "must not be before completedFrom");
                }
                conditions.always("w.state = :state and w.completedOn between :from and :to",
                        Map.of("state", WorkState.DONE, "from", search.completedFrom, "to",
                                search.completedTo));
            }
        }
        return conditions.add("w.kind = :kind", "kind", search.kind);
    }

    private Page<WorkItemView> page(Conditions conditions, WorkSearch search, PageRequest paging) {
        Sort order = search.view == WorkView.COMPLETED ? Sort.by("w.completedOn").and("w.id")
                : Sort.by("w.dueDate").and("w.id");
        LocalDate today = time.today();
        PanacheQuery<WorkItem> query = WorkItem.find("from WorkItem w where " + conditions.where(), order,
                conditions.parameters());
        return Page.of(query, paging, w -> WorkItemView.of(w, today));
    }
}
