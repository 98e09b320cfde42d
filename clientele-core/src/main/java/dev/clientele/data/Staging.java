package dev.clientele.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies any {@link DataSource} into a table of an embedded DuckDB connection, untyped text columns
 * included: typing is {@link ColumnTyping}'s job. Row order is the source order, so data row {@code i}
 * (0-based) of a text file is line {@code i + 2}.
 */
public final class Staging {
    private static final String FILE_AS_DATA = "the file is table 'data'";
    private Staging() {
    }

    /**
     * Stages {@code source} as table {@code name} in {@code duck}.
     *
     * @return the number of rows staged (never 0: an empty source is an error)
     * @throws DataException for a missing, empty, unreadable or malformed source
     */
    public static long stage(Connection duck, DataSource source, String name) {
        String display = source.displayName();
        try {
            switch (source.kind()) {
                case JDBC -> JdbcImport.copy(duck, source, name);
                case TEXT -> stageText(duck, source, name);
                case PARQUET -> stageFunction(duck, source, name, "read_parquet");
                case JSON -> stageFunction(duck, source, name, "read_json_auto");
                case DUCKDB -> stageDuckDbFile(duck, source, name);
                default -> throw new IllegalStateException("unhandled kind " + source.kind());
            }
            long rows = DuckDb.scalarLong(duck, "SELECT count(*) FROM " + DuckDb.ident(name));
            if (rows == 0) {
                String what = source.kind() == DataSource.Kind.TEXT
                        ? "has a header but no data rows" : "holds no rows";
                throw new DataException(display, 0, null, what + "; nothing to analyse");
            }
            return rows;
        } catch (SQLException e) {
            throw new DataException(display, 0, null, "cannot read: " + DataSource.sanitize(DuckDb.firstLine(e)), e);
        }
    }

    /**
     * A source staged by {@link #stageForScan}: a view over a delimited file, or a table. Close it after the
     * last query that reads the staged relation (it may hold a re-encoded temporary file).
     */
    public static final class Scan implements AutoCloseable {
        private final TextSource text;
        private final String display;
        private final String name;

        private Scan(TextSource text, String display, String name) {
            this.text = text;
            this.display = display;
            this.name = name;
        }

        /** True for a view over the file: it has no {@code rowid}, and each query reads the file again. */
        public boolean isView() {
            return text != null;
        }

        /** Drops the staged view or table. */
        public void drop(Connection duck) throws SQLException {
            DuckDb.exec(duck, "DROP " + (isView() ? "VIEW " : "TABLE ") + DuckDb.ident(name));
        }

        /**
         * A failed query over the staged relation, as one line: DuckDB's CSV errors while a view reads the
         * file are explained like a staging error (line, ragged row, encoding), anything else is DuckDB's
         * first line.
         */
        public DataException explain(SQLException e) {
            if (text != null && String.valueOf(e.getMessage()).contains("CSV Error")) {
                return text.explain(e);
            }
            return new DataException(display, 0, null, DuckDb.firstLine(e), e);
        }

        @Override
        public void close() {
            if (text != null) {
                text.close();
            }
        }
    }

    /**
     * Stages {@code source} as relation {@code name} for queries that read it once or twice: a delimited
     * text file without a query becomes a view over DuckDB's CSV scanner (text columns VARCHAR, as in a
     * staged table) instead of a copy, since storing every cell as text costs more than reading the file
     * again; any other source is staged as by {@link #stage}. Checks the header and that a data row exists;
     * read errors further down come from the queries (see {@link Scan#explain}).
     */
    public static Scan stageForScan(Connection duck, DataSource source, String name) {
        if (source.kind() == DataSource.Kind.TEXT && source.query() == null) {
            TextSource text = TextSource.open(source);
            boolean kept = false;
            try {
                if (!text.header().whitespace()) {
                    try {
                        DuckDb.exec(duck, "CREATE TEMP VIEW " + DuckDb.ident(name) + " AS SELECT * FROM "
                                + text.csvRelation(duck));
                        text.checkColumnCount(duck, name);
                        if (DuckDb.scalarLong(duck, "SELECT count(*) FROM (SELECT 1 FROM " + DuckDb.ident(name)
                                + " LIMIT 1)") == 0) {
                            throw new DataException(text.display(), 0, null, "has a header but no data rows; nothing to analyse");
                        }
                    } catch (SQLException e) {
                        throw text.explain(e);
                    }
                    kept = true;
                    return new Scan(text, text.display(), name);
                }
            } finally {
                if (!kept) {
                    text.close();
                }
            }
        }
        stage(duck, source, name);
        return new Scan(null, source.displayName(), name);
    }

    private static void stageText(Connection duck, DataSource source, String name) throws SQLException {
        try (TextSource text = TextSource.open(source)) {
            String target = source.query() != null ? name + "__text" : name;
            try {
                if (text.header().whitespace()) {
                    stageWhitespace(duck, text.readable(), text.display(), text.header(), target);
                } else {
                    DuckDb.exec(duck, "CREATE TABLE " + DuckDb.ident(target) + " AS SELECT * FROM " + text.csvRelation(duck));
                    text.checkColumnCount(duck, target);
                }
            } catch (SQLException e) {
                throw text.explain(e);
            }
            if (source.query() != null) {
                queryTypedText(duck, target, name, source.query(), text.display());
            }
        }
    }

    /**
     * Whitespace-aligned text (columns separated by runs of blanks, possibly a leading blank and CRLF
     * endings): read each line whole, split it on {@code [ \t]+} in SQL.
     */
    private static void stageWhitespace(Connection duck, Path file, String display, TextFiles.Header header,
                                        String name) throws SQLException {
        String raw = name + "__lines";
        DuckDb.exec(duck, "CREATE TEMP TABLE " + DuckDb.ident(raw) + " AS SELECT regexp_split_to_array(trim(line, "
                + "chr(32) || chr(9) || chr(13)), '[ \\t]+') AS f FROM read_csv(" + DuckDb.literal(file.toString())
                + ", header = false, columns = {'line': 'VARCHAR'}, delim = chr(31), quote = '', escape = '', "
                + "auto_detect = false)");
        String numbered = "(SELECT f, rowid + 1 AS line_no FROM " + DuckDb.ident(raw) + ")";
        int n = header.names().size();
        try (Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("SELECT line_no, len(f) FROM " + numbered
                     + " WHERE line_no > 1 AND len(f) <> " + n + " AND f <> [''] ORDER BY line_no LIMIT 1")) {
            if (rs.next()) {
                throw new DataException(display, rs.getLong(1), null, "has " + rs.getInt(2)
                        + " fields but the header has " + n + " (columns separated by runs of spaces)");
            }
        }
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(DuckDb.ident(name)).append(" AS SELECT ");
        for (int i = 0; i < n; i++) {
            sql.append(i == 0 ? "" : ", ").append("f[").append(i + 1).append("] AS ").append(DuckDb.ident(header.names().get(i)));
        }
        sql.append(" FROM ").append(numbered).append(" WHERE line_no > 1 AND f <> [''] ORDER BY line_no");
        DuckDb.exec(duck, sql.toString());
        DuckDb.exec(duck, "DROP TABLE " + DuckDb.ident(raw));
    }

    private static void stageFunction(Connection duck, DataSource source, String name, String function)
            throws SQLException {
        Path file = Path.of(source.location());
        if (!Files.exists(file)) {
            throw new DataException(source.displayName(), 0, null, "file not found; check the path given to --data");
        }
        String target = source.query() != null ? "data" : name;
        DuckDb.exec(duck, "CREATE TABLE " + DuckDb.ident(target) + " AS SELECT * FROM " + function + "("
                + DuckDb.literal(file.toString()) + ")");
        if (source.query() != null) {
            runQuery(duck, name, source.query(), source.displayName(), "memory.main", FILE_AS_DATA);
        }
    }

    /**
     * Runs the user's query over a staged text table seen as view {@code data} with typed columns (numbers
     * as DOUBLE, dates as TIMESTAMP, blanks NULL), so that {@code avg(amount)} works as written.
     */
    private static void queryTypedText(Connection duck, String text, String name, String query, String display)
            throws SQLException {
        StringBuilder view = new StringBuilder("CREATE OR REPLACE TEMP VIEW data AS SELECT ");
        List<ColumnTyping.Typed> typed = ColumnTyping.decide(duck, text);
        for (int i = 0; i < typed.size(); i++) {
            view.append(i == 0 ? "" : ", ").append(ColumnTyping.sqlValue(typed.get(i))).append(" AS ")
                    .append(DuckDb.ident(typed.get(i).name()));
        }
        DuckDb.exec(duck, view.append(" FROM ").append(DuckDb.ident(text)).toString());
        try {
            runQuery(duck, name, query, display, "memory.main", FILE_AS_DATA);
        } finally {
            DuckDb.exec(duck, "DROP VIEW IF EXISTS data");
            DuckDb.exec(duck, "DROP TABLE IF EXISTS " + DuckDb.ident(text));
        }
    }

    /**
     * Creates table {@code name} in the in-memory database from the user's query, run with
     * {@code searchPath} as the default schema.
     */
    private static void runQuery(Connection duck, String name, String query, String display, String searchPath,
                                 String scope) {
        try {
            DuckDb.exec(duck, "SET search_path = " + DuckDb.literal(searchPath));
            DuckDb.exec(duck, "CREATE TABLE memory.main." + DuckDb.ident(name) + " AS " + query);
        } catch (SQLException e) {
            throw new DataException(display, 0, null, "query failed: " + DuckDb.firstLine(e)
                    + "; check --query (" + scope + ")", e);
        } finally {
            try {
                DuckDb.exec(duck, "RESET search_path");
            } catch (SQLException ignored) {
                // the connection is failing already; the query error is the one to report
            }
        }
    }

    private static void stageDuckDbFile(Connection duck, DataSource source, String name) throws SQLException {
        Path file = Path.of(source.location());
        String display = source.displayName();
        if (!Files.exists(file)) {
            throw new DataException(display, 0, null, "file not found; check the path given to --data");
        }
        DuckDb.exec(duck, "ATTACH " + DuckDb.literal(file.toString()) + " AS srcdb (READ_ONLY)");
        String from;
        if (source.query() != null) {
            runQuery(duck, name, source.query(), display, "srcdb.main", "the file's tables are in scope");
            return;
        }
        List<String> tables = new ArrayList<>();
        try (Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM duckdb_tables() WHERE database_name = 'srcdb' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (source.table() != null) {
            if (!tables.contains(source.table())) {
                throw new DataException(display, 0, null, "no table '" + source.table() + "'; "
                        + Names.suggestion(source.table(), tables).replace("known columns", "tables"));
            }
            from = "srcdb.main." + DuckDb.ident(source.table());
        } else if (tables.size() == 1) {
            from = "srcdb.main." + DuckDb.ident(tables.get(0));
        } else {
            throw new DataException(display, 0, null, "holds " + tables.size() + " tables " + tables
                    + "; choose one with --table NAME or --query \"select ...\"");
        }
        DuckDb.exec(duck, "CREATE TABLE " + DuckDb.ident(name) + " AS SELECT * FROM " + from);
    }

    static List<String> columnNames(Connection duck, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("DESCRIBE " + DuckDb.ident(table))) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
