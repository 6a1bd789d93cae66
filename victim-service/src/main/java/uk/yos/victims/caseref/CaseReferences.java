package uk.yos.victims.caseref;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * Checks the case ids this service refers to through case-service's API, with the caller's token. Called before
 * any transaction starts, so when case-service is down, failing or slow the request ends with 503 (common's mappers)
 * and nothing has been written.
 */
@ApplicationScoped
public class CaseReferences {

    private static final Logger LOG = Logger.getLogger(CaseReferences.class);

    @Inject
    @RestClient
    CaseServiceClient cases;

    /**
     * The case a victim is being linked to, which must hold the offence: 422 naming {@code caseId} when the caller
     * may not refer to the case (or it does not exist), 422 naming {@code offenceId} when the offence is not one
     * of the case's.
     */
    public CaseReference requireCaseWithOffence(UUID caseId, UUID offenceId) {
        CaseReference reference = find(caseId);
        if (reference == null) {
            throw unprocessable("caseId", "is not a case you can link a victim to");
        }
        if (reference.offence(offenceId).isEmpty()) {
            throw unprocessable("offenceId", "is not one of the offences of case " + caseId);
        }
        return reference;
    }

    /** Whether case-service lets the caller see the case (its summary answers 200 for the caller's token). */
    public boolean isVisible(UUID caseId) {
        return find(caseId) != null;
    }

    /** The case, or null when case-service answers that the caller may not see it (404 or 403). */
    private CaseReference find(UUID caseId) {
        try {
            return cases.summary(caseId);
        } catch (UpstreamRejectedException rejected) {
            if (rejected.status() == 404 || rejected.status() == 403) {
                return null;
            }
            // 400, 401 or anything else means the services disagree (configuration, contract): not the caller's fault.
            LOG.warnf("case-service refused a case summary request with status %d", rejected.status());
            throw new UpstreamUnavailableException(rejected.status());
        }
    }

    private static ProblemException unprocessable(String field, String message) {
        return new ProblemException(ProblemType.UNPROCESSABLE, field + ": " + message,
                List.of(new FieldError(field, message)), Map.of());
    }
}
