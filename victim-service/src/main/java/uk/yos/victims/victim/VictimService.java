package uk.yos.victims.victim;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.cases.contract.CaseReference;
import uk.yos.common.audit.AuditLog;
import uk.yos.common.audit.ChangedFields;
import uk.yos.common.calendar.TimeSource;
import uk.yos.common.concurrency.RowLocks;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.paging.Page;
import uk.yos.common.paging.PageRequest;
import uk.yos.common.paging.SortFields;
import uk.yos.common.persistence.RecordChanges;
import uk.yos.common.problem.ProblemException;
import uk.yos.common.query.Conditions;
import uk.yos.common.text.Texts;
import uk.yos.victims.audit.VictimAuditAction;
import uk.yos.victims.intervention.RjIntervention;

/** Victims and everything recorded on the victim's own record. The RJ team sees every victim. */
@ApplicationScoped
public class VictimService {

    public static final String RECORD_TYPE = "VICTIM";

    static final SortFields SORT = SortFields.of(Map.of(
            "familyName", "v.familyName",
            "givenName", "v.givenName",
            "referredOn", "v.referredOn",
            "rjInformationDueDate", "v.rjInformationDueDate",
            "createdAt", "v.createdAt"), "-referredOn");

    static final SortFields DUE_SORT = SortFields.of(Map.of(
            "rjInformationDueDate", "v.rjInformationDueDate",
            "referredOn", "v.referredOn",
            "familyName", "v.familyName"), "rjInformationDueDate");

    @Inject
    RjInformationRules rules;

    @Inject
    TimeSource time;

    @Inject
    RecordChanges records;

    @Inject
    AuditLog audit;

    /**
     * Records a victim against a case and offence that case-service has already confirmed ({@code reference}), so
     * nothing here waits on another service.
     */
    @Transactional
    public Versioned<VictimView> create(CreateVictimRequest request, CaseReference reference) {
        CaseReference.OffenceReference offence = reference.offence(request.offenceId()).orElseThrow();
        if (offence.offenceDate() != null && request.referredOn().isBefore(offence.offenceDate())) {
            throw ProblemException.invalid("referredOn", "must not be before the offence date (" + offence.offenceDate()
                    + ")");
        }
        Victim victim = new Victim();
        victim.caseId = reference.id();
        victim.offenceId = offence.id();
        victim.youngPersonId = reference.youngPersonId();
        records.stampCreated(victim);
        apply(victim, request);
        victim.persistAndFlush();
        audit.record(VictimAuditAction.CREATE, RECORD_TYPE, victim.id, victim.youngPersonId);
        return view(victim);
    }

    @Transactional
    public Page<VictimSummaryView> search(VictimSearch search, PageRequest paging) {
        LocalDate today = time.today();
        Conditions conditions = new Conditions()
                .add("v.caseId = :caseId", "caseId", search.caseId)
                .add("v.offenceId = :offenceId", "offenceId", search.offenceId)
                .add("(v.familyName like :name or v.givenName like :name)", "name", Texts.likeStartsWith(search.name))
                .add("v.dateOfBirth = :dateOfBirth", "dateOfBirth", search.dateOfBirth)
                .add("v.enhancedRights = :enhancedRights", "enhancedRights", search.enhancedRights)
                .add("v.rjOffered = :rjOffered", "rjOffered", search.rjOffered)
                .add("case when v.consentWithdrawnOn is null then false else true end = :consentWithdrawn",
                        "consentWithdrawn", search.consentWithdrawn)
                .add("v.referredOn >= :referredFrom", "referredFrom", search.referredFrom)
                .add("v.referredOn <= :referredTo", "referredTo", search.referredTo);
        Page<VictimSummaryView> page = Page.of(
                Victim.<Victim>find("from Victim v where " + conditions.where(), SORT.toSort(paging.sort(), "v.id"),
                        conditions.parameters()),
                paging, v -> VictimSummaryView.of(v, today));
        audit.recordSearch(RECORD_TYPE, "filters=" + conditions.filtersUsed() + " results=" + page.totalItems());
        return page;
    }

    /**
     * Victims still to be given RJ information whose due date is within {@code withinWorkingDays} working days of
     * today or has passed. Victims who may not be contacted (withdrawn, refused contact, objected to the police
     * sharing their details) are left out: nobody can act on them.
     */
    @Transactional
    public RjInformationDueView.Page rjInformationDue(Integer withinWorkingDays, UUID caseId, PageRequest paging) {
        int within = withinWorkingDays == null ? rules.dueSoonDefault() : withinWorkingDays;
        if (within < 0 || within > rules.dueSoonMax()) {
            throw ProblemException.invalid("withinWorkingDays", "must be between 0 and " + rules.dueSoonMax());
        }
        LocalDate today = time.today();
        LocalDate horizon = rules.dueSoonHorizon(today, within);
        Conditions conditions = new Conditions()
                .always("v.rjInformationGivenOn is null and v.rjInformationDueDate <= :horizon "
                        + "and v.consentWithdrawnOn is null "
                        + "and (v.consentToContact is null or v.consentToContact = true) "
                        + "and (v.policeConsentToShare is null or v.policeConsentToShare = true)",
                        Map.of("horizon", horizon))
                .add("v.caseId = :caseId", "caseId", caseId);
        Page<RjInformationDueView> page = Page.of(
                Victim.<Victim>find("from Victim v where " + conditions.where(), DUE_SORT.toSort(paging.sort(), "v.id"),
                        conditions.parameters()),
                paging, v -> RjInformationDueView.of(v, today));
        audit.recordSearch(RECORD_TYPE, "list=rj-information-due withinWorkingDays=" + within + " filters="
                + conditions.filtersUsed() + " results="
                + page.totalItems());
        return new RjInformationDueView.Page(page.items(), page.page(), page.size(), page.totalItems(), horizon);
    }

    /** Reads a victim's whole record, and audits the read. */
    @Transactional
    public Versioned<VictimView> read(UUID id) {
        Victim victim = find(id);
        audit.recordRead(VictimAuditAction.READ, RECORD_TYPE, id, victim.youngPersonId);
        return view(victim);
    }

    @Transactional
    public Versioned<VictimView> update(UUID id, UpdateVictimRequest request, String ifMatch) {
        Victim victim = lockForChange(id, ifMatch);
        ChangedFields changes = ChangedFields.before(victim);
        apply(victim, request);
        return view(records.saveUpdate(victim, VictimAuditAction.UPDATE, RECORD_TYPE, victim.youngPersonId,
                changes.in(victim)));
    }

    @Transactional
    public Versioned<VictimView> recordConsent(UUID id, ConsentRequest request, String ifMatch) {
        Victim victim = lockForChange(id, ifMatch);
        if (victim.consentWithdrawn()) {
            throw ProblemException.unprocessable("The victim withdrew consent on " + victim.consentWithdrawnOn
                    + "; a withdrawal cannot be changed");
        }
        requireDateWithAnswer("policeConsentOn", request.policeConsentToShare(), request.policeConsentOn());
        requireDateWithAnswer("consentToContactOn", request.consentToContact(), request.consentToContactOn());
        requireDateWithAnswer("evaluationConsentOn", request.evaluationConsent(), request.evaluationConsentOn());
        if (Boolean.TRUE.equals(request.evaluationConsent()) && !Boolean.TRUE.equals(request.consentToContact())) {
            throw ProblemException.invalid("evaluationConsent", "needs consentToContact: an evaluation form is a contact");
        }
        boolean contactRefused = Boolean.FALSE.equals(request.consentToContact())
                || Boolean.FALSE.equals(request.policeConsentToShare());
        if (contactRefused && !RjIntervention.active(id).isEmpty()) {
            throw ProblemException.unprocessable("The victim has open RJ interventions: record a withdrawal of "
                    + "consent instead, which also withdraws them");
        }
        victim.policeConsentToShare = request.policeConsentToShare();
        victim.policeConsentOn = request.policeConsentOn();
        victim.consentToContact = request.consentToContact();
        victim.consentToContactOn = request.consentToContactOn();
        victim.evaluationConsent = request.evaluationConsent();
        victim.evaluationConsentOn = request.evaluationConsentOn();
        return view(records.saveChange(victim, VictimAuditAction.RECORD_CONSENT, RECORD_TYPE, victim.youngPersonId));
    }

    /** The victim withdraws: recorded once, final; open interventions are withdrawn with it. */
    @Transactional
    public Versioned<VictimView> withdrawConsent(UUID id, ConsentWithdrawalRequest request, String ifMatch) {
        Victim victim = lockForChange(id, ifMatch);
        if (victim.consentWithdrawn()) {
            throw ProblemException.unprocessable("The victim already withdrew consent on " + victim.consentWithdrawnOn);
        }
        if (request.withdrawnOn().isBefore(victim.referredOn)) {
            throw ProblemException.invalid("withdrawnOn", "must not be before the referral date (" + victim.referredOn
                    + ")");
        }
        victim.withdrawConsent(request.withdrawnOn(), request.reason().strip());
        records.stampChanged(victim);
        victim.persistAndFlush();
        for (RjIntervention intervention : RjIntervention.active(id)) {
            intervention.withdraw("Withdrawn: the victim withdrew consent on " + request.withdrawnOn());
            records.stampChanged(intervention);
            intervention.persist();
            audit.record(VictimAuditAction.WITHDRAW, "RJ_INTERVENTION", intervention.id, victim.youngPersonId);
        }
        audit.record(VictimAuditAction.WITHDRAW_CONSENT, RECORD_TYPE, id, victim.youngPersonId);
        return view(victim);
    }

    @Transactional
    public Versioned<VictimView> recordRjDecision(UUID id, RjDecisionRequest request, String ifMatch) {
        Victim victim = lockForChange(id, ifMatch);
        if (request.decidedOn().isBefore(victim.referredOn)) {
            throw ProblemException.invalid("decidedOn", "must not be before the referral date (" + victim.referredOn
                    + ")");
        }
        if (!request.offered() && !RjIntervention.active(id).isEmpty()) {
            throw ProblemException.unprocessable("The victim has open RJ interventions: complete or withdraw them "
                    + "before recording that RJ is not offered");
        }
        victim.rjOffered = request.offered();
        victim.rjDecisionReasons = request.reasons().strip();
        victim.rjDecidedOn = request.decidedOn();
        victim.rjDecidedBy = records.changedBy();
        return view(records.saveChange(victim, VictimAuditAction.RECORD_RJ_DECISION, RECORD_TYPE,
                victim.youngPersonId));
    }

    @Transactional
    public Versioned<VictimView> recordFeedback(UUID id, FeedbackRequest request, String ifMatch) {
        Victim victim = lockForChange(id, ifMatch);
        String views = Texts.stripToNull(request.views());
        String wishes = Texts.stripToNull(request.wishes());
        String reparation = Texts.stripToNull(request.agreedReparation());
        if (views == null && wishes == null && reparation == null) {
            throw ProblemException.invalid("views", "at least one of views, wishes and agreedReparation is required");
        }
        victim.views = views;
        victim.wishes = wishes;
        victim.agreedReparation = reparation;
        victim.feedbackRecordedAt = time.now();
        victim.feedbackRecordedBy = records.changedBy();
        return view(records.saveChange(victim, VictimAuditAction.RECORD_FEEDBACK, RECORD_TYPE, victim.youngPersonId));
    }

    /** The victim, or 404. */
    public Victim find(UUID id) {
        return ProblemException.orNotFound(Victim.findById(id), "Victim");
    }

    /** The victim, locked at the version its If-Match names. */
    public Victim lockForChange(UUID id, String ifMatch) {
        Victim victim = find(id);
        victim.lockAtIfMatch(ifMatch);
        return victim;
    }

    /**
     * Locks a victim that something is being added to (a contact, an intervention, a referral, an evaluation) and
     * marks it changed, so the addition is checked against the victim's current consent and decision: a change to
     * the victim committed meanwhile makes this request fail rather than be checked against stale state.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Victim lockForAddition(Victim victim) {
        if (!lockAt(victim)) {
            throw ProblemException.conflict("The victim's record was changed at the same moment; retry");
        }
        records.stampChanged(victim);
        return victim;
    }

    public Versioned<VictimView> view(Victim victim) {
        return new Versioned<>(VictimView.of(victim, time.today()), victim.version);
    }

    /** The victim's row lock at the version read ({@link RowLocks}); false when it has moved on. */
    private boolean lockAt(Victim victim) {
        return RowLocks.tryLockAtVersion(Victim.getEntityManager(), "Victim", victim.id, victim.version);
    }

    private void apply(Victim victim, VictimDetails details) {
        String address = Texts.stripToNull(details.address());
        String phone = Texts.stripToNull(details.phone());
        String email = Texts.stripToNull(details.email());
        switch (details.preferredContactMethod()) {
            case PHONE -> require(phone, "phone", "is required when the preferred contact method is PHONE");
            case EMAIL -> require(email, "email", "is required when the preferred contact method is EMAIL");
            case LETTER -> require(address, "address", "is required when the preferred contact method is LETTER");
            case IN_PERSON -> {
            }
        }
        boolean underEighteen = underEighteen(details);
        victim.givenName = details.givenName().strip();
        victim.familyName = details.familyName().strip();
        victim.dateOfBirth = details.dateOfBirth();
        victim.address = address;
        victim.phone = phone;
        victim.email = email;
        victim.preferredContactMethod = details.preferredContactMethod();
        victim.referredOn = details.referredOn();
        victim.underEighteen = underEighteen;
        victim.vulnerableOrIntimidated = details.vulnerableOrIntimidated();
        victim.mostSeriousCrime = details.mostSeriousCrime();
        victim.enhancedRights = underEighteen || victim.vulnerableOrIntimidated || victim.mostSeriousCrime;
        victim.rjInformationDueDate = rules.dueDate(victim.referredOn, victim.enhancedRights);
        records.stampChanged(victim);
    }

    /** From the date of birth on the referral date when known (a contradicting flag is refused), else as stated. */
    private boolean underEighteen(VictimDetails details) {
        if (details.dateOfBirth() == null) {
            return Boolean.TRUE.equals(details.underEighteen());
        }
        if (details.dateOfBirth().isAfter(details.referredOn())) {
            throw ProblemException.invalid("dateOfBirth", "must not be after referredOn");
        }
        boolean derived = rules.isMinorOn(details.dateOfBirth(), details.referredOn());
        if (details.underEighteen() != null && details.underEighteen() != derived) {
            throw ProblemException.invalid("underEighteen", "contradicts dateOfBirth (the victim was "
                    + (derived ? "under" : "not under") + " 18 on referredOn); leave it out to derive it");
        }
        return derived;
    }

    private static void require(String value, String field, String message) {
        if (value == null) {
            throw ProblemException.invalid(field, message);
        }
    }

    private static void requireDateWithAnswer(String dateField, Boolean answer, LocalDate date) {
        if (answer != null && date == null) {
            throw ProblemException.invalid(dateField, "is required with the answer it dates");
        }
        if (answer == null && date != null) {
            throw ProblemException.invalid(dateField, "must be empty while the question is unanswered");
        }
    }

    /** The victims with these ids, for building several views with one query. */
    public static List<Victim> byIds(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : Victim.list("id in ?1", ids);
    }
}
