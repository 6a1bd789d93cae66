package uk.yos.prevention.decision;

import java.util.List;
import java.util.Map;

import uk.yos.common.client.UpstreamRejectedException;
import uk.yos.common.client.caseservice.CaseServiceRejection;
import uk.yos.common.problem.ProblemException;
import uk.yos.web.problem.FieldError;
import uk.yos.web.problem.ProblemType;

/**
 * case-service refusing the intake a decision sends (a 4xx), said in this service's terms: 422, naming the
 * referral's fields to correct where case-service named its own. (case-service down, slow or failing is 503, from
 * common-client's {@code CaseService}; nothing is written either way.)
 */
final class CaseServiceRefusals {

    private CaseServiceRefusals() {
    }

    static ProblemException refused(UpstreamRejectedException rejected) {
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
