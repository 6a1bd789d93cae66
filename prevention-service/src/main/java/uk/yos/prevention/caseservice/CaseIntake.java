package uk.yos.prevention.caseservice;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import uk.yos.common.client.UpstreamRejectedException;
import uk.yos.common.client.UpstreamUnavailableException;
import uk.yos.common.problem.ProblemException;
import uk.yos.web.problem.FieldError;
import uk.yos.web.problem.ProblemType;

/**
 * Opens the case a caution decision calls for in case-service, and says what went wrong in this service's terms:
 * case-service unreachable, slow, failing or its circuit open is 503 (nothing is written here); case-service
 * refusing the intake is 422, naming the referral's fields to correct where case-service named its own.
 */
@ApplicationScoped
public class CaseIntake {

    private static final Logger LOG = Logger.getLogger(CaseIntake.class);

    @Inject
    @RestClient
    CaseServiceClient client;

    public DiversionIntake open(DiversionIntakeRequest request) {
        DiversionIntake intake;
        try {
            intake = client.openDiversionIntake(request);
        } catch (RuntimeException failure) {
            UpstreamRejectedException rejected = rejection(failure);
            if (rejected != null) {
                throw refused(rejected);
            }
            if (failure instanceof ProblemException problem) {
                throw problem;
            }
            // A timeout, an open circuit, a refused or dropped connection, an unreadable answer.
            LOG.warnf("case-service did not open the diversion intake %s: %s", request.sourceReference(),
                    failure.getClass().getSimpleName());
            throw new UpstreamUnavailableException(0);
        }
        if (intake == null || intake.caseId() == null || intake.youngPersonId() == null) {
            LOG.warnf("case-service answered the diversion intake %s without a case", request.sourceReference());
            throw new UpstreamUnavailableException(0);
        }
        return intake;
    }

    /** The refusal in a failure's cause chain (the REST client may wrap what the mapper threw), or null. */
    private static UpstreamRejectedException rejection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UpstreamRejectedException rejected) {
                return rejected;
            }
        }
        return null;
    }

    private static ProblemException refused(UpstreamRejectedException rejected) {
        List<FieldError> errors = rejected instanceof CaseServiceRejection rejection
                ? rejection.errors().stream().map(e -> new FieldError(ourField(e.field()), e.message())).toList()
                : List.of();
        String said = rejected instanceof CaseServiceRejection rejection && rejection.detail() != null
                ? ": " + rejection.detail()
                : "";
        String detail = switch (rejected.status()) {
            case 401, 403 -> "case-service did not allow you to open a case (status " + rejected.status() + ")"
                    + said;
            case 409 -> "case-service could not open a case because it conflicts with a record there" + said;
            default -> "case-service could not open a case from this decision (status " + rejected.status() + ")"
                    + said + (errors.isEmpty() ? "" : "; correct the referral or its triage and record the decision again");
        };
        return new ProblemException(ProblemType.UNPROCESSABLE, detail, errors, Map.of());
    }

    /** case-service's name for a field of the intake, as the referral, its triage or the decision names it. */
    static String ourField(String field) {
        if (field.startsWith("youngPerson.")) {
            String rest = field.substring("youngPerson.".length());
            return switch (rest) {
                case "ethnicity", "localityCode", "childInCare", "send", "ehcp" -> "triage.child." + rest;
                case "localReference" -> "reference";
                default -> "child." + rest;
            };
        }
        if (field.matches("offences\\[\\d+]\\..+")) {
            return "reason.offence." + field.substring(field.indexOf("].") + 2);
        }
        return switch (field) {
            case "outcomeDate" -> "decidedOn";
            case "owningTeamCode" -> "owningTeamCode";
            default -> "caseService." + field;
        };
    }
}
