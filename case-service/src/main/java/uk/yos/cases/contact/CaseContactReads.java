package uk.yos.cases.contact;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.cases.audit.CaseAuditAction;
import uk.yos.cases.caserecord.CaseRecord;
import uk.yos.cases.caserecord.CaseService;
import uk.yos.common.audit.AuditLog;

/** The first step of every read of a case's contact records: the case, if the caller may see it, read audited. */
@ApplicationScoped
class CaseContactReads {

    @Inject
    CaseService cases;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.MANDATORY)
    CaseRecord visibleCase(UUID caseId) {
        CaseRecord caseRecord = cases.findVisible(caseId, CaseAuditAction.READ_CONTACTS);
        audit.recordRead(CaseAuditAction.READ_CONTACTS, CaseService.RECORD_TYPE, caseId, caseRecord.youngPersonId);
        return caseRecord;
    }
}
