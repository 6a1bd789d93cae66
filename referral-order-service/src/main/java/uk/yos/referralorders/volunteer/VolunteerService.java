package uk.yos.referralorders.volunteer;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
import uk.yos.common.text.Texts;
import uk.yos.referralorders.audit.ReferralOrderAuditAction;
import uk.yos.referralorders.support.ReferralOrderRules;

/**
 * Volunteers: recruitment, vetting, training, conflicts of interest and availability. panel-coordinator manages
 * them; head-of-service may read them (searches and reads are audited the same way for both).
 */
@ApplicationScoped
public class VolunteerService {

    public static final String RECORD_TYPE = "VOLUNTEER";

    static final SortFields SORT = SortFields.of(Map.of(
            "familyName", "v.familyName",
            "givenName", "v.givenName",
            "status", "v.status",
            "dbsExpiresOn", "v.dbsExpiresOn",
            "createdAt", "v.createdAt"), "familyName,givenName");

    private static final String CHAIR_TRAINED = "exists (select 1 from TrainingRecord ct where ct.volunteer = v "
            + "and ct.kind = :chairKind)";

    @Inject
    RecordChanges records;

    @Inject
    AuditLog audit;

    @Inject
    TimeSource time;

    @Inject
    ReferralOrderRules rules;

    @Inject
    EntityManager entityManager;

    @Transactional
    public Page<VolunteerSummaryView> search(VolunteerSearch search, PageRequest paging) {
        Conditions conditions = new Conditions()
                .add("v.status = :status", "status", search.status)
                .add("(v.dbsExpiresOn is null or v.dbsExpiresOn < :dbsExpiringBefore)", "dbsExpiringBefore",
                        search.dbsExpiringBefore)
                .add("(v.familyName like :name or v.givenName like :name)", "name", Texts.likeStartsWith(search.name));
        if (search.chairTrained != null) {
            conditions.add(search.chairTrained ? CHAIR_TRAINED : "not " + CHAIR_TRAINED, "chairKind",
                    TrainingKind.CHAIR);
        }
        Page<Volunteer> found = Page.of(Volunteer.find("from Volunteer v where " + conditions.where(),
                SORT.toSort(paging.sort(), "v.id"), conditions.parameters()), paging, v -> (Volunteer) v);
        Set<UUID> chairs = chairTrained(found.items().stream().map(v -> v.id).toList());
        List<VolunteerSummaryView> items = found.items().stream().map(v -> new VolunteerSummaryView(v.id,
                v.givenName, v.familyName, v.status, v.representative, v.mentor, chairs.contains(v.id),
                v.dbsExpiresOn)).toList();
        audit.recordSearch(RECORD_TYPE, "filters=" + conditions.filtersUsed() + " results=" + found.totalItems());
        return new Page<>(items, found.page(), found.size(), found.totalItems());
    }

    @Transactional
    public Versioned<VolunteerView> read(UUID id) {
        Volunteer volunteer = find(id);
        audit.recordRead(ReferralOrderAuditAction.READ, RECORD_TYPE, id, null);
        return view(volunteer);
    }

    @Transactional
    public Versioned<VolunteerView> create(VolunteerRequest request) {
        Volunteer volunteer = new Volunteer();
        volunteer.status = VolunteerStatus.APPLICANT;
        describe(volunteer, request);
        records.stampCreated(volunteer);
        volunteer.persistAndFlush();
        recordStatusChange(volunteer, null, time.today(), "Application recorded");
        audit.record(ReferralOrderAuditAction.CREATE, RECORD_TYPE, volunteer.id, null);
        return view(volunteer);
    }

    @Transactional
    public Versioned<VolunteerView> update(UUID id, VolunteerRequest request, String ifMatch) {
        Volunteer volunteer = lockForChange(id, ifMatch);
        ChangedFields changes = ChangedFields.before(volunteer);
        describe(volunteer, request);
        return view(records.saveUpdate(volunteer, ReferralOrderAuditAction.UPDATE, RECORD_TYPE, null,
                changes.in(volunteer)));
    }

    @Transactional
    public Versioned<VolunteerView> changeStatus(UUID id, StatusChangeRequest request, String ifMatch) {
        Volunteer volunteer = lockForChange(id, ifMatch);
        VolunteerStatus from = volunteer.status;
        VolunteerStatus to = request.status();
        LocalDate effectiveOn = request.effectiveOn() != null ? request.effectiveOn() : time.today();
        if (from == to) {
            throw ProblemException.conflict("The volunteer is already " + to);
        }
        if (!from.next().contains(to)) {
            throw ProblemException.conflict("A volunteer cannot go from " + from + " to " + to);
        }
        if ((to == VolunteerStatus.TRAINED || to == VolunteerStatus.ACTIVE) && !volunteer.hasTraining(TrainingKind.INITIAL)) {
            throw ProblemException.unprocessable("status", "needs the volunteer's INITIAL training recorded first");
        }
        if (to == VolunteerStatus.ACTIVE && !volunteer.dbsValidOn(effectiveOn)) {
            throw ProblemException.unprocessable("status", "needs a DBS check valid on " + effectiveOn);
        }
        volunteer.status = to;
        records.stampChanged(volunteer);
        volunteer.persistAndFlush();
        recordStatusChange(volunteer, from, effectiveOn, request.reason());
        audit.record(ReferralOrderAuditAction.CHANGE_STATUS, RECORD_TYPE, id, null);
        return view(volunteer);
    }

    @Transactional
    public Versioned<VolunteerView> recordDbsCheck(UUID id, DbsCheckRequest request, String ifMatch) {
        Volunteer volunteer = lockForChange(id, ifMatch);
        LocalDate expiresOn = request.expiresOn() != null ? request.expiresOn()
                : request.checkedOn().plusMonths(rules.volunteers().dbsValidityMonths());
        if (!expiresOn.isAfter(request.checkedOn())) {
            throw ProblemException.invalid("expiresOn", "must be after checkedOn");
        }
        volunteer.dbsCheckedOn = request.checkedOn();
        volunteer.dbsExpiresOn = expiresOn;
        return view(records.saveChange(volunteer, ReferralOrderAuditAction.RECORD_DBS_CHECK, RECORD_TYPE, null));
    }

    @Transactional
    public Versioned<VolunteerView> addTraining(UUID id, TrainingRequest request, String ifMatch) {
        Volunteer volunteer = lockForChange(id, ifMatch);
        TrainingRecord record = new TrainingRecord();
        record.volunteer = volunteer;
        record.kind = request.kind();
        record.completedOn = request.completedOn();
        record.provider = Texts.stripToNull(request.provider());
        record.recordedAt = time.now();
        record.recordedBy = records.changedBy();
        record.persist();
        volunteer.training.add(record);
        return view(records.saveChange(volunteer, ReferralOrderAuditAction.ADD_TRAINING, RECORD_TYPE, null));
    }

    @Transactional
    public Versioned<VolunteerView> declareConflict(UUID id, ConflictRequest request, String ifMatch) {
        if (request.kind() == ConflictKind.CHILD) {
            requireOnly(request.youngPersonId(), "youngPersonId", request.victimId(), "victimId", "CHILD");
        } else {
            requireOnly(request.victimId(), "victimId", request.youngPersonId(), "youngPersonId", "VICTIM");
        }
        Volunteer volunteer = lockForChange(id, ifMatch);
        boolean duplicate = volunteer.conflicts.stream().anyMatch(c -> c.kind == request.kind()
                && (request.kind() == ConflictKind.CHILD ? request.youngPersonId().equals(c.youngPersonId)
                        : request.victimId().equals(c.victimId)));
        if (duplicate) {
            throw ProblemException.conflict("This conflict of interest is already declared");
        }
        ConflictOfInterest conflict = new ConflictOfInterest();
        conflict.volunteer = volunteer;
        conflict.kind = request.kind();
        conflict.youngPersonId = request.youngPersonId();
        conflict.victimId = request.victimId();
        conflict.declaredOn = request.declaredOn() != null ? request.declaredOn() : time.today();
        conflict.note = Texts.stripToNull(request.note());
        conflict.recordedAt = time.now();
        conflict.recordedBy = records.changedBy();
        conflict.persist();
        volunteer.conflicts.add(conflict);
        return view(records.saveChange(volunteer, ReferralOrderAuditAction.DECLARE_CONFLICT, RECORD_TYPE,
                request.youngPersonId()));
    }

    /** Withdraws a conflict declared in error; the audit trail keeps who did it and when. */
    @Transactional
    public Versioned<VolunteerView> withdrawConflict(UUID id, UUID conflictId, String ifMatch) {
        Volunteer volunteer = lockForChange(id, ifMatch);
        ConflictOfInterest conflict = volunteer.conflicts.stream().filter(c -> c.id.equals(conflictId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Conflict of interest"));
        volunteer.conflicts.remove(conflict);
        conflict.delete();
        return view(records.saveChange(volunteer, ReferralOrderAuditAction.WITHDRAW_CONFLICT, RECORD_TYPE,
                conflict.youngPersonId));
    }

    public Volunteer find(UUID id) {
        return ProblemException.orNotFound(Volunteer.findById(id), "Volunteer");
    }

    /** The volunteer, locked at the version its If-Match names. */
    private Volunteer lockForChange(UUID id, String ifMatch) {
        Volunteer volunteer = find(id);
        volunteer.lockAtIfMatch(ifMatch);
        return volunteer;
    }

    private void describe(Volunteer volunteer, VolunteerRequest request) {
        String subject = Texts.stripToNull(request.userSubject());
        if (subject != null && !subject.equals(volunteer.userSubject)) {
            boolean taken = volunteer.id == null ? Volunteer.count("userSubject", subject) > 0
                    : Volunteer.count("userSubject = ?1 and id <> ?2", subject, volunteer.id) > 0;
            if (taken) {
                throw ProblemException.conflict("This account is already linked to another volunteer");
            }
        }
        List<AvailabilitySlotDto> slots = request.availability() == null ? List.of() : request.availability();
        for (int i = 0; i < slots.size(); i++) {
            if (!slots.get(i).to().isAfter(slots.get(i).from())) {
                throw ProblemException.invalid("availability[" + i + "].to", "must be after from");
            }
        }
        volunteer.givenName = request.givenName().strip();
        volunteer.familyName = request.familyName().strip();
        volunteer.email = Texts.stripToNull(request.email());
        volunteer.phone = Texts.stripToNull(request.phone());
        volunteer.representative = Boolean.TRUE.equals(request.representative());
        volunteer.mentor = Boolean.TRUE.equals(request.mentor());
        volunteer.userSubject = subject;
        volunteer.availability.clear();
        slots.forEach(slot -> volunteer.availability.add(slot.toSlot()));
        volunteer.availabilityNote = Texts.stripToNull(request.availabilityNote());
    }

    private static void requireOnly(UUID required, String requiredField, UUID forbidden, String forbiddenField,
            String kind) {
        if (required == null) {
            throw ProblemException.invalid(requiredField, "is required for a " + kind + " conflict");
        }
        if (forbidden != null) {
            throw ProblemException.invalid(forbiddenField, "is not allowed for a " + kind + " conflict");
        }
    }

    private Set<UUID> chairTrained(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager.createQuery("select distinct t.volunteer.id from TrainingRecord t "
                + "where t.kind = :kind and t.volunteer.id in :ids", UUID.class)
                .setParameter("kind", TrainingKind.CHAIR).setParameter("ids", ids).getResultList());
    }

    private void recordStatusChange(Volunteer volunteer, VolunteerStatus from, LocalDate effectiveOn, String reason) {
        VolunteerStatusChange change = new VolunteerStatusChange();
        change.volunteerId = volunteer.id;
        change.fromStatus = from;
        change.toStatus = volunteer.status;
        change.effectiveOn = effectiveOn;
        change.reason = Texts.stripToNull(reason);
        change.changedAt = time.now();
        change.changedBy = records.changedBy();
        change.persist();
    }

    private Versioned<VolunteerView> view(Volunteer volunteer) {
        return new Versioned<>(VolunteerView.of(volunteer, time.today()), volunteer.version);
    }
}
