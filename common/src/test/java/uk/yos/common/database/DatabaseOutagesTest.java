package uk.yos.common.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLRecoverableException;
import java.sql.SQLSyntaxErrorException;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** A database that does not answer is told apart from a request the database refused. */
class DatabaseOutagesTest {

    @Test
    void aSocketTimeoutAsConnectorJReportsItIsAnOutageHoweverDeeplyWrapped() {
        // Connector/J's CommunicationsException is an SQLRecoverableException with SQLState 08S01
        SQLException timeout = new SQLRecoverableException("Communications link failure", "08S01");
        assertTrue(DatabaseOutages.isOutage(timeout));
        assertTrue(DatabaseOutages.isOutage(new PersistenceException(
                new JDBCConnectionException("could not execute query", timeout))));
        assertTrue(DatabaseOutages.isOutage(new RuntimeException(new SQLException("link failure", "08S01"))));
    }

    @Test
    void noConnectionFromThePoolInTimeIsAnOutage() {
        assertTrue(DatabaseOutages.isOutage(new PersistenceException(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(DatabaseOutages.isOutage(new SQLException("Acquisition timeout while waiting for new connection")));
    }

    @Test
    void anAnswerFromTheDatabaseIsNotAnOutage() {
        assertFalse(DatabaseOutages.isOutage(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))));
        assertFalse(DatabaseOutages.isOutage(new SQLSyntaxErrorException("You have an error", "42000")));
        // the same words with an SQLState are the server's answer, not the pool's timeout
        assertFalse(DatabaseOutages.isOutage(new SQLException("acquisition timeout", "HY000")));
        assertFalse(DatabaseOutages.isOutage(new IllegalStateException("no database involved")));
    }
}
