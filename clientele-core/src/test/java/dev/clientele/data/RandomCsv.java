package dev.clientele.data;

import java.util.Random;

/**
 * Test helper: seeded random delimited text in the plain layout that {@link FastCsvReader} reads itself
 * (any of four delimiters, LF or CRLF, a byte order mark or not, a final line break or not, quoted
 * fields with doubled quotes), with the values that decide column types: plain and other numbers,
 * zero-padded codes, dates, words (non-ASCII, delimiters, quotes), blanks and DuckDB's special words.
 */
final class RandomCsv {
    private static final String[] WORDS = {"Yes", "No", "true", "false", "a,b", "x;y", "p|q", "tab\there",
        "say \"hi\"", "\"", "中文", "é", "Ünïcode", " lead", "trail ", "1_000", "n/a", "-", ".", "e", "0x10",
        "Month-to-month", "2020", "12abc"};
    private static final String[] ODD_NUMBERS = {" 12", "+3", ".5", "5.", "1e5", "1E+05", "inf", "-Infinity",
        "NaN", "  ", "\t7", "-05", "-0", "0", "1e400", "-1e-400", "12345678901234567890123", "0.1000000000000000055511"};
    private static final int KINDS = 10;

    private RandomCsv() {
    }

    static String plain(Random rnd) {
        char delim = ",;\t|".charAt(rnd.nextInt(4));
        String eol = rnd.nextBoolean() ? "\n" : "\r\n";
        int rows = 1 + rnd.nextInt(rnd.nextBoolean() ? 30 : 3000);
        int cols = 1 + rnd.nextInt(7);
        int[] kinds = new int[cols];
        double[] missing = new double[cols];
        StringBuilder out = new StringBuilder(rnd.nextInt(5) == 0 ? "\uFEFF" : "");
        for (int j = 0; j < cols; j++) {
            kinds[j] = rnd.nextInt(KINDS);
            missing[j] = rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble() * 0.3;
            out.append(j == 0 ? "" : delim).append("c").append(j).append(rnd.nextBoolean() ? "é" : "");
        }
        for (int i = 0; i < rows; i++) {
            out.append(eol);
            for (int j = 0; j < cols; j++) {
                out.append(j == 0 ? "" : delim);
                if (rnd.nextDouble() < missing[j]) {
                    out.append(cols == 1 || rnd.nextInt(4) == 0 ? "\"\"" : "");
                } else {
                    String f = field(value(rnd, kinds[j]), delim, rnd);
                    out.append(cols == 1 && f.isEmpty() ? "\"\"" : f); // an empty line would be a blank line
                }
            }
        }
        return rnd.nextBoolean() ? out.append(eol).toString() : out.toString();
    }

    private static String field(String v, char delim, Random rnd) {
        boolean quote = v.indexOf(delim) >= 0 || v.indexOf('"') >= 0 || rnd.nextInt(10) == 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    private static String value(Random rnd, int kind) {
        return switch (kind) {
            case 0 -> Integer.toString(rnd.nextInt(2001) - 1000);
            case 1 -> decimal(rnd);
            case 2 -> rnd.nextInt(3) == 0 ? ODD_NUMBERS[rnd.nextInt(ODD_NUMBERS.length)] : decimal(rnd);
            case 3 -> rnd.nextBoolean() ? String.format("%03d", rnd.nextInt(200)) : Integer.toString(rnd.nextInt(200));
            case 4 -> date(rnd);
            case 5 -> WORDS[rnd.nextInt(WORDS.length)];
            case 6 -> rnd.nextInt(50) == 0 ? WORDS[rnd.nextInt(WORDS.length)] : Integer.toString(rnd.nextInt(100));
            case 7 -> rnd.nextBoolean() ? " " : "";
            case 8 -> rnd.nextInt(30) == 0 ? "soon" : date(rnd);
            default -> ODD_NUMBERS[rnd.nextInt(ODD_NUMBERS.length)];
        };
    }

    /** A plain decimal: up to 25 significant digits, maybe a sign, a fraction and an exponent. */
    private static String decimal(Random rnd) {
        StringBuilder b = new StringBuilder(rnd.nextInt(4) == 0 ? "-" : "");
        int intDigits = 1 + rnd.nextInt(rnd.nextInt(5) == 0 ? 20 : 6);
        b.append(intDigits == 1 ? rnd.nextInt(10) : 1 + rnd.nextInt(9));
        for (int k = 1; k < intDigits; k++) {
            b.append(rnd.nextInt(10));
        }
        if (rnd.nextBoolean()) {
            b.append('.');
            int frac = 1 + rnd.nextInt(rnd.nextInt(5) == 0 ? 25 : 4);
            for (int k = 0; k < frac; k++) {
                b.append(rnd.nextInt(10));
            }
        }
        if (rnd.nextInt(6) == 0) {
            b.append(rnd.nextBoolean() ? 'e' : 'E').append(new String[] {"", "+", "-"}[rnd.nextInt(3)])
                    .append(rnd.nextInt(rnd.nextBoolean() ? 30 : 330));
        }
        return b.toString();
    }

    private static String date(Random rnd) {
        String day = String.format("%04d-%02d-%02d", 1990 + rnd.nextInt(40), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        return switch (rnd.nextInt(3)) {
            case 0 -> day;
            case 1 -> day + String.format(" %02d:%02d:%02d", rnd.nextInt(24), rnd.nextInt(60), rnd.nextInt(60));
            default -> day + "T08:30:00.25";
        };
    }
}
