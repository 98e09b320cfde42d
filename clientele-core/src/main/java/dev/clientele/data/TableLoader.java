package dev.clientele.data;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams typed columns of a staged DuckDB table into a {@link Table}: one pass, arrays sized from the
 * row count, no object kept (or even made) per cell.
 *
 * <p>Categorical columns are coded inside DuckDB: their distinct values become a temporary {@code ENUM}
 * type, the cells are read back as {@code enum_code(...)} integers, and only the levels cross JDBC as
 * strings. {@link CategoricalColumn#sorted} then re-codes them to sorted order.
 */
final class TableLoader {
    private static final AtomicLong TYPE_IDS = new AtomicLong();

    private TableLoader() {
    }

    /**
     * Loads the typed columns of {@code table} (a table or a view, e.g. over {@code read_csv}).
     *
     * @param rowCount the number of rows when known, or -1 to count them in the pass that collects levels
     */
    static Table load(Connection duck, String table, List<ColumnTyping.Typed> typed, long rowCount, String source)
            throws SQLException {
        int m = typed.size();
        String[][] levels = new String[m][];
        String[] enumTypes = new String[m];
        try {
            long counted = createLevels(duck, table, typed, enumTypes, levels);
            long rows = rowCount >= 0 ? rowCount : counted;
            if (rows > Integer.MAX_VALUE - 8) {
                throw new DataException(source, 0, null, rows + " rows exceed the in-memory limit of "
                        + (Integer.MAX_VALUE - 8) + "; filter with --query");
            }
            int n = (int) rows;
            Object[] data = new Object[m];
            boolean[][] missing = new boolean[m][];
            StringBuilder sql = new StringBuilder("SELECT ");
            for (int j = 0; j < m; j++) {
                ColumnTyping.Typed t = typed.get(j);
                String expression = t.expression();
                switch (t.type()) {
                    case NUMERIC -> {
                        data[j] = new double[n];
                        missing[j] = new boolean[n];
                    }
                    case CATEGORICAL -> {
                        data[j] = new int[n];
                        expression = "CAST(enum_code(CAST(" + expression + " AS " + DuckDb.ident(enumTypes[j]) + ")) AS INTEGER)";
                    }
                    case BOOLEAN -> data[j] = new byte[n];
                    case TIMESTAMP -> {
                        data[j] = new long[n];
                        missing[j] = new boolean[n];
                    }
                    default -> throw new IllegalStateException();
                }
                sql.append(j == 0 ? "" : ", ").append(expression);
            }
            sql.append(" FROM ").append(DuckDb.ident(table));
            int read = readRows(duck, sql.toString(), typed, data, missing, n);
            if (read != n) {
                throw new IllegalStateException("read " + read + " rows, counted " + n);
            }
            List<Column> columns = new ArrayList<>(m);
            for (int j = 0; j < m; j++) {
                columns.add(build(typed.get(j), data[j], missing[j], levels[j]));
            }
            return new Table(source, columns);
        } finally {
            dropTypes(duck, enumTypes);
        }
    }

    /**
     * One pass over {@code table}: counts its rows and, per categorical column, creates an ENUM type of its
     * distinct non-null values; fills {@code enumTypes} and {@code levels} (in code order, blank values as
     * {@code null}: they stand for a missing cell). Returns the row count.
     *
     * <p>The distinct values of all columns come from one {@code GROUP BY GROUPING SETS ((c0), (c1), ...)}:
     * in the rows of set {@code j} only {@code cj} is non-null.
     */
    private static long createLevels(Connection duck, String table, List<ColumnTyping.Typed> typed,
                                     String[] enumTypes, String[][] levels) throws SQLException {
        String lists = "clientele_levels_" + TYPE_IDS.incrementAndGet();
        StringBuilder inner = new StringBuilder();
        StringBuilder sets = new StringBuilder();
        StringBuilder keys = new StringBuilder();
        int first = -1;
        for (int j = 0; j < typed.size(); j++) {
            if (typed.get(j).type() == ColumnType.CATEGORICAL) {
                first = first < 0 ? j : first;
                inner.append(inner.length() == 0 ? "" : ", ").append(typed.get(j).expression()).append(" AS c").append(j);
                sets.append(sets.length() == 0 ? "" : ", ").append("(c").append(j).append(')');
                keys.append("c").append(j).append(", ");
            }
        }
        if (first < 0) {
            return DuckDb.scalarLong(duck, "SELECT count(*) FROM " + DuckDb.ident(table));
        }
        DuckDb.exec(duck, "CREATE TEMP TABLE " + DuckDb.ident(lists) + " AS SELECT " + keys + "GROUPING(c" + first
                + ") AS g, count(*) AS n FROM (SELECT " + inner + " FROM " + DuckDb.ident(table)
                + ") GROUP BY GROUPING SETS (" + sets + ")");
        try {
            for (int j = 0; j < typed.size(); j++) {
                if (typed.get(j).type() == ColumnType.CATEGORICAL) {
                    enumTypes[j] = lists + "_" + j;
                    DuckDb.exec(duck, "CREATE TYPE " + DuckDb.ident(enumTypes[j]) + " AS ENUM (SELECT c" + j + " FROM "
                            + DuckDb.ident(lists) + " WHERE c" + j + " IS NOT NULL)");
                    levels[j] = enumLevels(duck, enumTypes[j]);
                }
            }
            return DuckDb.scalarLong(duck, "SELECT coalesce(sum(n), 0) FROM " + DuckDb.ident(lists) + " WHERE g = 0");
        } finally {
            DuckDb.exec(duck, "DROP TABLE " + DuckDb.ident(lists));
        }
    }

    private static String[] enumLevels(Connection duck, String enumType) throws SQLException {
        try (Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("SELECT enum_range(NULL::" + DuckDb.ident(enumType) + ")")) {
            rs.next();
            Array a = rs.getArray(1);
            Object[] values = (Object[]) a.getArray();
            String[] out = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                String level = values[i].toString();
                out[i] = level.isBlank() ? null : level;
            }
            return out;
        }
    }

    private static void dropTypes(Connection duck, String[] enumTypes) {
        for (String e : enumTypes) {
            if (e == null) {
                continue;
            }
            try {
                DuckDb.exec(duck, "DROP TYPE IF EXISTS " + DuckDb.ident(e));
            } catch (SQLException ignored) {
                // the connection is failing already; the original error is the one to report
            }
        }
    }

    private static int readRows(Connection duck, String sql, List<ColumnTyping.Typed> typed, Object[] data,
                                boolean[][] missing, int n) throws SQLException {
        int m = typed.size();
        ColumnType[] types = new ColumnType[m];
        for (int j = 0; j < m; j++) {
            types[j] = typed.get(j).type();
        }
        try (Statement s = duck.createStatement()) {
            s.setFetchSize(8192);
            try (ResultSet rs = s.executeQuery(sql)) {
                int row = 0;
                while (rs.next()) {
                    if (row >= n) {
                        throw new IllegalStateException("more rows than counted");
                    }
                    for (int j = 0; j < m; j++) {
                        readCell(rs, j + 1, row, types[j], data[j], missing[j]);
                    }
                    row++;
                }
                return row;
            }
        }
    }

    private static void readCell(ResultSet rs, int col, int row, ColumnType type, Object arr, boolean[] miss)
            throws SQLException {
        switch (type) {
            case NUMERIC -> {
                double v = rs.getDouble(col);
                if (rs.wasNull()) {
                    miss[row] = true;
                } else {
                    ((double[]) arr)[row] = v;
                }
            }
            case CATEGORICAL -> {
                int v = rs.getInt(col);
                ((int[]) arr)[row] = rs.wasNull() ? -1 : v;
            }
            case BOOLEAN -> {
                boolean v = rs.getBoolean(col);
                ((byte[]) arr)[row] = rs.wasNull() ? -1 : (byte) (v ? 1 : 0);
            }
            case TIMESTAMP -> {
                long v = rs.getLong(col);
                if (rs.wasNull()) {
                    miss[row] = true;
                } else {
                    ((long[]) arr)[row] = v;
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private static Column build(ColumnTyping.Typed t, Object arr, boolean[] miss, String[] levels) {
        return switch (t.type()) {
            case NUMERIC -> NumericColumn.adopt(t.name(), (double[]) arr, miss);
            case CATEGORICAL -> CategoricalColumn.sorted(t.name(), (int[]) arr, levels);
            case BOOLEAN -> BooleanColumn.adopt(t.name(), (byte[]) arr);
            case TIMESTAMP -> TimestampColumn.adopt(t.name(), (long[]) arr, miss);
        };
    }
}
