package uk.yos.prevention.referral;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.cases.contract.PncIds;
import uk.yos.common.audit.AuditLog;
import uk.yos.common.calendar.TimeSource;
import uk.yos.common.concurrency.EntityTags;
import uk.yos.common.concurrency.Versioned;
import uk.yos.common.paging.Page;
import uk.yos.common.paging.PageRequest;
import uk.yos.common.paging.SortFields;
import uk.yos.common.persistence.RecordChanges;
import uk.yos.common.problem.ProblemException;
import uk.yos.common.query.Conditions;
import uk.yos.common.text.Texts;
import uk.yos.prevention.audit.PreventionAuditAction;
import uk.yos.prevention.referral.CreateReferralRequest.ChildRequest;
import uk.yos.prevention.referral.CreateReferralRequest.OffenceRequest;
import uk.yos.prevention.referral.CreateReferralRequest.ReasonRequest;
import uk.yos.prevention.support.FieldErrors;
import uk.yos.prevention.support.PreventionRules;
import uk.yos.web.problem.ProblemType;

@ApplicationScoped
public class ReferralService {

    public static final String RECORD_TYPE = "PREVENTION_REFERRAL";

    static final SortFields SORT = SortFields.of(Map.of(
            "receivedOn", "r.receivedOn",
            "assessmentDueDate", "r.assessmentDueDate",
            "reference", "r.reference",
            "status", "r.status",
            "createdAt", "r.createdAt"), "-receivedOn");

    @Inject
    RecordChanges records;

    @Inject
    ReferralAccess access;

    @Inject
    PreventionRules rules;

    @Inject
    ReferenceNumbers references;

    @Inject
    AuditLog audit;

    @Inject
    TimeSource time;

    /**
     * Whether this caller's referrals must be idempotent: a police referrer's are, because a partner system's retry
     * must never make a second referral (and a police referrer whose token names no organisation is refused, 403).
     */
    public boolean creatorMustBeIdempotent() {
        if (access.isWorker()) {
            return false;
        }
        access.policeOrganisation();
        return true;
    }

    /**
     * Records a new referral and answers with what the caller may see of it: the whole referral for a prevention
     * worker, its status for a police referrer.
     */
    @Transactional
    public NewReferral create(CreateReferralRequest request) {
        checkShape(request);
        LocalDate today = time.today();
        ReferralSource source;
        String organisation;
        LocalDate receivedOn;
        if (access.isWorker()) {
            new FieldErrors()
                    .addIf(request.source() == null, "source", "is required")
                    .addIf(request.referringOrganisation() == null, "referringOrganisation", "is required")
                    .throwIfAny();
            source = request.source();
            organisation = request.referringOrganisation();
            receivedOn = request.receivedOn() != null ? request.receivedOn() : today;
        } else {
            // A police referrer speaks for its own organisation, today: what the token says is what is recorded.
            organisation = access.policeOrganisation();
            new FieldErrors()
                    .addIf(request.referringOrganisation() != null && !request.referringOrganisation().equals(organisation),
                            "referringOrganisation", "must be your own organisation (" + organisation
                                    + ") or left out")
                    .addIf(request.source() != null && request.source() != ReferralSource.POLICE, "source",
                            "must be POLICE or left out for a police referrer")
                    .addIf(request.receivedOn() != null && !request.receivedOn().equals(today), "receivedOn",
                            "must be today or left out for a police referrer")
                    .throwIfAny(ProblemType.UNPROCESSABLE);
            source = ReferralSource.POLICE;
            receivedOn = today;
        }
        ChildRequest child = request.child();
        rules.checkAge(child.dateOfBirth(), receivedOn, "child.dateOfBirth", "on the day the referral was received");
        OffenceRequest offence = request.reason().offence();
        if (offence != null) {
            if (offence.offenceDate().isAfter(receivedOn)) {
                throw ProblemException.invalid("reason.offence.offenceDate",
                        "must not be after the day the referral was received");
            }
            rules.checkAge(child.dateOfBirth(), offence.offenceDate(), "reason.offence.offenceDate",
                    "on the date of the offence");
        }

        PreventionReferral referral = new PreventionReferral();
        referral.reference = references.next(receivedOn);
        referral.status = ReferralStatus.RECEIVED;
        referral.source = source;
        referral.referringOrganisation = organisation;
        referral.referrerName = request.referrer().name().strip();
        referral.referrerContact = Texts.stripToNull(request.referrer().contact());
        referral.receivedOn = receivedOn;
        referral.assessmentDueDate = rules.assessmentDueDate(receivedOn);
        referral.childGivenName = child.givenName().strip();
        referral.childFamilyName = child.familyName().strip();
        referral.childDateOfBirth = child.dateOfBirth();
        referral.childGender = child.gender();
        referral.childAddress = Texts.stripToNull(child.address());
        referral.childSchool = Texts.stripToNull(child.school());
        referral.childPncId = Texts.stripToNull(child.pncId());
        ReasonRequest reason = request.reason();
        referral.reasonType = reason.type();
        if (offence != null) {
            referral.offenceTypeCode = offence.offenceTypeCode();
            referral.offenceDescription = offence.description().strip();
            referral.offenceDate = offence.offenceDate();
            referral.offenceGravityScore = offence.gravityScore();
            referral.outcomeConsidered = offence.outcomeConsidered();
        } else {
            referral.riskCategories = EnumSet.copyOf(reason.risk().categories());
            referral.riskDetail = Texts.stripToNull(reason.risk().detail());
        }
        records.saveNew(referral, PreventionAuditAction.CREATE, RECORD_TYPE, null);
        return access.isWorker()
                ? NewReferral.inFull(new Versioned<>(PreventionReferralView.of(referral, today), referral.version))
                : NewReferral.statusOnly(ReferralStatusView.of(referral, today));
    }

    @Transactional
    public Versioned<PreventionReferralView> read(UUID id) {
        PreventionReferral referral = findVisible(id, PreventionAuditAction.READ);
        audit.recordRead(PreventionAuditAction.READ, RECORD_TYPE, id, referral.youngPersonId);
        return view(referral);
    }

    @Transactional
    public ReferralStatusView readStatus(UUID id) {
        requireUsableToken();
        PreventionReferral referral = findVisible(id, PreventionAuditAction.READ_STATUS);
        audit.recordRead(PreventionAuditAction.READ_STATUS, RECORD_TYPE, id, referral.youngPersonId);
        return ReferralStatusView.of(referral, time.today());
    }

    @Transactional
    public Page<ReferralSummaryView> search(ReferralSearch search, PageRequest paging) {
        requireUsableToken();
        LocalDate receivedFrom = search.receivedFrom();
        LocalDate receivedTo = search.receivedTo();
        if (receivedFrom != null && receivedTo != null && receivedFrom.isAfter(receivedTo)) {
            throw ProblemException.invalid("receivedTo", "must not be before receivedFrom");
        }
        Boolean assessmentOverdue = search.assessmentOverdue();
        LocalDate today = time.today();
        ReferralAccess.Predicate visible = access.referrals("r");
        String overdue = Boolean.FALSE.equals(assessmentOverdue)
                ? "(r.assessmentCompletedOn is not null or r.closedOn is not null "
                        + "or r.assessmentDueDate >= :assessmentOverdue)"
                : "(r.assessmentCompletedOn is null and r.closedOn is null and r.assessmentDueDate < :assessmentOverdue)";
        Conditions conditions = new Conditions()
                .always(visible.hql(), visible.parameters())
                .add("r.status = :status", "status", search.status())
                .add("r.source = :source", "source", search.source())
                .add("r.reasonType = :reasonType", "reasonType", search.reasonType())
                .add("r.referringOrganisation = :referringOrganisation", "referringOrganisation",
                        search.referringOrganisation)
                .add("r.receivedOn >= :receivedFrom", "receivedFrom", receivedFrom)
                .add("r.receivedOn <= :receivedTo", "receivedTo", receivedTo)
                .add(overdue, "assessmentOverdue", assessmentOverdue == null ? null : today);
        boolean withChild = access.readsEverything();
        Page<ReferralSummaryView> page = Page.of(
                PreventionReferral.<PreventionReferral>find("from PreventionReferral r where " + conditions.where(),
                        SORT.toSort(paging.sort(), "r.id"), conditions.parameters()),
                paging, r -> ReferralSummaryView.of(r, today, withChild));
        audit.recordSearch(RECORD_TYPE, "filters=" + conditions.filtersUsed() + " results=" + page.totalItems());
        return page;
    }

    /**
     * The referral if the caller may see it; otherwise 404 whether or not it exists, with a DENIED audit row when
     * it does.
     */
    public PreventionReferral findVisible(UUID id, PreventionAuditAction action) {
        PreventionReferral referral = PreventionReferral.findById(id);
        if (referral == null) {
            throw ProblemException.notFound("Prevention referral");
        }
        if (!access.canSee(referral)) {
            audit.recordDenied(action, RECORD_TYPE, id);
            throw ProblemException.notFound("Prevention referral");
        }
        return referral;
    }

    /** A visible referral at the version the caller last read, not closed; takes no lock (see {@link #lockForChange}). */
    public PreventionReferral findOpenAtVersion(UUID id, String ifMatch, PreventionAuditAction action) {
        PreventionReferral referral = findVisible(id, action);
        EntityTags.requireMatch(ifMatch, referral.version);
        requireOpen(referral);
        return referral;
    }

    /**
     * The gate for every change: visible, at the version the caller last read (If-Match), and not closed; the row
     * is then locked until the transaction ends. Of two changes made with the same ETag the second waits for the
     * first, finds the version moved on and gets 412, never a half-applied change.
     */
    public PreventionReferral lockForChange(UUID id, String ifMatch, PreventionAuditAction action) {
        PreventionReferral referral = findVisible(id, action);
        referral.lockAtIfMatch(ifMatch);
        requireOpen(referral);
        return referral;
    }

    public Versioned<PreventionReferralView> view(PreventionReferral referral) {
        return new Versioned<>(PreventionReferralView.of(referral, time.today()), referral.version);
    }

    private static void requireOpen(PreventionReferral referral) {
        if (referral.isClosed()) {
            throw ProblemException.conflict("The referral is closed and can no longer change");
        }
    }

    /** A police referrer must have an organisation before anything else is looked at. */
    private void requireUsableToken() {
        if (!access.readsEverything()) {
            access.policeOrganisation();
        }
    }

    /** The rules between fields of a new referral, all reported at once. */
    private static void checkShape(CreateReferralRequest request) {
        ReasonRequest reason = request.reason();
        FieldErrors errors = new FieldErrors();
        if (reason.type() == ReasonType.OFFENCE) {
            errors.addIf(reason.offence() == null, "reason.offence", "is required when the reason type is OFFENCE")
                    .addIf(reason.risk() != null, "reason.risk", "must be left out when the reason type is OFFENCE");
        } else {
            errors.addIf(reason.risk() == null, "reason.risk", "is required when the reason type is RISK")
                    .addIf(reason.offence() != null, "reason.offence", "must be left out when the reason type is RISK");
            errors.addIf(reason.risk() != null && reason.risk().categories().contains(RiskCategory.OTHER)
                    && Texts.stripToNull(reason.risk().detail()) == null, "reason.risk.detail",
                    "is required when the categories include OTHER");
        }
        String pncId = Texts.stripToNull(request.child().pncId());
        errors.addIf(pncId != null && !PncIds.isValid(pncId), "child.pncId",
                "must be YYYY/NNNNNNNL with a valid check letter");
        errors.throwIfAny();
    }
}
