package uk.yos.common.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises, somewhere in a cause chain, a database that did not answer: a connection that failed or timed out
 * (SQLState class 08, which Connector/J gives a socket timeout and Hibernate turns into
 * {@link JDBCConnectionException}), or no connection from the pool in time.
 */
public final class DatabaseOutages {

    /** SQLState class "connection exception" (ISO/IEC 9075); Connector/J's communications failure is 08S01. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /**
     * Agroal's pool reports a connection it could not hand out in time as a plain SQLException without SQLState,
     * only by its message ("Sorry, acquisition timeout!", "Acquisition timeout while waiting for new connection").
     */
    private static final String POOL_ACQUISITION_TIMEOUT = "acquisition timeout";

    private DatabaseOutages() {
    }

    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isPoolTimeout(sql))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(String sqlState) {
        return sqlState != null && sqlState.startsWith(CONNECTION_EXCEPTION_CLASS);
    }

    private static boolean isPoolTimeout(SQLException exception) {
        return exception.getSQLState() == null && exception.getMessage() != null
                && exception.getMessage().toLowerCase(Locale.ROOT).contains(POOL_ACQUISITION_TIMEOUT);
    }
}
