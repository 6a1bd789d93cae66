package uk.yos.common.client.caseservice;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import org.jboss.logging.Logger;

import uk.yos.cases.contract.CaseReference;
import uk.yos.cases.contract.DiversionIntake;
import uk.yos.cases.contract.DiversionIntakeRequest;
import uk.yos.common.client.UpstreamRejectedException;
import uk.yos.common.client.UpstreamUnavailableException;

/**
 * case-service, as the other services ask it things: the one way they call it. Always before anything is written
 * and never inside a database transaction (it refuses to run in one), so a slow case-service holds no locks and a
 * failing one leaves nothing half-written.
 *
 * <p>Whatever goes wrong on case-service's side is an {@link UpstreamUnavailableException} (503 problem for the
 * caller, nothing of case-service's answer passed on): down, refusing connections, slower than its timeout, its
 * circuit open, a 5xx, or a 2xx whose body is not the contract's answer (unreadable, or without a field
 * case-contract requires: {@code missingFields()}). A 4xx is case-service refusing the request, which the
 * calling service turns into its own answer.
 */
@ApplicationScoped
public class CaseService {

    private static final Logger LOG = Logger.getLogger(CaseService.class);

    @Inject
    CaseServiceCalls calls;

    @Inject
    TransactionManager transactions;

    /**
     * The case as the caller may see it ({@code GET /api/v1/cases/{caseId}/summary} with their token); empty when
     * case-service answers that it does not exist or the caller may not see it (404 or 403).
     */
    public Optional<CaseReference> find(UUID caseId) {
        assertNoTransaction();
        CaseReference reference;
        try {
            reference = calls.summary(caseId);
        } catch (RuntimeException failure) {
            UpstreamRejectedException rejected = rejection(failure);
            if (rejected != null && (rejected.isNotFound() || rejected.status() == 403)) {
                return Optional.empty();
            }
            // 400, 401 and the like mean the services disagree (configuration, contract): not the caller's fault.
            throw unavailable("a case summary", failure);
        }
        List<String> missing = reference == null ? List.of("the body") : reference.missingFields();
        if (!missing.isEmpty() || !caseId.equals(reference.id())) {
            LOG.warnf("case-service's case summary is not the contract's answer (missing %s, or another case)",
                    missing);
            throw new UpstreamUnavailableException(502);
        }
        return Optional.of(reference);
    }

    /** Whether case-service shows this case to the caller (its summary answers 200 to their token). */
    public boolean isVisible(UUID caseId) {
        return find(caseId).isPresent();
    }

    /**
     * Opens the case a prevention decision calls for ({@code POST /api/v1/cases/diversion-intakes}), or finds the one
     * already opened for the same {@code sourceReference}: safe to call again.
     *
     * @throws UpstreamRejectedException case-service refused the intake (4xx); a {@link CaseServiceRejection}
     *         carries what its problem body named
     */
    public DiversionIntake openDiversionIntake(DiversionIntakeRequest request) {
        assertNoTransaction();
        DiversionIntake intake;
        try {
            intake = calls.openDiversionIntake(request);
        } catch (RuntimeException failure) {
            UpstreamRejectedException rejected = rejection(failure);
            if (rejected != null) {
                throw rejected;
            }
            throw unavailable("the diversion intake " + request.sourceReference(), failure);
        }
        List<String> missing = intake == null ? List.of("the body") : intake.missingFields();
        if (!missing.isEmpty()) {
            LOG.warnf("case-service answered the diversion intake %s without %s", request.sourceReference(), missing);
            throw new UpstreamUnavailableException(502);
        }
        return intake;
    }

    /** The refusal in a failure's cause chain (the REST client may wrap what its mapper threw), or null. */
    private static UpstreamRejectedException rejection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UpstreamRejectedException rejected) {
                return rejected;
            }
        }
        return null;
    }

    /**
     * A timeout, an open circuit, a refused or dropped connection, a 5xx, an unreadable answer, or a 4xx that is
     * not about the caller's request: all the same to the caller.
     */
    private static UpstreamUnavailableException unavailable(String what, RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UpstreamUnavailableException unavailable) {
                return unavailable;
            }
        }
        UpstreamRejectedException rejected = rejection(failure);
        int status = rejected != null ? rejected.status() : 0;
        LOG.warnf("case-service did not answer %s: %s%s", what, failure.getClass().getSimpleName(),
                status == 0 ? "" : " (status " + status + ")");
        return new UpstreamUnavailableException(status);
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
