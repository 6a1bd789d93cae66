package uk.yos.cases.diversion;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.yos.cases.caserecord.CaseOpening;
import uk.yos.cases.caserecord.CaseRecord;
import uk.yos.cases.caserecord.CaseService;
import uk.yos.cases.caserecord.CaseType;
import uk.yos.cases.contract.DiversionCaseType;
import uk.yos.cases.contract.DiversionIntake;
import uk.yos.cases.contract.DiversionIntakeRequest;
import uk.yos.cases.contract.DiversionYoungPerson;
import uk.yos.cases.referencedata.ReferenceCategory;
import uk.yos.cases.referencedata.ReferenceData;
import uk.yos.cases.youngperson.YoungPerson;
import uk.yos.cases.youngperson.YoungPersonRequest;
import uk.yos.cases.youngperson.YoungPersonService;
import uk.yos.common.problem.LockConflicts;
import uk.yos.common.problem.ProblemException;
import uk.yos.web.problem.FieldError;

/**
 * Opens a case from a prevention decision exactly once per source reference. The database's unique key on
 * {@code case_record.source_reference} is what makes it exactly once: of two concurrent intakes for one decision,
 * the second's insert fails when the first commits, and it then answers with the first one's case. That is why
 * this bean is not transactional itself: each attempt runs in its own transaction, so a failed attempt has rolled
 * back (child included) before the winner's case is looked up.
 */
@ApplicationScoped
public class DiversionIntakes {

    private static final String YOUNG_PERSON = "youngPerson.";

    @Inject
    CaseService cases;

    @Inject
    YoungPersonService youngPeople;

    @Inject
    ReferenceData referenceData;

    /** The intake's case, and whether this call opened it (201) or it had been opened before (200). */
    public record Outcome(DiversionIntake intake, boolean opened) {
    }

    public Outcome receive(DiversionIntakeRequest request) {
        String source = request.sourceReference();
        for (int attempt = 1;; attempt++) {
            Optional<DiversionIntake> earlier = findOpened(source);
            if (earlier.isPresent()) {
                return new Outcome(earlier.get(), false);
            }
            try {
                return new Outcome(QuarkusTransaction.requiringNew().call(() -> open(request)), true);
            } catch (RuntimeException e) {
                // However this attempt failed (the unique key on the source reference or on the child's local
                // reference, a check that saw the winner's child), if an intake for the same decision committed
                // meanwhile, its case is the answer.
                Optional<DiversionIntake> winner = findOpened(source);
                if (winner.isPresent()) {
                    return new Outcome(winner.get(), false);
                }
                // Chosen as a deadlock victim while the other intake is still committing: look again, once.
                if (attempt == 1 && LockConflicts.isLockConflict(e)) {
                    continue;
                }
                throw e;
            }
        }
    }

    private static Optional<DiversionIntake> findOpened(String sourceReference) {
        return QuarkusTransaction.requiringNew().call(
                () -> CaseRecord.findBySourceReference(sourceReference).map(DiversionIntakes::intake));
    }

    /**
     * Runs inside the attempt's transaction. The child's details are checked even when a recorded child matches,
     * so the same body is accepted or refused whatever the database holds.
     */
    private DiversionIntake open(DiversionIntakeRequest request) {
        String team = request.owningTeamCode();
        referenceData.requireActive(ReferenceCategory.TEAM, team, "owningTeamCode");
        YoungPersonRequest details = youngPersonRequest(request.youngPerson(), team);
        asYoungPersonFields(() -> {
            youngPeople.checkNewChild(details);
            return null;
        });
        Optional<YoungPerson> match = youngPeople.findSameChild(details);
        YoungPerson child = match.orElseGet(() -> asYoungPersonFields(() -> youngPeople.createInTeam(details, team)));

        CaseOpening opening = new CaseOpening(caseType(request.caseType()), request.outcomeDate(), team,
                request.offences(), new CaseOpening.Source(request.sourceReference(), match.isPresent()));
        return intake(cases.openCase(child, opening));
    }

    /** The case type an intake opens: case-contract names each diversion outcome as the case type it is. */
    static CaseType caseType(DiversionCaseType caseType) {
        return CaseType.valueOf(caseType.name());
    }

    /**
     * The intake's child as a child recorded directly: the same rules (YoungPersonService's) apply, in the case's
     * owning team, without a preferred name (prevention does not send one).
     */
    static YoungPersonRequest youngPersonRequest(DiversionYoungPerson child, String teamCode) {
        return new YoungPersonRequest(child.localReference(), child.pncId(), child.givenName(), child.familyName(),
                null, child.dateOfBirth(), child.gender(), child.ethnicity(), child.localityCode(), teamCode,
                child.childInCare(), child.send(), child.ehcp());
    }

    static DiversionIntake intake(CaseRecord caseRecord) {
        return new DiversionIntake(caseRecord.id, caseRecord.youngPersonId,
                Boolean.TRUE.equals(caseRecord.youngPersonMatched), caseRecord.sourceReference);
    }

    /** Runs a young-person rule, naming any invalid field as this body does: "youngPerson.pncId", not "pncId". */
    private static <T> T asYoungPersonFields(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (ProblemException e) {
            if (e.errors().isEmpty()) {
                throw e;
            }
            List<FieldError> errors = e.errors().stream()
                    .map(error -> new FieldError(YOUNG_PERSON + error.field(), error.message())).toList();
            String detail = errors.stream().map(error -> error.field() + ": " + error.message())
                    .collect(Collectors.joining("; "));
            throw new ProblemException(e.type(), detail, errors, e.headers());
        }
    }
}
