package uk.yos.cases.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.panache.common.Sort;
import uk.yos.common.persistence.VersionedEntity;

/**
 * A warning for an unacceptable absence, dated on the day of the missed appointment. It counts towards one breach
 * consideration at most: the one it raised, or the one outstanding when it was given.
 */
@Entity
@Table(name = "contact_warning")
public class ContactWarning extends VersionedEntity {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "contact_id", nullable = false)
    public UUID contactId;

    @Column(name = "warned_on", nullable = false)
    public LocalDate warnedOn;

    @Column(name = "breach_consideration_id")
    public UUID breachConsiderationId;

    static ContactWarning forAbsence(Contact contact) {
        ContactWarning warning = new ContactWarning();
        warning.caseId = contact.caseId;
        warning.contactId = contact.id;
        warning.warnedOn = contact.plannedAt.toLocalDate();
        return warning;
    }

    static List<ContactWarning> ofCase(UUID caseId) {
        return list("caseId", Sort.descending("warnedOn", "id"), caseId);
    }

    static Optional<ContactWarning> ofContact(UUID contactId) {
        return find("contactId", contactId).firstResultOptional();
    }

    /** The case's warnings on or after {@code since} not yet counted towards a consideration. */
    static List<ContactWarning> notConsideredSince(UUID caseId, LocalDate since) {
        return list("caseId = ?1 and warnedOn >= ?2 and breachConsiderationId is null", caseId, since);
    }

    static long since(UUID caseId, LocalDate since) {
        return count("caseId = ?1 and warnedOn >= ?2", caseId, since);
    }
}
