package uk.yos.cases.youngperson;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.cases.access.CaseAccess;
import uk.yos.cases.audit.CaseAuditAction;
import uk.yos.cases.contract.PncIds;
import uk.yos.cases.referencedata.ReferenceCategory;
import uk.yos.cases.referencedata.ReferenceData;
import uk.yos.cases.referencedata.ReferenceItem;
import uk.yos.common.audit.AuditLog;
import uk.yos.common.audit.ChangedFields;
import uk.yos.common.concurrency.EntityTags;
import uk.yos.common.paging.Page;
import uk.yos.common.paging.PageRequest;
import uk.yos.common.paging.SortFields;
import uk.yos.common.persistence.RecordChanges;
import uk.yos.common.problem.ProblemException;
import uk.yos.common.query.Conditions;
import uk.yos.common.text.Texts;
import uk.yos.web.problem.ProblemType;
import uk.yos.web.security.Caller;
import uk.yos.web.security.Roles;

@ApplicationScoped
public class YoungPersonService {

    static final String RECORD_TYPE = "YOUNG_PERSON";

    static final SortFields SORT = SortFields.of(Map.of(
            "familyName", "yp.familyName",
            "givenName", "yp.givenName",
            "dateOfBirth", "yp.dateOfBirth",
            "localReference", "yp.localReference",
            "createdAt", "yp.createdAt"), "familyName,givenName");

    @Inject
    RecordChanges records;

    @Inject
    CaseAccess access;

    @Inject
    Caller caller;

    @Inject
    ReferenceData referenceData;

    @Inject
    AgeRules ageRules;

    @Inject
    AuditLog audit;

    @Transactional
    public Page<YoungPersonView> search(YoungPersonSearch search, PageRequest paging) {
        CaseAccess.Predicate visible = access.youngPeople("yp");
        Conditions conditions = new Conditions()
                .always(visible.hql(), visible.parameters())
                .add("(yp.familyName like :name or yp.givenName like :name)", "name", Texts.likeStartsWith(search.name))
                .add("yp.dateOfBirth = :dateOfBirth", "dateOfBirth", search.dateOfBirth)
                .add("yp.gender = :gender", "gender", search.gender)
                .add("yp.ethnicity = :ethnicity", "ethnicity", search.ethnicity)
                .add("yp.localityCode = :localityCode", "localityCode", search.localityCode)
                .add("yp.areaCode = :areaCode", "areaCode", search.areaCode)
                .add("yp.teamCode = :teamCode", "teamCode", search.teamCode)
                .add("yp.childInCare = :childInCare", "childInCare", search.childInCare)
                .add("yp.send = :send", "send", search.send)
                .add("yp.ehcp = :ehcp", "ehcp", search.ehcp)
                .add("yp.localReference = :localReference", "localReference", search.localReference)
                .add("yp.pncId = :pncId", "pncId", search.pncId);
        Page<YoungPersonView> page = Page.of(
                YoungPerson.find("from YoungPerson yp where " + conditions.where(),
                        SORT.toSort(paging.sort(), "yp.id"), conditions.parameters()),
                paging, YoungPersonView::of);
        audit.recordSearch(RECORD_TYPE, "filters=" + conditions.filtersUsed() + " results=" + page.totalItems());
        return page;
    }

    /** Reads a child the caller may see, and audits the read. */
    @Transactional
    public YoungPerson read(UUID id) {
        YoungPerson youngPerson = findVisible(id, CaseAuditAction.READ);
        audit.recordRead(CaseAuditAction.READ, RECORD_TYPE, id, id);
        return youngPerson;
    }

    @Transactional
    public YoungPerson create(YoungPersonRequest request) {
        String team = request.teamCode() != null ? request.teamCode()
                : caller.team().orElseThrow(() -> ProblemException.invalid("teamCode",
                        "is required because your token names no team"));
        requireOwnTeam(team);
        return createInTeam(request, team);
    }

    /**
     * Records a new child in a team, with every rule a new record follows. Whether the caller may use that team
     * is decided before: {@link #create} allows only the caller's own team, a diversion intake the team that will
     * own the case.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public YoungPerson createInTeam(YoungPersonRequest request, String team) {
        referenceData.requireActive(ReferenceCategory.TEAM, team, "teamCode");
        checkNewChild(request);
        requireUnique(request, null);

        YoungPerson youngPerson = new YoungPerson();
        records.stampCreated(youngPerson);
        youngPerson.teamCode = team;
        apply(youngPerson, request);
        youngPerson.persistAndFlush();
        audit.record(CaseAuditAction.CREATE, RECORD_TYPE, youngPerson.id, youngPerson.id);
        return youngPerson;
    }

    /** The rules a new child's details must meet (age today, PNC check letter, locality); writes nothing. */
    public void checkNewChild(YoungPersonRequest request) {
        ageRules.checkDateOfBirth(request.dateOfBirth());
        checkPncId(request.pncId());
        referenceData.requireActive(ReferenceCategory.LOCALITY, request.localityCode(), "localityCode");
    }

    /**
     * The recorded child that details from outside the YOS describe, if there is one: the child with this PNC id;
     * otherwise the only child with this date of birth and these given and family names (ignoring case), leaving
     * out anyone recorded with a different PNC id, who cannot be the same child. Nobody, or more than one
     * candidate, gives empty: the caller then records a new child rather than guess.
     */
    public Optional<YoungPerson> findSameChild(YoungPersonRequest details) {
        if (details.pncId() != null) {
            Optional<YoungPerson> byPnc = YoungPerson.find("pncId", details.pncId()).firstResultOptional();
            if (byPnc.isPresent()) {
                return byPnc;
            }
        }
        List<YoungPerson> candidates = YoungPerson.<YoungPerson>list("dateOfBirth = ?1 and lower(givenName) = ?2 "
                + "and lower(familyName) = ?3", details.dateOfBirth(), lowerCase(details.givenName()),
                lowerCase(details.familyName())).stream()
                .filter(candidate -> candidate.pncId == null || details.pncId() == null)
                .toList();
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    @Transactional
    public YoungPerson update(UUID id, YoungPersonRequest request, String ifMatch) {
        YoungPerson youngPerson = findVisible(id, CaseAuditAction.UPDATE);
        ChangedFields changes = ChangedFields.before(youngPerson);
        EntityTags.requireMatch(ifMatch, youngPerson.version);
        if (request.teamCode() != null && !request.teamCode().equals(youngPerson.teamCode)) {
            // Moving a child to another team is a management decision.
            if (!caller.hasRole(Roles.OPERATIONS_MANAGER)) {
                throw new ProblemException(ProblemType.FORBIDDEN,
                        "Only an operations manager can move a young person to another team");
            }
            referenceData.requireActive(ReferenceCategory.TEAM, request.teamCode(), "teamCode");
            youngPerson.teamCode = request.teamCode();
        }
        if (!request.dateOfBirth().equals(youngPerson.dateOfBirth)) {
            ageRules.checkDateOfBirth(request.dateOfBirth());
        }
        requireUnique(request, id);
        apply(youngPerson, request);
        youngPerson.persistAndFlush();
        audit.recordChange(CaseAuditAction.UPDATE, RECORD_TYPE, id, id, changes.in(youngPerson));
        return youngPerson;
    }

    /**
     * The child if the caller may see them; otherwise 404 whether or not the child exists, and a DENIED audit
     * row when they do.
     */
    public YoungPerson findVisible(UUID id, CaseAuditAction action) {
        YoungPerson youngPerson = YoungPerson.findById(id);
        if (youngPerson == null) {
            throw ProblemException.notFound("Young person");
        }
        if (!access.canSeeYoungPerson(id)) {
            audit.recordDenied(action, RECORD_TYPE, id);
            throw ProblemException.notFound("Young person");
        }
        return youngPerson;
    }

    private void requireOwnTeam(String team) {
        if (!caller.team().map(team::equals).orElse(false)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You can add young people only to your own team");
        }
    }

    private void requireUnique(YoungPersonRequest request, UUID self) {
        if (takenByAnother("localReference", request.localReference(), self)) {
            throw ProblemException.conflict("A young person with this local reference already exists");
        }
        if (request.pncId() != null && takenByAnother("pncId", request.pncId(), self)) {
            throw ProblemException.conflict("A young person with this PNC id already exists");
        }
    }

    private static boolean takenByAnother(String property, String value, UUID self) {
        return self == null
                ? YoungPerson.count(property + " = ?1", value) > 0
                : YoungPerson.count(property + " = ?1 and id <> ?2", value, self) > 0;
    }

    private static void checkPncId(String pncId) {
        if (pncId != null && !PncIds.isValid(pncId)) {
            throw ProblemException.invalid("pncId", "must be YYYY/NNNNNNNL with a valid check letter");
        }
    }

    private static String lowerCase(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private void apply(YoungPerson youngPerson, YoungPersonRequest request) {
        checkPncId(request.pncId());
        ReferenceItem locality = referenceData.requireKnown(ReferenceCategory.LOCALITY, request.localityCode(),
                "localityCode", youngPerson.localityCode);
        youngPerson.localReference = request.localReference();
        youngPerson.pncId = request.pncId();
        youngPerson.givenName = request.givenName().strip();
        youngPerson.familyName = request.familyName().strip();
        youngPerson.preferredName = request.preferredName() == null ? null : request.preferredName().strip();
        youngPerson.dateOfBirth = request.dateOfBirth();
        youngPerson.gender = request.gender();
        youngPerson.ethnicity = request.ethnicity();
        youngPerson.localityCode = locality.key.code;
        youngPerson.areaCode = locality.areaCode;
        youngPerson.childInCare = request.childInCare();
        youngPerson.send = request.send();
        youngPerson.ehcp = request.ehcp();
        records.stampChanged(youngPerson);
    }
}
