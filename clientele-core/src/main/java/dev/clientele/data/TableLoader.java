package dev.clientele.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Streams typed columns of a staged DuckDB table into a {@link Table}: one pass, arrays sized from the
 * row count, categories coded through a hash dictionary (no object kept per cell).
 */
final class TableLoader {
    private TableLoader() {
    }

    static Table load(Connection duck, String table, List<ColumnTyping.Typed> typed, long rowCount, String source)
            throws SQLException {
        if (rowCount > Integer.MAX_VALUE - 8) {
            throw new DataException(source, 0, null, rowCount + " rows exceed the in-memory limit of "
                    + (Integer.MAX_VALUE - 8) + "; filter with --query");
        }
        int n = (int) rowCount;
        int m = typed.size();
        Object[] data = new Object[m];
        boolean[][] missing = new boolean[m][];
        List<HashMap<String, Integer>> dicts = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int j = 0; j < m; j++) {
            ColumnTyping.Typed t = typed.get(j);
            sql.append(j == 0 ? "" : ", ").append(t.expression());
            switch (t.type()) {
                case NUMERIC -> data[j] = new double[n];
                case CATEGORICAL -> data[j] = new int[n];
                case BOOLEAN -> data[j] = new byte[n];
                case TIMESTAMP -> data[j] = new long[n];
                default -> throw new IllegalStateException();
            }
            missing[j] = new boolean[n];
            dicts.add(t.type() == ColumnType.CATEGORICAL ? new HashMap<>() : null);
        }
        sql.append(" FROM ").append(DuckDb.ident(table));
        try (Statement s = duck.createStatement()) {
            s.setFetchSize(8192);
            try (ResultSet rs = s.executeQuery(sql.toString())) {
                int row = 0;
                while (rs.next()) {
                    if (row >= n) {
                        throw new IllegalStateException("more rows than counted");
                    }
                    for (int j = 0; j < m; j++) {
                        readCell(rs, j, row, typed.get(j).type(), data[j], missing[j], dicts.get(j));
                    }
                    row++;
                }
            }
        }
        List<Column> columns = new ArrayList<>(m);
        for (int j = 0; j < m; j++) {
            columns.add(build(typed.get(j), data[j], missing[j], dicts.get(j)));
        }
        return new Table(source, columns);
    }

    private static void readCell(ResultSet rs, int j, int row, ColumnType type, Object arr, boolean[] miss,
                                 HashMap<String, Integer> dict) throws SQLException {
        int col = j + 1;
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
                String v = rs.getString(col);
                if (v == null) {
                    ((int[]) arr)[row] = -1;
                } else {
                    Integer code = dict.get(v);
                    if (code == null) {
                        code = dict.size();
                        dict.put(v, code);
                    }
                    ((int[]) arr)[row] = code;
                }
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

    private static Column build(ColumnTyping.Typed t, Object arr, boolean[] miss, HashMap<String, Integer> dict) {
        return switch (t.type()) {
            case NUMERIC -> NumericColumn.adopt(t.name(), (double[]) arr, miss);
            case CATEGORICAL -> {
                String[] levels = new String[dict.size()];
                dict.forEach((k, v) -> levels[v] = k);
                yield CategoricalColumn.sorted(t.name(), (int[]) arr, levels);
            }
            case BOOLEAN -> BooleanColumn.adopt(t.name(), (byte[]) arr);
            case TIMESTAMP -> TimestampColumn.adopt(t.name(), (long[]) arr, miss);
        };
    }
}
