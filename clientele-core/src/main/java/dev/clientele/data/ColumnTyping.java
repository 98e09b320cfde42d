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
 *   <li>every non-blank value parses as a number (no {@code _} digit separators) and none is zero-padded
 *       ("007") -> numeric, blanks missing (so "numbers stored as text with blanks" load as numbers);</li>
 *   <li>every non-blank value is an ISO date or timestamp ({@code yyyy-...}) -> timestamp;</li>
 *   <li>otherwise categorical, with the user's own labels ("Yes"/"No" stay text, never booleans), blank
 *       values missing.</li>
 * </ul>
 *
 * <p>The decision is exact, not sampled, but cheap: the first {@value #SAMPLE_ROWS} rows are checked
 * first, and a column whose sample already holds a value that is neither a number nor a timestamp is
 * categorical without reading further. Only the columns still in doubt get a pass over all rows, with
 * just the checks their candidate type needs.
 */
public final class ColumnTyping {
    static final int SAMPLE_ROWS = 20_000;

    private ColumnTyping() {
    }

    /**
     * A typed column of a staged table.
     *
     * @param name       column name
     * @param type       the type it loads as
     * @param expression DuckDB SQL giving the value in the loader's representation (DOUBLE, VARCHAR,
     *                   BOOLEAN, or BIGINT epoch microseconds); NULL is missing, and so is blank text in a
     *                   categorical column (the loader drops blank levels)
     * @param sourceType the DuckDB type it was staged with
     */
    public record Typed(String name, ColumnType type, String expression, String sourceType) {
    }

    /** What the checks found for one text column over some rows. */
    private record Counts(long nonBlank, long numeric, long zeroPadded, long timestamps) {
        boolean numericOk() {
            return numeric == nonBlank && zeroPadded == 0;
        }

        boolean timestampOk() {
            return timestamps == nonBlank;
        }
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

    /**
     * The column as a plain SQL value of its type (DOUBLE, VARCHAR with blanks NULL, BOOLEAN, TIMESTAMP),
     * for SQL written by users over a staged table.
     */
    static String sqlValue(Typed t) {
        return switch (t.type()) {
            case NUMERIC, BOOLEAN -> t.expression();
            case TIMESTAMP -> "make_timestamp(" + t.expression() + ")";
            case CATEGORICAL -> "CASE WHEN trim(CAST(" + t.expression() + " AS VARCHAR)) = '' THEN NULL ELSE CAST("
                    + t.expression() + " AS VARCHAR) END";
        };
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
        String sample = "(SELECT * FROM " + DuckDb.ident(table) + " LIMIT " + SAMPLE_ROWS + ")";
        List<Counts> head = counts(duck, sample, names, text, true, true);
        List<Integer> numericDoubt = new ArrayList<>();
        List<Integer> timeDoubt = new ArrayList<>();
        for (int k = 0; k < text.size(); k++) {
            int i = text.get(k);
            if (head.get(k).numericOk()) {
                numericDoubt.add(i);
            } else if (head.get(k).timestampOk()) {
                timeDoubt.add(i);
            } else {
                out[i] = categorical(names.get(i), types.get(i));
            }
        }
        String all = DuckDb.ident(table);
        List<Counts> num = counts(duck, all, names, numericDoubt, true, false);
        for (int k = 0; k < numericDoubt.size(); k++) {
            int i = numericDoubt.get(k);
            if (num.get(k).numericOk()) {
                out[i] = new Typed(names.get(i), ColumnType.NUMERIC,
                        "TRY_CAST(" + DuckDb.ident(names.get(i)) + " AS DOUBLE)", types.get(i));
            } else {
                timeDoubt.add(i);
            }
        }
        List<Counts> time = counts(duck, all, names, timeDoubt, false, true);
        for (int k = 0; k < timeDoubt.size(); k++) {
            int i = timeDoubt.get(k);
            out[i] = time.get(k).timestampOk()
                    ? new Typed(names.get(i), ColumnType.TIMESTAMP,
                            "epoch_us(TRY_CAST(trim(" + DuckDb.ident(names.get(i)) + ") AS TIMESTAMP))", types.get(i))
                    : categorical(names.get(i), types.get(i));
        }
    }

    private static Typed categorical(String name, String sourceType) {
        return new Typed(name, ColumnType.CATEGORICAL, DuckDb.ident(name), sourceType);
    }

    /**
     * One aggregate query over {@code from} for the given columns: non-blank count, then the numeric
     * checks (castable count, zero-padded count) and/or the timestamp check; skipped checks count -1.
     */
    private static List<Counts> counts(Connection duck, String from, List<String> names, List<Integer> cols,
                                       boolean numeric, boolean timestamp) throws SQLException {
        List<Counts> out = new ArrayList<>();
        if (cols.isEmpty()) {
            return out;
        }
        int per = 1 + (numeric ? 2 : 0) + (timestamp ? 1 : 0);
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int k = 0; k < cols.size(); k++) {
            String q = DuckDb.ident(names.get(cols.get(k)));
            sql.append(k == 0 ? "" : ", ").append("count(*) FILTER (WHERE trim(").append(q).append(") <> '')");
            if (numeric) {
                sql.append(", count(*) FILTER (WHERE TRY_CAST(").append(q).append(" AS DOUBLE) IS NOT NULL AND NOT contains(")
                        .append(q).append(", '_')), count(*) FILTER (WHERE regexp_matches(").append(q)
                        .append(", '^\\s*0[0-9]'))");
            }
            if (timestamp) {
                sql.append(", count(*) FILTER (WHERE regexp_matches(").append(q).append(", '^\\s*[0-9]{4}-') AND TRY_CAST(trim(")
                        .append(q).append(") AS TIMESTAMP) IS NOT NULL)");
            }
        }
        sql.append(" FROM ").append(from);
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
            rs.next();
            for (int k = 0; k < cols.size(); k++) {
                int c = per * k + 1;
                long nonBlank = rs.getLong(c);
                long castable = numeric ? rs.getLong(c + 1) : -1;
                long padded = numeric ? rs.getLong(c + 2) : -1;
                long stamps = timestamp ? rs.getLong(c + (numeric ? 3 : 1)) : -1;
                out.add(new Counts(nonBlank, castable, padded, stamps));
            }
        }
        return out;
    }
}
