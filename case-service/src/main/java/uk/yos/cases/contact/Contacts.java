package uk.yos.cases.contact;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.cases.audit.CaseAuditAction;
import uk.yos.cases.caserecord.CaseRecord;
import uk.yos.cases.caserecord.CaseService;
import uk.yos.common.audit.AuditLog;
import uk.yos.common.calendar.TimeSource;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.persistence.RecordChanges;
import uk.yos.common.problem.ProblemException;

/**
 * A case's contacts: appointments planned with the child, and their outcomes, recorded once each appointment's time
 * has passed. An unacceptable absence gives a warning ({@link BreachConsiderations}).
 */
@ApplicationScoped
public class Contacts {

    public static final String RECORD_TYPE = "CONTACT";

    @Inject
    CaseService cases;

    @Inject
    BreachConsiderations breaches;

    @Inject
    TimeSource time;

    @Inject
    AuditLog audit;

    @Inject
    RecordChanges records;

    @Transactional
    public List<ContactView> list(UUID caseId) {
        cases.readVisible(caseId, CaseAuditAction.READ_CONTACTS);
        Map<UUID, ContactWarning> warnings = ContactWarning.ofCase(caseId).stream()
                .collect(Collectors.toMap(w -> w.contactId, Function.identity()));
        return Contact.ofCase(caseId).stream().map(c -> ContactView.of(c, warnings.get(c.id))).toList();
    }

    @Transactional
    public Versioned<ContactView> read(UUID caseId, UUID id) {
        CaseRecord caseRecord = cases.findVisible(caseId, CaseAuditAction.READ_CONTACTS);
        Contact contact = find(caseRecord, id);
        audit.recordRead(CaseAuditAction.READ_CONTACTS, RECORD_TYPE, id, caseRecord.youngPersonId);
        return view(contact, ContactWarning.ofContact(id).orElse(null));
    }

    @Transactional
    public Versioned<ContactView> plan(UUID caseId, PlanContactRequest request) {
        CaseRecord caseRecord = cases.findVisible(caseId, CaseAuditAction.PLAN_CONTACT);
        if (caseRecord.isClosed()) {
            throw ProblemException.conflict("The case is closed; reopen it before planning a contact");
        }
        Contact contact = records.saveNew(Contact.planned(caseId, request), CaseAuditAction.PLAN_CONTACT, RECORD_TYPE,
                caseRecord.youngPersonId);
        return view(contact, null);
    }

    @Transactional
    public Versioned<ContactView> recordOutcome(UUID caseId, UUID id, RecordOutcomeRequest request, String ifMatch) {
        CaseRecord caseRecord = cases.findVisible(caseId, CaseAuditAction.RECORD_CONTACT_OUTCOME);
        Contact contact = find(caseRecord, id);
        contact.lockAtIfMatch(ifMatch);
        if (contact.hasOutcome()) {
            throw ProblemException.conflict("This contact's outcome was recorded on " + contact.outcomeRecordedOn);
        }
        if (contact.plannedAt.isAfter(LocalDateTime.now(time.getClock()))) {
            throw ProblemException.unprocessable("outcome", "cannot be recorded before the appointment's time ("
                    + contact.plannedAt + ")");
        }
        if (request.outcome().needsReason() && (request.reason() == null || request.reason().isBlank())) {
            throw ProblemException.invalid("reason", "is required for " + request.outcome());
        }
        contact.recordOutcome(request, time.today(), records.changedBy());
        records.saveChange(contact, CaseAuditAction.RECORD_CONTACT_OUTCOME, RECORD_TYPE, caseRecord.youngPersonId);
        ContactWarning warning = request.outcome().warns() ? breaches.warn(caseRecord, contact) : null;
        return view(contact, warning);
    }

    private Contact find(CaseRecord caseRecord, UUID id) {
        Contact contact = Contact.findById(id);
        if (contact == null || !contact.caseId.equals(caseRecord.id)) {
            throw ProblemException.notFound("Contact");
        }
        return contact;
    }

    private static Versioned<ContactView> view(Contact contact, ContactWarning warning) {
        return new Versioned<>(ContactView.of(contact, warning), contact.version);
    }
}
