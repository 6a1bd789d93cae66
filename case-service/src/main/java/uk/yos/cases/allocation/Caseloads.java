package uk.yos.cases.allocation;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.yos.cases.access.CaseAccess;
import uk.yos.cases.caserecord.CaseRecord;
import uk.yos.cases.caserecord.CaseStatus;
import uk.yos.common.paging.Page;
import uk.yos.common.paging.PageRequest;
import uk.yos.common.paging.SortFields;

/**
 * A worker's caseload: their current allocations on open cases (a closed case needs no reallocation). Allocations
 * on cases the caller may not see are left out, by the same rule as the case list.
 */
@ApplicationScoped
public class Caseloads {

    static final SortFields SORT = SortFields.of(Map.of(
            "startDate", "a.startDate",
            "role", "a.role"), "startDate");

    @Inject
    CaseAccess access;

    /** The page of the worker's caseload the caller may see, optionally only on one team's cases. */
    public Page<CaseloadItem> page(String workerSubject, String teamCode, PageRequest paging) {
        CaseAccess.Predicate visible = access.cases("c");
        Map<String, Object> params = new HashMap<>(visible.parameters());
        String caseClause = visible.hql();
        if (teamCode != null) {
            caseClause += " and c.owningTeamCode = :teamCode";
            params.put("teamCode", teamCode);
        }
        String where = currentOnOpenCases(workerSubject, caseClause, params);
        return Page.of(Allocation.<Allocation>find("from Allocation a where " + where,
                SORT.toSort(paging.sort(), "a.id"), params), paging,
                a -> CaseloadItem.of(a, CaseRecord.findById(a.caseId)));
    }

    /**
     * How many of the worker's current allocations are on the team's open cases, whoever may see them: what a
     * manager ending the worker's membership of the team has to reallocate.
     */
    public long currentInTeam(String workerSubject, String teamCode) {
        Map<String, Object> params = new HashMap<>(Map.of("teamCode", teamCode));
        return Allocation.count("from Allocation a where "
                + currentOnOpenCases(workerSubject, "c.owningTeamCode = :teamCode", params), params);
    }

    /** The worker's current allocations on open cases that meet {@code caseClause} (case alias {@code c}). */
    private static String currentOnOpenCases(String workerSubject, String caseClause, Map<String, Object> params) {
        params.put("worker", workerSubject);
        params.put("open", CaseStatus.OPEN);
        return "a.workerId = :worker and a.endDate is null and exists (select 1 from CaseRecord c where "
                + "c.id = a.caseId and c.status = :open and " + caseClause + ")";
    }
}
