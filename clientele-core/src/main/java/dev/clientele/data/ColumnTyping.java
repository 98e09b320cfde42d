package dev.clientele.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides the {@link ColumnType} of every column of a staged DuckDB table and the SQL expression that
 * yields it. Native types map directly. Text columns are inspected over all rows:
 * <ul>
 *   <li>every non-blank value parses as a number and none is zero-padded ("007") -> numeric, blanks
 *       missing (so "numbers stored as text with blanks" load as numbers);</li>
 *   <li>every non-blank value is an ISO date or timestamp -> timestamp;</li>
 *   <li>otherwise categorical, with the user's own labels ("Yes"/"No" stay text, never booleans), blank
 *       values missing.</li>
 * </ul>
 */
public final class ColumnTyping {
    private ColumnTyping() {
    }

    /**
     * A typed column of a staged table.
     *
     * @param name       column name
     * @param type       the type it loads as
     * @param expression DuckDB SQL giving the value in the loader's representation (DOUBLE, VARCHAR,
     *                   BOOLEAN, or BIGINT epoch microseconds)
     * @param sourceType the DuckDB type it was staged with
     */
    public record Typed(String name, ColumnType type, String expression, String sourceType) {
    }

    /** Types every column of {@code table}. */
    public static List<Typed> decide(Connection duck, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery("DESCRIBE " + DuckDb.ident(table))) {
            while (rs.next()) {
                names.add(rs.getString(1));
                types.add(rs.getString(2));
            }
        }
        List<Integer> text = new ArrayList<>();
        Typed[] out = new Typed[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String q = DuckDb.ident(names.get(i));
            String t = types.get(i).toUpperCase(Locale.ROOT);
            ColumnType native_ = nativeType(t);
            if (native_ == null) {
                text.add(i);
            } else {
                out[i] = new Typed(names.get(i), native_, expression(native_, q, t), types.get(i));
            }
        }
        if (!text.isEmpty()) {
            decideText(duck, table, names, types, text, out);
        }
        return List.of(out);
    }

    private static ColumnType nativeType(String t) {
        if (t.equals("VARCHAR")) {
            return null;
        }
        if (t.equals("BOOLEAN")) {
            return ColumnType.BOOLEAN;
        }
        if (t.startsWith("TIMESTAMP") || t.equals("DATE")) {
            return ColumnType.TIMESTAMP;
        }
        if (t.matches("(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|FLOAT|REAL|DOUBLE|DECIMAL.*|U?HUGEINT)")) {
            return ColumnType.NUMERIC;
        }
        return ColumnType.CATEGORICAL;
    }

    private static String expression(ColumnType type, String q, String sourceType) {
        return switch (type) {
            case NUMERIC -> "CAST(" + q + " AS DOUBLE)";
            case BOOLEAN -> q;
            case TIMESTAMP -> sourceType.startsWith("TIMESTAMP WITH") || sourceType.equals("TIMESTAMPTZ")
                    ? "epoch_us(CAST(" + q + " AS TIMESTAMP))" : "epoch_us(" + q + ")";
            case CATEGORICAL -> "CAST(" + q + " AS VARCHAR)";
        };
    }

    private static void decideText(Connection duck, String table, List<String> names, List<String> types,
                                   List<Integer> text, Typed[] out) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int k = 0; k < text.size(); k++) {
            String q = DuckDb.ident(names.get(text.get(k)));
            String v = "trim(" + q + ")";
            sql.append(k == 0 ? "" : ", ")
                    .append("count(*) FILTER (WHERE ").append(v).append(" <> ''), ")
                    .append("count(*) FILTER (WHERE ").append(v).append(" <> '' AND TRY_CAST(").append(v)
                    .append(" AS DOUBLE) IS NOT NULL), ")
                    .append("count(*) FILTER (WHERE length(").append(v).append(") > 1 AND ").append(v)
                    .append("[1] = '0' AND ").append(v).append("[2] BETWEEN '0' AND '9'), ")
                    .append("count(*) FILTER (WHERE ").append(v).append(" <> '' AND ").append(v)
                    .append("[5] = '-' AND TRY_CAST(").append(v).append(" AS TIMESTAMP) IS NOT NULL)");
        }
        sql.append(" FROM ").append(DuckDb.ident(table));
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
            rs.next();
            for (int k = 0; k < text.size(); k++) {
                int i = text.get(k);
                long nonBlank = rs.getLong(4 * k + 1);
                long numeric = rs.getLong(4 * k + 2);
                long zeroPadded = rs.getLong(4 * k + 3);
                long timestamps = rs.getLong(4 * k + 4);
                String q = DuckDb.ident(names.get(i));
                String v = "trim(" + q + ")";
                Typed typed;
                if (nonBlank == numeric && zeroPadded == 0) {
                    typed = new Typed(names.get(i), ColumnType.NUMERIC,
                            "TRY_CAST(NULLIF(" + v + ", '') AS DOUBLE)", types.get(i));
                } else if (nonBlank == timestamps) {
                    typed = new Typed(names.get(i), ColumnType.TIMESTAMP,
                            "epoch_us(TRY_CAST(NULLIF(" + v + ", '') AS TIMESTAMP))", types.get(i));
                } else {
                    typed = new Typed(names.get(i), ColumnType.CATEGORICAL,
                            "CASE WHEN " + v + " = '' THEN NULL ELSE " + q + " END", types.get(i));
                }
                out[i] = typed;
            }
        }
    }
}
