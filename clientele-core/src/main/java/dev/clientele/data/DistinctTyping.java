package dev.clientele.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Types a dictionary-coded text column by {@link ColumnTyping}'s rules, looking only at its distinct
 * values: "every non-blank value is a number (and none is zero-padded)" and "every non-blank value is an
 * ISO timestamp" hold for the column exactly when they hold for its distinct values.
 *
 * <p>Most text columns are settled in Java: one distinct value that is certainly not a number by the rules
 * ({@code _} in it, zero-padded, or a character that DuckDB's number cast never accepts) and one that is
 * certainly not a timestamp (it does not start with four digits and a dash) make the column categorical.
 * The rest (numbers with spaces or a plus sign, dates, "inf") are typed by DuckDB itself: the distinct
 * values go into a one-column table that {@link ColumnTyping#decide} types and converts, once per value.
 */
final class DistinctTyping {
    /** Characters a number accepted by DuckDB's cast may hold: digits, signs, point, exponent, inf/nan words, spaces. */
    private static final String NUMBER_CHARS = "0123456789+-.eEiInNfFtTyYaAxXbBoO \t\n\u000B\f\r";
    private static final AtomicLong TABLE_IDS = new AtomicLong();

    private DistinctTyping() {
    }

    /**
     * The column with cells {@code codes} (-1 empty) into {@code values}, typed; {@code null} when a value
     * holds a NUL character (left to DuckDB's reader). Takes ownership of {@code codes}.
     */
    static Column column(DuckDb.Lazy duck, String name, int[] codes, String[] values) throws SQLException {
        boolean notNumber = false;
        boolean notTimestamp = false;
        for (String v : values) {
            if (v.indexOf('\0') >= 0) {
                return null;
            }
            notNumber = notNumber || surelyNotNumber(v);
            notTimestamp = notTimestamp || surelyNotTimestamp(v);
        }
        return notNumber && notTimestamp ? categorical(name, codes, values) : typedByDuckDb(duck.get(), name, codes, values);
    }

    /** True when {@code v} breaks the number rule whatever DuckDB's cast makes of it. */
    static boolean surelyNotNumber(String v) {
        if (v.indexOf('_') >= 0 || zeroPadded(v)) {
            return true;
        }
        for (int i = 0; i < v.length(); i++) {
            if (NUMBER_CHARS.indexOf(v.charAt(i)) < 0) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code v} is not blank and does not start like an ISO date (regex {@code ^\s*[0-9]{4}-}). */
    static boolean surelyNotTimestamp(String v) {
        boolean visible = false;
        for (int i = 0; i < v.length() && !visible; i++) {
            char c = v.charAt(i);
            visible = (c > ' ' && c < 0x7f) || Character.isLetterOrDigit(c);
        }
        if (!visible) {
            return false;
        }
        int i = skipSpace(v);
        for (int k = 0; k < 4; k++, i++) {
            if (i >= v.length() || !isDigit(v.charAt(i))) {
                return true;
            }
        }
        return i >= v.length() || v.charAt(i) != '-';
    }

    /** Regex {@code ^\s*0[0-9]}, with RE2's {@code \s} (space, tab, line feed, form feed, carriage return). */
    private static boolean zeroPadded(String v) {
        int i = skipSpace(v);
        return i + 1 < v.length() && v.charAt(i) == '0' && isDigit(v.charAt(i + 1));
    }

    private static int skipSpace(String v) {
        int i = 0;
        while (i < v.length() && " \t\n\f\r".indexOf(v.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Column categorical(String name, int[] codes, String[] values) {
        String[] levels = new String[values.length];
        for (int c = 0; c < values.length; c++) {
            levels[c] = values[c].isBlank() ? null : values[c];
        }
        return CategoricalColumn.sorted(name, codes, levels);
    }

    private static Column typedByDuckDb(Connection duck, String name, int[] codes, String[] values)
            throws SQLException {
        String table = "clientele_distinct_" + TABLE_IDS.incrementAndGet();
        DuckDb.exec(duck, "CREATE TABLE " + DuckDb.ident(table) + " (v VARCHAR)");
        try {
            try (DuckDBAppender app = duck.unwrap(DuckDBConnection.class).createAppender("main", table)) {
                for (String v : values) {
                    app.beginRow();
                    app.append(v);
                    app.endRow();
                }
            }
            ColumnTyping.Typed t = ColumnTyping.decide(duck, table).get(0);
            if (t.type() != ColumnType.NUMERIC && t.type() != ColumnType.TIMESTAMP) {
                return categorical(name, codes, values);
            }
            int n = codes.length;
            double[] numbers = t.type() == ColumnType.NUMERIC ? new double[values.length] : null;
            long[] micros = numbers == null ? new long[values.length] : null;
            boolean[] absent = new boolean[values.length];
            try (Statement s = duck.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + t.expression() + " FROM " + DuckDb.ident(table))) {
                for (int c = 0; rs.next(); c++) {
                    if (numbers != null) {
                        numbers[c] = rs.getDouble(1);
                    } else {
                        micros[c] = rs.getLong(1);
                    }
                    absent[c] = rs.wasNull();
                }
            }
            boolean[] missing = new boolean[n];
            if (numbers != null) {
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    missing[i] = codes[i] < 0 || absent[codes[i]];
                    out[i] = missing[i] ? 0 : numbers[codes[i]];
                }
                return NumericColumn.adopt(name, out, missing);
            }
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                missing[i] = codes[i] < 0 || absent[codes[i]];
                out[i] = missing[i] ? 0 : micros[codes[i]];
            }
            return TimestampColumn.adopt(name, out, missing);
        } finally {
            DuckDb.exec(duck, "DROP TABLE IF EXISTS " + DuckDb.ident(table));
        }
    }
}
