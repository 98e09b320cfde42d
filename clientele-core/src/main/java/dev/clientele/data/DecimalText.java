package dev.clientele.data;

import java.nio.charset.StandardCharsets;

/**
 * Parses plain decimal numbers from bytes without making a String: {@code -?D+(.D+)?([eE][+-]?D+)?} where
 * D is an ASCII digit, and no zero-padded code ({@code 007}: a leading 0 followed by a digit, unsigned).
 * Anything else (blanks, spaces, {@code +5}, {@code .5}, {@code inf}, {@code 1_000}) is "not plain" and
 * left to the exact typing rules of {@link ColumnTyping}: every plain number is a number by those rules too.
 *
 * <p>The result is the correctly rounded double, as DuckDB's and Java's parsers give: with at most 15
 * significant digits and a decimal exponent within +-22, both the digits and the power of ten are exact
 * doubles, so one multiplication or division rounds once (Clinger 1990, "How to read floating point numbers
 * accurately"); other plain numbers go through {@link Double#parseDouble}. Example: {@code "-12.50"} is
 * 1250 / 10^2 = -12.5.
 */
final class DecimalText {
    /** Returned for text that is not a plain number (a plain number never parses to NaN). */
    static final double NOT_PLAIN = Double.NaN;
    private static final double[] POWERS = new double[23];
    private static final int MAX_EXACT_DIGITS = 15;

    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private DecimalText() {
    }

    /** The value of {@code b[from, to)}, or {@link #NOT_PLAIN}; an empty range is not plain. */
    static double parse(byte[] b, int from, int to) {
        int i = from;
        boolean negative = i < to && b[i] == '-';
        if (negative) {
            i++;
        }
        int intStart = i;
        long digits = 0;
        int significant = 0;
        for (; i < to && isDigit(b[i]); i++) {
            digits = digits * 10 + (b[i] - '0');
            significant += significant > 0 || b[i] != '0' ? 1 : 0;
        }
        int intDigits = i - intStart;
        if (intDigits == 0 || (!negative && intDigits > 1 && b[intStart] == '0')) {
            return NOT_PLAIN;
        }
        int scale = 0;
        if (i < to && b[i] == '.') {
            int fracStart = ++i;
            for (; i < to && isDigit(b[i]); i++) {
                digits = digits * 10 + (b[i] - '0');
                significant += significant > 0 || b[i] != '0' ? 1 : 0;
            }
            scale = i - fracStart;
            if (scale == 0) {
                return NOT_PLAIN;
            }
        }
        int exponent = 0;
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            boolean negativeExponent = ++i < to && b[i] == '-';
            if (i < to && (b[i] == '-' || b[i] == '+')) {
                i++;
            }
            int expStart = i;
            for (; i < to && isDigit(b[i]) && i - expStart < 6; i++) {
                exponent = exponent * 10 + (b[i] - '0');
            }
            if (i == expStart) {
                return NOT_PLAIN;
            }
            if (i < to && isDigit(b[i])) {
                return slow(b, from, to); // a huge exponent: over- or underflows, as Java decides
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != to) {
            return NOT_PLAIN;
        }
        int power = exponent - scale;
        if (significant > MAX_EXACT_DIGITS || power < -22 || power > 22) {
            return slow(b, from, to);
        }
        double v = power >= 0 ? digits * POWERS[power] : digits / POWERS[-power];
        return negative ? -v : v;
    }

    private static double slow(byte[] b, int from, int to) {
        return Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
