package uk.yos.victims.evaluation;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.yos.common.audit.AuditLog;
import uk.yos.common.calendar.TimeSource;
import uk.yos.common.problem.ProblemException;
import uk.yos.victims.audit.VictimAuditAction;
import uk.yos.victims.victim.Victim;
import uk.yos.victims.victim.VictimService;
import uk.yos.web.security.Caller;

@ApplicationScoped
public class EvaluationService {

    @Inject
    VictimService victims;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    TimeSource time;

    /** Records an evaluation: only with consent to be contacted and to evaluation, not withdrawn (else 422). */
    @Transactional
    public EvaluationView record(UUID victimId, EvaluationRequest request) {
        Victim victim = victims.lockForAddition(victims.find(victimId));
        if (victim.consentWithdrawn()) {
            throw ProblemException.unprocessable("The victim withdrew consent on " + victim.consentWithdrawnOn
                    + "; no evaluation may be recorded");
        }
        if (!victim.consentStands() || !Boolean.TRUE.equals(victim.evaluationConsent)) {
            throw ProblemException.unprocessable("The victim has not consented to be contacted and to be sent an "
                    + "evaluation");
        }
        if (request.sentOn().isBefore(victim.referredOn)) {
            throw ProblemException.invalid("sentOn", "must not be before the victim's referral date ("
                    + victim.referredOn + ")");
        }
        boolean answered = request.satisfaction() != null || request.feltListenedTo() != null
                || (request.comments() != null && !request.comments().isBlank());
        if (request.returnedOn() == null && answered) {
            throw ProblemException.invalid("returnedOn", "is required with the victim's answers");
        }
        if (request.returnedOn() != null && request.returnedOn().isBefore(request.sentOn())) {
            throw ProblemException.invalid("returnedOn", "must not be before sentOn");
        }
        Evaluation evaluation = new Evaluation();
        evaluation.victimId = victimId;
        evaluation.sentOn = request.sentOn();
        evaluation.returnedOn = request.returnedOn();
        evaluation.satisfaction = request.satisfaction();
        evaluation.feltListenedTo = request.feltListenedTo();
        evaluation.comments = request.comments() == null || request.comments().isBlank() ? null
                : request.comments().strip();
        evaluation.recordedAt = time.now();
        evaluation.recordedBy = caller.username();
        evaluation.persist();
        victim.persistAndFlush();
        audit.record(VictimAuditAction.RECORD_EVALUATION, VictimService.RECORD_TYPE, victimId, victim.youngPersonId);
        return EvaluationView.of(evaluation);
    }

    /** The victim's evaluations, oldest first; audited as a read of the victim's record. */
    @Transactional
    public List<EvaluationView> list(UUID victimId) {
        Victim victim = victims.find(victimId);
        List<EvaluationView> evaluations = Evaluation.<Evaluation>list("victimId = ?1 order by sentOn, id", victimId)
                .stream().map(EvaluationView::of).toList();
        audit.recordRead(VictimAuditAction.READ_EVALUATIONS, VictimService.RECORD_TYPE, victimId, victim.youngPersonId);
        return evaluations;
    }

    @Transactional
    public EvaluationView read(UUID victimId, UUID evaluationId) {
        Victim victim = victims.find(victimId);
        Evaluation evaluation = Evaluation.find("id = ?1 and victimId = ?2", evaluationId, victimId)
                .<Evaluation>firstResultOptional().orElseThrow(() -> ProblemException.notFound("Evaluation"));
        audit.recordRead(VictimAuditAction.READ_EVALUATIONS, VictimService.RECORD_TYPE, victimId, victim.youngPersonId);
        return EvaluationView.of(evaluation);
    }
}
