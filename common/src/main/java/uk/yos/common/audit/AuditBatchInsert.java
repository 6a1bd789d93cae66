package uk.yos.common.audit;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.id.uuid.UuidVersion7Strategy;

import io.agroal.api.AgroalDataSource;

/**
 * Inserts a batch of audit rows as one JDBC batch in one transaction of its own, on a connection of the service's
 * pool (outside any JTA transaction: the writer's thread has none). The columns are bound as Hibernate binds
 * {@link AuditEvent}'s, so the rows read back the same through the entity: UUIDs as 16 big-endian bytes, instants
 * as UTC date-times ({@code quarkus.hibernate-orm.jdbc.timezone=UTC}), and a new version-7 id for each row.
 */
@ApplicationScoped
public class AuditBatchInsert implements AuditBatchWriter.BatchInsert {

    private static final String INSERT = "insert into audit_event (id, occurred_at, subject, username, client_id, "
            + "action, record_type, record_id, child_id, request_id, outcome, detail) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    AgroalDataSource dataSource;

    @Override
    public void insert(List<AuditEvent> events) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (AuditEvent event : events) {
                    bind(insert, event);
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static void bind(PreparedStatement insert, AuditEvent event) throws SQLException {
        if (event.id == null) {
            event.id = UuidVersion7Strategy.INSTANCE.generateUuid(null);
        }
        insert.setBytes(1, bytes(event.id));
        insert.setTimestamp(2, Timestamp.from(event.occurredAt), utc());
        insert.setString(3, event.subject);
        insert.setString(4, event.username);
        insert.setString(5, event.clientId);
        insert.setString(6, event.action);
        insert.setString(7, event.recordType);
        insert.setString(8, event.recordId);
        if (event.childId == null) {
            insert.setNull(9, Types.BINARY);
        } else {
            insert.setBytes(9, bytes(event.childId));
        }
        insert.setString(10, event.requestId);
        insert.setString(11, event.outcome.name());
        insert.setString(12, event.detail);
    }

    private static byte[] bytes(UUID uuid) {
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits())
                .array();
    }

    // A Calendar is mutable and the driver may use it, so each bind gets its own.
    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }
}
