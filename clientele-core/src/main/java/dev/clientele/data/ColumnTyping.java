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
        return decide(duck, table, false);
    }

    /**
     * Types the columns from the sample alone, each numeric or timestamp expression guarded: a value
     * that contradicts the guess makes the query that evaluates it fail with {@link #isGuardFailure}, and
     * the caller then falls back to {@link #decide(Connection, String)}. Saves a pass over the data.
     */
    static List<Typed> guess(Connection duck, String table) throws SQLException {
        return decide(duck, table, true);
    }

    /** True when {@code e} comes from a guard of {@link #guess}. */
    static boolean isGuardFailure(SQLException e) {
        return String.valueOf(e.getMessage()).contains(GUARD);
    }

    private static final String GUARD = "clientele: a value contradicts the sampled column type";

    private static List<Typed> decide(Connection duck, String table, boolean guess) throws SQLException {
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
            decideText(duck, table, names, types, text, out, guess);
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
                                   List<Integer> text, Typed[] out, boolean guess) throws SQLException {
        List<Counts> head = sampleCounts(duck, table, names, text);
        if (guess) {
            for (int k = 0; k < text.size(); k++) {
                int i = text.get(k);
                String q = DuckDb.ident(names.get(i));
                Typed sure = head.get(k).numericOk() ? numeric(names.get(i), types.get(i))
                        : head.get(k).timestampOk() ? timestamp(names.get(i), types.get(i))
                        : categorical(names.get(i), types.get(i));
                out[i] = sure.type() == ColumnType.CATEGORICAL ? sure
                        : new Typed(sure.name(), sure.type(), guarded(sure, q), sure.sourceType());
            }
            return;
        }
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
        long[] badNumbers = badCounts(duck, table, names, numericDoubt, ColumnTyping::notNumber);
        for (int k = 0; k < numericDoubt.size(); k++) {
            int i = numericDoubt.get(k);
            if (badNumbers[k] == 0) {
                out[i] = numeric(names.get(i), types.get(i));
            } else {
                timeDoubt.add(i);
            }
        }
        long[] badTimes = badCounts(duck, table, names, timeDoubt, ColumnTyping::notTimestamp);
        for (int k = 0; k < timeDoubt.size(); k++) {
            int i = timeDoubt.get(k);
            out[i] = badTimes[k] == 0 ? timestamp(names.get(i), types.get(i)) : categorical(names.get(i), types.get(i));
        }
    }

    /** The expression of a sampled guess, raising {@link #GUARD} on a value that contradicts it. */
    private static String guarded(Typed guess, String q) {
        String bad = guess.type() == ColumnType.NUMERIC ? notNumber(q) : notTimestamp(q);
        return "CASE WHEN " + bad + " THEN error(" + DuckDb.literal(GUARD) + ") ELSE " + guess.expression() + " END";
    }

    /** SQL condition: a non-blank value that is not a plain number, or a zero-padded code. */
    private static String notNumber(String q) {
        return "(TRY_CAST(" + q + " AS DOUBLE) IS NULL AND trim(" + q + ") <> '') OR contains(" + q
                + ", '_') OR regexp_matches(" + q + ", '^\\s*0[0-9]')";
    }

    /** SQL condition: a non-blank value that is not an ISO date or timestamp. */
    private static String notTimestamp(String q) {
        return "trim(" + q + ") <> '' AND (NOT regexp_matches(" + q + ", '^\\s*[0-9]{4}-') OR TRY_CAST(trim(" + q
                + ") AS TIMESTAMP) IS NULL)";
    }

    /** Per column, how many rows of the whole table meet {@code bad}; one pass for all columns. */
    private static long[] badCounts(Connection duck, String table, List<String> names, List<Integer> cols,
                                    java.util.function.UnaryOperator<String> bad) throws SQLException {
        long[] out = new long[cols.size()];
        if (cols.isEmpty()) {
            return out;
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int k = 0; k < cols.size(); k++) {
            sql.append(k == 0 ? "" : ", ").append("count(*) FILTER (WHERE ")
                    .append(bad.apply(DuckDb.ident(names.get(cols.get(k))))).append(')');
        }
        sql.append(" FROM ").append(DuckDb.ident(table));
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
            rs.next();
            for (int k = 0; k < out.length; k++) {
                out[k] = rs.getLong(k + 1);
            }
        }
        return out;
    }

    private static Typed numeric(String name, String sourceType) {
        return new Typed(name, ColumnType.NUMERIC, "TRY_CAST(" + DuckDb.ident(name) + " AS DOUBLE)", sourceType);
    }

    private static Typed timestamp(String name, String sourceType) {
        return new Typed(name, ColumnType.TIMESTAMP, "epoch_us(TRY_CAST(trim(" + DuckDb.ident(name) + ") AS TIMESTAMP))",
                sourceType);
    }

    private static Typed categorical(String name, String sourceType) {
        return new Typed(name, ColumnType.CATEGORICAL, DuckDb.ident(name), sourceType);
    }

    /**
     * Over the first {@value #SAMPLE_ROWS} rows, per column: non-blank values, plain numbers, zero-padded
     * codes and ISO timestamps.
     */
    private static List<Counts> sampleCounts(Connection duck, String table, List<String> names, List<Integer> cols)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int k = 0; k < cols.size(); k++) {
            String q = DuckDb.ident(names.get(cols.get(k)));
            sql.append(k == 0 ? "" : ", ").append("count(*) FILTER (WHERE trim(").append(q).append(") <> ''), ")
                    .append("count(*) FILTER (WHERE TRY_CAST(").append(q).append(" AS DOUBLE) IS NOT NULL AND NOT contains(")
                    .append(q).append(", '_')), count(*) FILTER (WHERE regexp_matches(").append(q)
                    .append(", '^\\s*0[0-9]')), count(*) FILTER (WHERE regexp_matches(").append(q)
                    .append(", '^\\s*[0-9]{4}-') AND TRY_CAST(trim(").append(q).append(") AS TIMESTAMP) IS NOT NULL)");
        }
        // the sample is copied first: aggregating straight over a LIMIT of a parallel file scan reads far more
        String sample = "clientele_sample_" + System.nanoTime();
        StringBuilder copy = new StringBuilder();
        for (int col : cols) {
            copy.append(copy.length() == 0 ? "" : ", ").append(DuckDb.ident(names.get(col)));
        }
        DuckDb.exec(duck, "CREATE TEMP TABLE " + sample + " AS SELECT " + copy + " FROM " + DuckDb.ident(table)
                + " LIMIT " + SAMPLE_ROWS);
        sql.append(" FROM ").append(sample);
        List<Counts> out = new ArrayList<>();
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
            rs.next();
            for (int k = 0; k < cols.size(); k++) {
                int c = 4 * k + 1;
                out.add(new Counts(rs.getLong(c), rs.getLong(c + 1), rs.getLong(c + 2), rs.getLong(c + 3)));
            }
        } finally {
            DuckDb.exec(duck, "DROP TABLE IF EXISTS " + sample);
        }
        return out;
    }
}
