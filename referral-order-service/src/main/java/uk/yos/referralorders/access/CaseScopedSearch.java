package uk.yos.referralorders.access;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.yos.common.audit.AuditLog;
import uk.yos.common.client.caseservice.CaseService;
import uk.yos.common.problem.ProblemException;
import uk.yos.referralorders.audit.ReferralOrderAuditAction;

/**
 * The first step of a search of orders or panels by a role that reads them through a case (case managers and the
 * like): the search must name a case, and one case-service lets the caller see. Asked about a case that is not
 * theirs, the search answers as for a case with nothing recorded, with a DENIED audit row, so nothing leaks.
 */
@ApplicationScoped
public class CaseScopedSearch {

    @Inject
    ReferralAccess access;

    @Inject
    CaseService cases;

    @Inject
    AuditLog audit;

    /** Whether the search may run; false means an empty answer; 400 when a case-scoped caller names no case. */
    public boolean mayRun(UUID caseId, String recordType) {
        if (!access.readsThroughCase()) {
            return true;
        }
        if (caseId == null) {
            throw ProblemException.invalid("caseId", "is required for your role");
        }
        if (cases.isVisible(caseId)) {
            return true;
        }
        audit.recordDenied(ReferralOrderAuditAction.SEARCH, recordType, "case:" + caseId);
        return false;
    }
}
