package uk.yos.victims.feedback;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.yos.common.audit.AuditLog;
import uk.yos.common.client.caseservice.CaseService;
import uk.yos.common.paging.PageRequest;
import uk.yos.common.paging.SortFields;
import uk.yos.common.problem.ProblemException;
import uk.yos.victims.audit.VictimAuditAction;
import uk.yos.victims.intervention.RjIntervention;
import uk.yos.victims.victim.Victim;
import uk.yos.victims.victim.VictimService;
import uk.yos.web.security.Caller;
import uk.yos.web.security.Roles;

/**
 * The victim feedback report. The RJ team reads every one; a case manager, operations manager, head of service or
 * panel coordinator reads those of a case that case-service shows them ({@code GET /cases/{id}/summary} answers 200
 * with their token), and is told "not found" otherwise. case-service is asked outside any transaction.
 */
@ApplicationScoped
public class FeedbackReports {

    static final VictimAuditAction ACTION = VictimAuditAction.READ_FEEDBACK_REPORT;
    static final String LIST_RECORD_TYPE = "VICTIM_FEEDBACK_REPORT";

    static final SortFields SORT = SortFields.of(Map.of(
            "referredOn", "v.referredOn",
            "createdAt", "v.createdAt"), "referredOn");

    @Inject
    Caller caller;

    @Inject
    CaseService cases;

    @Inject
    VictimService victims;

    @Inject
    AuditLog audit;

    public FeedbackReportView report(UUID victimId) {
        if (!caller.hasRole(Roles.RJ_WORKER)) {
            UUID caseId = QuarkusTransaction.requiringNew().call(() -> victims.find(victimId).caseId);
            if (!cases.isVisible(caseId)) {
                audit.recordDenied(ACTION, VictimService.RECORD_TYPE, victimId);
                throw ProblemException.notFound("Victim");
            }
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Victim victim = victims.find(victimId);
            FeedbackReportView report = FeedbackReportView.of(victim,
                    RjIntervention.ofVictims(List.of(victimId)));
            audit.recordRead(ACTION, VictimService.RECORD_TYPE, victimId, victim.youngPersonId);
            return report;
        });
    }

    public FeedbackReportView.Page reportsOfCase(UUID caseId, PageRequest paging) {
        if (!caller.hasRole(Roles.RJ_WORKER) && !cases.isVisible(caseId)) {
            audit.recordDenied(VictimAuditAction.SEARCH, LIST_RECORD_TYPE, caseId);
            throw ProblemException.notFound("Case");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            uk.yos.common.paging.Page<Victim> victimsOfCase = uk.yos.common.paging.Page.of(
                    Victim.<Victim>find("from Victim v where v.caseId = :caseId", SORT.toSort(paging.sort(), "v.id"),
                            Map.of("caseId", caseId)),
                    paging, v -> v);
            Map<UUID, List<RjIntervention>> interventions = RjIntervention
                    .ofVictims(victimsOfCase.items().stream().map(v -> v.id).toList()).stream()
                    .collect(Collectors.groupingBy(i -> i.victimId));
            List<FeedbackReportView> reports = victimsOfCase.items().stream()
                    .map(v -> FeedbackReportView.of(v, interventions.getOrDefault(v.id, List.of()))).toList();
            audit.recordSearch(LIST_RECORD_TYPE, "caseId=" + caseId + " results=" + victimsOfCase.totalItems());
            return new FeedbackReportView.Page(reports, victimsOfCase.page(), victimsOfCase.size(),
                    victimsOfCase.totalItems());
        });
    }
}
