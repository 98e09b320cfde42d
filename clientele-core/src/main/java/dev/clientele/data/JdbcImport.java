package dev.clientele.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Copies the result of a query on any JDBC database (PostgreSQL's driver is bundled) into a DuckDB table,
 * mapping JDBC types to DuckDB ones. Credentials come from the URL or from the environment variables
 * {@code CLIENTELE_DB_USER} and {@code CLIENTELE_DB_PASSWORD}; a password is never printed.
 */
final class JdbcImport {
    private JdbcImport() {
    }

    static void copy(Connection duck, DataSource source, String name) throws SQLException {
        String display = source.displayName();
        String sql;
        if (source.query() != null) {
            sql = source.query();
        } else if (source.table() != null) {
            sql = "SELECT * FROM " + qualified(source.table());
        } else {
            throw new DataException(display, 0, null, "a JDBC source needs --table NAME or --query \"select ...\"");
        }
        Properties props = new Properties();
        String user = System.getenv("CLIENTELE_DB_USER");
        String password = System.getenv("CLIENTELE_DB_PASSWORD");
        if (user != null && !source.location().contains("user=")) {
            props.setProperty("user", user);
        }
        if (password != null && !source.location().contains("password=")) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "10");
        try (Connection remote = connect(source, props, display);
             Statement st = remote.createStatement()) {
            remote.setAutoCommit(false); // PostgreSQL streams rows in fetch-size batches only inside a transaction
            remote.setReadOnly(true);
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery(sql)) {
                copyRows(duck, rs, name);
            } catch (SQLException e) {
                if (source.table() != null) {
                    List<String> tables = tables(remote);
                    if (!tables.contains(source.table())) {
                        throw new DataException(display, 0, null, "no table '" + source.table() + "'; "
                                + Names.suggestion(source.table(), tables).replace("known columns", "tables"), e);
                    }
                }
                throw new DataException(display, 0, null, "query failed: " + DataSource.sanitize(oneLine(e))
                        + (source.table() != null ? "" : "; check --query"), e);
            }
        }
    }

    private static Connection connect(DataSource source, Properties props, String display) {
        try {
            return DriverManager.getConnection(source.location(), props);
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            String hint = state.startsWith("28")
                    ? "check the user name and password (URL parameters or CLIENTELE_DB_USER / CLIENTELE_DB_PASSWORD)"
                    : state.startsWith("08")
                    ? "check that the database server is running and that host and port are right"
                    : "check the URL, the database name and the credentials";
            String reason = DataSource.sanitize(oneLine(e));
            if (e.getMessage() != null && e.getMessage().startsWith("No suitable driver")) {
                reason = "no JDBC driver for this URL (PostgreSQL and DuckDB are bundled)";
                hint = "use a jdbc:postgresql:// URL or put the driver on the class path";
            }
            throw new DataException(display, 0, null, "cannot connect: " + reason + "; " + hint);
        }
    }

    /** The first line of the driver's message, without a closing full stop (a hint follows it). */
    private static String oneLine(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = m.indexOf('\n');
        String line = (nl >= 0 ? m.substring(0, nl) : m).trim();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    /** Table and view names the user can read, qualified by schema outside the default one. */
    private static List<String> tables(Connection remote) {
        List<String> out = new ArrayList<>();
        try {
            remote.rollback();
        } catch (SQLException ignored) {
            // auto-commit connection: nothing to roll back
        }
        try (ResultSet rs = remote.getMetaData().getTables(null, null, "%", new String[] {"TABLE", "VIEW"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                String table = rs.getString("TABLE_NAME");
                if (schema == null || schema.equals("public") || schema.equals("main") || schema.equalsIgnoreCase("dbo")) {
                    out.add(table);
                } else if (!schema.equals("information_schema") && !schema.startsWith("pg_")) {
                    out.add(schema + "." + table);
                }
            }
        } catch (SQLException e) {
            return out;
        }
        return out;
    }

    private static String qualified(String table) {
        StringBuilder sb = new StringBuilder();
        for (String part : table.split("\\.")) {
            sb.append(sb.length() > 0 ? "." : "").append(DuckDb.ident(part));
        }
        return sb.toString();
    }

    private static void copyRows(Connection duck, ResultSet rs, String name) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        char[] kinds = new char[n];
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(DuckDb.ident(name)).append(" (");
        for (int i = 0; i < n; i++) {
            kinds[i] = kind(md.getColumnType(i + 1));
            String type = switch (kinds[i]) {
                case 'l' -> "BIGINT";
                case 'd' -> "DOUBLE";
                case 'b' -> "BOOLEAN";
                case 't' -> "TIMESTAMP";
                default -> "VARCHAR";
            };
            ddl.append(i == 0 ? "" : ", ").append(DuckDb.ident(md.getColumnLabel(i + 1))).append(' ').append(type);
        }
        DuckDb.exec(duck, ddl.append(')').toString());
        try (DuckDBAppender app = duck.unwrap(DuckDBConnection.class).createAppender("main", name)) {
            while (rs.next()) {
                app.beginRow();
                for (int i = 0; i < n; i++) {
                    appendCell(app, rs, i + 1, kinds[i]);
                }
                app.endRow();
            }
        }
    }

    private static void appendCell(DuckDBAppender app, ResultSet rs, int col, char kind) throws SQLException {
        switch (kind) {
            case 'l' -> {
                long v = rs.getLong(col);
                if (rs.wasNull()) {
                    app.appendNull();
                } else {
                    app.append(v);
                }
            }
            case 'd' -> {
                double v = rs.getDouble(col);
                if (rs.wasNull()) {
                    app.appendNull();
                } else {
                    app.append(v);
                }
            }
            case 'b' -> {
                boolean v = rs.getBoolean(col);
                if (rs.wasNull()) {
                    app.appendNull();
                } else {
                    app.append(v);
                }
            }
            case 't' -> {
                Timestamp t = rs.getTimestamp(col, java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")));
                if (t == null) {
                    app.appendNull();
                } else {
                    app.appendEpochMicros(Math.floorDiv(t.getTime(), 1000L) * 1_000_000L + t.getNanos() / 1000);
                }
            }
            default -> {
                String s = rs.getString(col);
                if (s == null) {
                    app.appendNull();
                } else {
                    app.append(s);
                }
            }
        }
    }

    private static char kind(int jdbcType) {
        return switch (jdbcType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> 'l';
            case Types.REAL, Types.FLOAT, Types.DOUBLE, Types.NUMERIC, Types.DECIMAL -> 'd';
            case Types.BOOLEAN, Types.BIT -> 'b';
            case Types.DATE, Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> 't';
            default -> 's';
        };
    }
}
