package uk.yos.common.problem;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.exception.LockAcquisitionException;

/** Recognises a transaction that lost a lock (a deadlock victim or a lock wait timeout) somewhere in a cause chain. */
public final class LockConflicts {

    private LockConflicts() {
    }

    public static boolean isLockConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PessimisticLockException || cause instanceof LockTimeoutException
                    || cause instanceof LockAcquisitionException) {
                return true;
            }
        }
        return false;
    }
}
