package dev.clientele.transactions;

import java.util.Map;

/**
 * Translates Java date-time patterns ({@link java.time.format.DateTimeFormatter} letters, the form users
 * know) into DuckDB {@code strptime} formats, so dates are parsed inside the SQL engine.
 *
 * <p>Example: {@code yyyyMMdd} becomes {@code %Y%m%d}; {@code dd/MM/yyyy HH:mm} becomes {@code %d/%m/%Y %H:%M};
 * {@code yyyy-MM-dd'T'HH:mm:ss.SSSX} becomes {@code %Y-%m-%dT%H:%M:%S.%g%z}. Text between single quotes is
 * literal ({@code ''} is a quote); other non-letters are literal.
 */
final class DateFormats {
    /** Letter and run length to strptime specifier; "*" stands for any other run length. */
    private static final Map<String, String> SPECIFIERS = Map.ofEntries(
            Map.entry("y2", "%y"), Map.entry("y*", "%Y"), Map.entry("u2", "%y"), Map.entry("u*", "%Y"),
            Map.entry("M1", "%-m"), Map.entry("M2", "%m"), Map.entry("M3", "%b"), Map.entry("M4", "%B"),
            Map.entry("L1", "%-m"), Map.entry("L2", "%m"), Map.entry("L3", "%b"), Map.entry("L4", "%B"),
            Map.entry("d1", "%-d"), Map.entry("d2", "%d"), Map.entry("D1", "%-j"), Map.entry("D3", "%j"),
            Map.entry("H1", "%-H"), Map.entry("H2", "%H"), Map.entry("h1", "%-I"), Map.entry("h2", "%I"),
            Map.entry("m1", "%-M"), Map.entry("m2", "%M"), Map.entry("s1", "%-S"), Map.entry("s2", "%S"),
            Map.entry("S3", "%g"), Map.entry("S6", "%f"), Map.entry("S9", "%n"), Map.entry("a1", "%p"),
            Map.entry("E1", "%a"), Map.entry("E2", "%a"), Map.entry("E3", "%a"), Map.entry("E4", "%A"),
            Map.entry("X*", "%z"), Map.entry("x*", "%z"), Map.entry("Z*", "%z"));

    private DateFormats() {
    }

    /**
     * The strptime format for a Java pattern.
     *
     * @throws IllegalArgumentException for an unsupported letter, run length or an unclosed quote
     */
    static String toStrptime(String pattern) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char ch = pattern.charAt(i);
            if (ch == '\'') {
                i = literal(pattern, i, out);
            } else if (Character.isLetter(ch)) {
                int j = i;
                while (j < pattern.length() && pattern.charAt(j) == ch) {
                    j++;
                }
                out.append(specifier(pattern, ch, j - i));
                i = j;
            } else {
                out.append(ch == '%' ? "%%" : String.valueOf(ch));
                i++;
            }
        }
        return out.toString();
    }

    private static String specifier(String pattern, char letter, int run) {
        String s = SPECIFIERS.get(letter + Integer.toString(run));
        if (s == null) {
            s = SPECIFIERS.get(letter + "*");
        }
        if (s == null) {
            throw new IllegalArgumentException("date format '" + pattern + "': unsupported field '"
                    + String.valueOf(letter).repeat(run) + "'; use y, M, d, H, h, m, s, S (3, 6 or 9), a, E, D, X "
                    + "(e.g. yyyyMMdd, dd/MM/yyyy, yyyy-MM-dd HH:mm:ss)");
        }
        return s;
    }

    /** Copies a quoted literal starting at the quote {@code at}; returns the index after it. */
    private static int literal(String pattern, int at, StringBuilder out) {
        if (at + 1 < pattern.length() && pattern.charAt(at + 1) == '\'') {
            out.append('\'');
            return at + 2;
        }
        int i = at + 1;
        while (i < pattern.length()) {
            char ch = pattern.charAt(i);
            if (ch == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            out.append(ch == '%' ? "%%" : String.valueOf(ch));
            i++;
        }
        throw new IllegalArgumentException("date format '" + pattern + "': quote opened at position " + (at + 1)
                + " is not closed");
    }
}
