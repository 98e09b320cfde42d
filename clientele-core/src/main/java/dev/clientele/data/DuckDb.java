package dev.clientele.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Helpers around an embedded, in-memory DuckDB connection: opening one with the settings Clientele relies
 * on (UTC, insertion order kept), quoting, and turning DuckDB's multi-line errors into one line.
 */
public final class DuckDb {
    private DuckDb() {
    }

    /** A new in-memory database; close it when done. */
    public static Connection open() {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            Connection c = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement s = c.createStatement()) {
                s.execute("SET TimeZone = 'UTC'");
                s.execute("SET preserve_insertion_order = true");
            }
            return c;
        } catch (SQLException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot start the embedded DuckDB engine: " + e.getMessage(), e);
        }
    }

    /**
     * An in-memory database opened on first use only: the first open in a process loads DuckDB's native
     * library (over a second), which a read that never needs SQL should not pay.
     */
    static final class Lazy implements AutoCloseable {
        private Connection connection;

        Connection get() {
            if (connection == null) {
                connection = open();
            }
            return connection;
        }

        @Override
        public void close() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // an in-memory database: nothing to flush, nothing the caller could do
                }
            }
        }
    }

    /** A double-quoted SQL identifier. */
    public static String ident(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A single-quoted SQL string literal. */
    public static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }

    /** Runs a statement. */
    public static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Runs a query returning one number. */
    public static long scalarLong(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The informative line of a DuckDB error: its messages repeat a Java prefix and end with long hints;
     * this keeps the sentence after the last "Error:" up to the first blank line.
     */
    public static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = m.lastIndexOf("Error: ");
        if (at >= 0) {
            m = m.substring(at + 7);
        }
        StringBuilder out = new StringBuilder();
        for (String line : m.split("\n")) {
            if (line.isBlank()) {
                if (out.length() > 0) {
                    break;
                }
                continue;
            }
            if (line.startsWith("LINE ") || line.startsWith("Possible")) {
                break;
            }
            out.append(out.length() > 0 ? " " : "").append(line.trim());
        }
        return out.toString();
    }
}
