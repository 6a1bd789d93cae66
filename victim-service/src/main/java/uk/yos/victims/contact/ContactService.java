package uk.yos.victims.contact;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.common.audit.AuditLog;
import uk.yos.common.calendar.TimeSource;
import uk.yos.common.paging.Page;
import uk.yos.common.paging.PageRequest;
import uk.yos.common.paging.SortFields;
import uk.yos.common.problem.ProblemException;
import uk.yos.victims.audit.VictimAuditAction;
import uk.yos.victims.victim.Victim;
import uk.yos.victims.victim.VictimService;
import uk.yos.web.security.Caller;

@ApplicationScoped
public class ContactService {

    static final SortFields SORT = SortFields.of(Map.of(
            "contactedOn", "c.contactedOn",
            "recordedAt", "c.recordedAt"), "-contactedOn");

    @Inject
    VictimService victims;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    TimeSource time;

    /**
     * Records an attempt or a contact. Refused (422) once the victim has withdrawn consent, refused contact, or
     * objected to the police sharing their details. The first contact giving RJ information sets the victim's
     * {@code rjInformationGivenOn}.
     */
    @Transactional
    public ContactView record(UUID victimId, ContactRequest request) {
        Victim victim = victims.lockForAddition(victims.find(victimId));
        if (!victim.mayBeContacted()) {
            throw ProblemException.unprocessable(victim.consentWithdrawn()
                    ? "The victim withdrew consent on " + victim.consentWithdrawnOn + "; no contact may be recorded"
                    : "The victim has not agreed to be contacted; no contact may be recorded");
        }
        if (request.rjInformationGiven() && !request.outcome().canGiveInformation()) {
            throw ProblemException.invalid("rjInformationGiven", "cannot be true when the outcome is "
                    + request.outcome());
        }
        if (request.contactedOn().isBefore(victim.referredOn)) {
            throw ProblemException.invalid("contactedOn", "must not be before the referral date (" + victim.referredOn
                    + ")");
        }
        VictimContact contact = new VictimContact();
        contact.victimId = victimId;
        contact.contactedOn = request.contactedOn();
        contact.method = request.method();
        contact.outcome = request.outcome();
        contact.rjInformationGiven = request.rjInformationGiven();
        contact.notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
        contact.recordedAt = time.now();
        contact.recordedBy = caller.username();
        contact.persist();
        if (contact.rjInformationGiven && (victim.rjInformationGivenOn == null
                || contact.contactedOn.isBefore(victim.rjInformationGivenOn))) {
            // A contact recorded late but made earlier is still the first one.
            victim.rjInformationGivenOn = contact.contactedOn;
        }
        victim.persistAndFlush();
        audit.record(VictimAuditAction.RECORD_CONTACT, VictimService.RECORD_TYPE, victimId, victim.youngPersonId);
        return ContactView.of(contact);
    }

    /** The victim's contacts; part of the victim's personal record, so the read is audited. */
    @Transactional
    public Page<ContactView> list(UUID victimId, PageRequest paging) {
        Victim victim = victims.find(victimId);
        Page<ContactView> page = Page.of(VictimContact.find("from VictimContact c where c.victimId = :victimId",
                SORT.toSort(paging.sort(), "c.id"), Map.of("victimId", victimId)), paging, ContactView::of);
        audit.recordRead(VictimAuditAction.READ_CONTACTS, VictimService.RECORD_TYPE, victimId, victim.youngPersonId);
        return page;
    }

    @Transactional
    public ContactView read(UUID victimId, UUID contactId) {
        Victim victim = victims.find(victimId);
        VictimContact contact = VictimContact.find("id = ?1 and victimId = ?2", contactId, victimId)
                .<VictimContact>firstResultOptional().orElseThrow(() -> ProblemException.notFound("Contact"));
        audit.recordRead(VictimAuditAction.READ_CONTACTS, VictimService.RECORD_TYPE, victimId, victim.youngPersonId);
        return ContactView.of(contact);
    }
}
