package uk.yos.cases.allocation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.cases.audit.CaseAuditAction;
import uk.yos.cases.caserecord.CaseRecord;
import uk.yos.cases.caserecord.CaseService;
import uk.yos.cases.staff.StaffMember;
import uk.yos.common.calendar.TimeSource;
import uk.yos.common.persistence.RecordChanges;
import uk.yos.common.problem.ProblemException;

/**
 * Who works on a case. Each role has at most one current holder (a unique key in the database makes that
 * true even under concurrent requests); allocating a role ends its current holder's allocation on the same date.
 * The worker must be one the staff register lets hold the role on the case ({@link AllocationEligibility}).
 */
@ApplicationScoped
public class Allocations {

    @Inject
    CaseService cases;

    @Inject
    TimeSource time;

    @Inject
    RecordChanges records;

    @Inject
    AllocationEligibility eligibility;

    @Transactional
    public List<Allocation> history(UUID caseId) {
        cases.readVisible(caseId, CaseAuditAction.READ_ALLOCATIONS);
        return Allocation.history(caseId);
    }

    /**
     * The first primary case manager, when a case of {@code teamCode} opens: a worker who may hold the role there on
     * {@code startDate}; a refusal names {@code field}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void startPrimary(UUID caseId, String teamCode, String workerId, LocalDate startDate, String field) {
        StaffMember worker = eligibility.requireEligible(workerId, teamCode, AllocationRole.PRIMARY_CASE_MANAGER,
                startDate, field);
        Allocation.start(caseId, AllocationRole.PRIMARY_CASE_MANAGER, worker.subject, worker.displayName,
                startDate, time.now(), records.changedBy());
    }

    @Transactional
    public AllocationChange allocate(UUID caseId, AllocationRequest request, String ifMatch) {
        CaseRecord caseRecord = cases.findOpenForChange(caseId, ifMatch, CaseAuditAction.ALLOCATE);
        StaffMember worker = eligibility.requireEligible(request.workerId(), caseRecord.owningTeamCode,
                request.role(), request.startDate(), "workerId");
        Allocation.currentIn(caseId, request.role()).ifPresent(current -> {
            if (current.workerId.equals(request.workerId())) {
                throw ProblemException.conflict("This worker already holds this role on the case");
            }
            if (request.startDate().isBefore(current.startDate)) {
                throw ProblemException.invalid("startDate",
                        "must not be before the current holder's start date (" + current.startDate + ")");
            }
            current.end(request.startDate(), records.changedBy());
            // The ended row must reach the database before the new current one, or the unique key objects.
            Allocation.flush();
        });
        Allocation allocation = Allocation.start(caseId, request.role(), worker.subject, worker.displayName,
                request.startDate(), time.now(), records.changedBy());
        records.saveChange(caseRecord, CaseAuditAction.ALLOCATE, CaseService.RECORD_TYPE, caseRecord.youngPersonId);
        return new AllocationChange(allocation, caseRecord.version);
    }

    @Transactional
    public AllocationChange end(UUID caseId, UUID allocationId, EndAllocationRequest request, String ifMatch) {
        CaseRecord caseRecord = cases.findOpenForChange(caseId, ifMatch, CaseAuditAction.END_ALLOCATION);
        Allocation allocation = Allocation.findById(allocationId);
        if (allocation == null || !allocation.caseId.equals(caseId)) {
            throw ProblemException.notFound("Allocation");
        }
        if (!allocation.isCurrent()) {
            throw ProblemException.conflict("This allocation has already ended");
        }
        if (allocation.role == AllocationRole.PRIMARY_CASE_MANAGER) {
            throw ProblemException.conflict("A case always has a primary case manager: allocate another one instead");
        }
        if (request.endDate().isBefore(allocation.startDate)) {
            throw ProblemException.invalid("endDate", "must not be before the allocation's start date");
        }
        allocation.end(request.endDate(), records.changedBy());
        records.saveChange(caseRecord, CaseAuditAction.END_ALLOCATION, CaseService.RECORD_TYPE,
                caseRecord.youngPersonId);
        return new AllocationChange(allocation, caseRecord.version);
    }
}
