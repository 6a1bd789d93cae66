package uk.yos.testsupport.conventions;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import uk.yos.testsupport.MariaDbTestResource;

/**
 * The number of rows in every table of a service's test database, in one query: what a refused request must leave
 * as it was ({@link ApiConventions#refusedCallsLeaveUnchanged}).
 */
public final class TableRowCounts {

    private TableRowCounts() {
    }

    /** Table name to row count, for every base table of the database. */
    public static Map<String, Long> of(String database) {
        try (Connection connection = MariaDbTestResource.openConnection(database);
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = database() and table_type = 'BASE TABLE' order by table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            if (tables.isEmpty()) {
                return counts;
            }
            StringBuilder sql = new StringBuilder("select ");
            for (int i = 0; i < tables.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(select count(*) from `").append(tables.get(i)).append("`)");
            }
            try (ResultSet rows = statement.executeQuery(sql.toString())) {
                rows.next();
                for (int i = 0; i < tables.size(); i++) {
                    counts.put(tables.get(i), rows.getLong(i + 1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Counting the rows of " + database, e);
        }
    }
}
