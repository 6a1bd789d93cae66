package uk.yos.referralorders.caseref;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import uk.yos.common.problem.ProblemException;
import uk.yos.common.client.UpstreamRejectedException;
import uk.yos.common.client.UpstreamUnavailableException;

/**
 * The two questions this service asks case-service, always before it writes anything and never inside a database
 * transaction (so a slow case-service holds no locks and a failing one leaves nothing half-written). Whatever goes
 * wrong on case-service's side (down, slow, 5xx, an answer that is not a case reference) is a 503 for our caller.
 */
@ApplicationScoped
public class CaseReferences {

    @Inject
    @RestClient
    CaseServiceClient client;

    @Inject
    TransactionManager transactions;

    /**
     * The case a new record is to refer to, as the caller may see it; 422 naming {@code field} when case-service
     * does not know it or the caller may not refer to it.
     */
    public CaseReference requireReferable(UUID caseId, String field) {
        return summary(caseId).orElseThrow(() -> ProblemException.unprocessable(field, "is not a case you can refer to"));
    }

    /** Whether case-service shows this case to the caller (it answers 200 to their token). */
    public boolean isVisible(UUID caseId) {
        return summary(caseId).isPresent();
    }

    private Optional<CaseReference> summary(UUID caseId) {
        assertNoTransaction();
        CaseReference reference;
        try {
            reference = client.summary(caseId);
        } catch (UpstreamRejectedException rejected) {
            if (rejected.isNotFound() || rejected.status() == 403) {
                return Optional.empty();
            }
            // 400, 401 and the like: our request or the propagated token does not suit case-service.
            throw new UpstreamUnavailableException(rejected.status());
        } catch (WebApplicationException unreadable) {
            // A 2xx whose body the client could not read.
            throw new UpstreamUnavailableException(502);
        }
        if (reference == null || !caseId.equals(reference.id()) || reference.youngPersonId() == null
                || reference.caseType() == null || reference.status() == null || reference.owningTeamCode() == null) {
            // Not the contract's answer: a fault of case-service, not of the caller's request.
            throw new UpstreamUnavailableException(502);
        }
        return Optional.of(reference);
    }

    private void assertNoTransaction() {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                throw new IllegalStateException("case-service must be called outside a database transaction");
            }
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }
}
