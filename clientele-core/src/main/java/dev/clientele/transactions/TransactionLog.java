package dev.clientele.transactions;

import dev.clientele.data.DataException;
import dev.clientele.data.DuckDb;
import dev.clientele.data.Names;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a staged purchase log into the clean table {@code tx(c, d DATE, a DOUBLE[, q DOUBLE])} that the
 * feature queries read, after checking every row: a customer, a date that parses, a finite numeric amount,
 * no negative amount unless refunds are allowed. The first offending rows are reported with their line
 * numbers.
 */
final class TransactionLog {
    /** Rows shown in an error message. */
    static final int EXAMPLES = 5;

    /** How rows are named in messages: "line 12" for a text file, "row 11" otherwise. */
    record Where(String source, boolean textLines) {
        String row(long rowid) {
            return textLines ? "line " + (rowid + 2) : "row " + (rowid + 1);
        }
    }

    private static final Pattern NUMERIC = Pattern.compile("U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|FLOAT|REAL|DOUBLE|DECIMAL.*");
    private final Connection duck;
    private final String staged;
    private final boolean stagedView;
    private final Where where;
    private final TransactionOptions options;
    private final Map<String, String> types = new LinkedHashMap<>();

    /** @param stagedView true when {@code staged} is a view over the file (no rowid) rather than a table */
    TransactionLog(Connection duck, String staged, boolean stagedView, Where where, TransactionOptions options) {
        this.duck = duck;
        this.staged = staged;
        this.stagedView = stagedView;
        this.where = where;
        this.options = options;
    }

    /** The checks of one pass over {@code tx}. */
    private record Counts(long rows, long noCustomer, long badDates, long badAmounts, long negativeAmounts,
                          long badQuantities, long negativeQuantities, LocalDate first, LocalDate last,
                          long customers) {
    }

    /** Creates and checks {@code tx}; the staged table is left in place. */
    LogSummary prepare() throws SQLException {
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery("DESCRIBE " + DuckDb.ident(staged))) {
            while (rs.next()) {
                types.put(rs.getString(1), rs.getString(2).toUpperCase(Locale.ROOT));
            }
        }
        String customer = resolve("customer", options.customer());
        String c = DuckDb.ident(customer);
        String dateColumn = resolve("date", options.date());
        String d = dateExpr(dateColumn);
        String a = numberExpr("amount", resolve("amount", options.amount()));
        String q = options.quantity() == null ? null : numberExpr("quantity", resolve("quantity", options.quantity()));
        boolean text = types.get(customer).equals("VARCHAR");
        String fast = fastDateExpr(dateColumn, d);
        Counts n = createTx(c, fast, a, q, text);
        if (n.badDates() > 0 && !fast.equals(d)) {
            n = createTx(c, d, a, q, text);
        }
        check(n.noCustomer(), customer, noCustomer(c, text), "empty customer ids", "every row needs a customer");
        check(n.badDates(), options.date(), nullIf(d), "values that are not " + dateDescription(),
                options.dateFormat() == null ? "fix them, or give the date format (--date-format, e.g. dd/MM/yyyy)"
                        : "fix them or correct the date format");
        check(n.badAmounts(), options.amount(), notNumber(a), "amounts that are not numbers",
                "write plain numbers such as 12.50");
        if (!options.allowRefunds()) {
            check(n.negativeAmounts(), options.amount(), a + " < 0", "negative amounts",
                    "allow them as refunds (--allow-refunds) or remove them");
        }
        if (q != null) {
            check(n.badQuantities(), options.quantity(), notNumber(q), "quantities that are not numbers",
                    "write plain numbers");
            if (!options.allowRefunds()) {
                check(n.negativeQuantities(), options.quantity(), q + " < 0", "negative quantities",
                        "allow them as refunds (--allow-refunds) or remove them");
            }
        }
        return new LogSummary(where.source(), n.rows(), n.customers(), n.first(), n.last(), n.negativeAmounts());
    }

    private Counts createTx(String c, String d, String a, String q, boolean text) throws SQLException {
        DuckDb.exec(duck, "CREATE OR REPLACE TABLE tx AS SELECT " + c + " AS c, " + d + " AS d, " + a + " AS a"
                + (q == null ? "" : ", " + q + " AS q") + " FROM " + DuckDb.ident(staged));
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*), "
                + "count(*) FILTER (WHERE " + noCustomer("c", text) + "), count(*) FILTER (WHERE d IS NULL), "
                + "count(*) FILTER (WHERE a IS NULL OR NOT isfinite(a)), count(*) FILTER (WHERE a < 0), "
                + (q == null ? "0, 0" : "count(*) FILTER (WHERE q IS NULL OR NOT isfinite(q)), count(*) FILTER (WHERE q < 0)")
                + ", min(d), max(d), count(DISTINCT c) FROM tx")) {
            rs.next();
            return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                    rs.getLong(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getLong(10));
        }
    }

    /** True for a missing or blank id; trims only values that start with a blank (trimming them all is slow). */
    private static String noCustomer(String expr, boolean text) {
        return expr + " IS NULL" + (text ? " OR " + expr + " = '' OR (" + expr + "[1] IN (' ', chr(9)) AND trim("
                + expr + ") = '')" : "");
    }

    private static String nullIf(String expr) {
        return "(" + expr + ") IS NULL";
    }

    private static String notNumber(String expr) {
        return "(" + expr + ") IS NULL OR NOT isfinite(" + expr + ")";
    }

    /** The staged column for an option, or an error naming the closest columns. */
    private String resolve(String role, String name) {
        if (types.containsKey(name)) {
            return name;
        }
        throw new DataException(where.source(), 0, null, "no " + role + " column '" + name + "'; "
                + Names.suggestion(name, new ArrayList<>(types.keySet())));
    }

    private String numberExpr(String role, String col) {
        String q = DuckDb.ident(col);
        String t = types.get(col);
        if (t.equals("VARCHAR")) {
            return "TRY_CAST(" + q + " AS DOUBLE)";
        } else if (NUMERIC.matcher(t).matches()) {
            return "CAST(" + q + " AS DOUBLE)";
        }
        throw new DataException(where.source(), 0, col, "the " + role + " column holds " + t + " values; it must hold numbers");
    }

    /**
     * SQL giving the purchase DATE of a row, NULL when the value does not parse. Without a format, text is
     * read as ISO 8601 (a date, or a timestamp cut to its day) or, when that fails, as basic {@code yyyyMMdd}.
     */
    private String dateExpr(String col) {
        String text = dateText(col);
        if (text == null) {
            return "CAST(" + DuckDb.ident(col) + " AS DATE)";
        }
        if (options.dateFormat() != null) {
            return "CAST(try_strptime(trim(" + text + "), " + DuckDb.literal(DateFormats.toStrptime(options.dateFormat()))
                    + ") AS DATE)";
        }
        return "coalesce(" + isoDate(text) + ", " + basicDate(text) + ")";
    }

    /** The date column as text, or {@code null} for a native DATE or TIMESTAMP column. */
    private String dateText(String col) {
        String q = DuckDb.ident(col);
        String t = types.get(col);
        if (t.equals("DATE") || t.startsWith("TIMESTAMP")) {
            return null;
        } else if (t.equals("VARCHAR")) {
            return q;
        } else if (NUMERIC.matcher(t).matches()) {
            return "CAST(TRY_CAST(" + q + " AS BIGINT) AS VARCHAR)";
        }
        throw new DataException(where.source(), 0, col, "the date column holds " + t + " values; it must hold dates");
    }

    private static String isoDate(String text) {
        return "TRY_CAST(" + text + " AS DATE)";
    }

    private static String basicDate(String text) {
        return "CASE WHEN length(trim(" + text + ")) = 8 THEN CAST(try_strptime(trim(" + text + "), '%Y%m%d') AS DATE) END";
    }

    /**
     * A cheaper equivalent of {@code full} when the first 1,000 dates all take one form (ISO or basic):
     * that form alone. Rows it cannot read make {@link #prepare} fall back to {@code full}.
     */
    private String fastDateExpr(String col, String full) throws SQLException {
        String text = dateText(col);
        if (text == null || options.dateFormat() != null) {
            return full;
        }
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE "
                + isoDate("v") + " IS NULL), count(*) FILTER (WHERE " + basicDate("v") + " IS NULL) FROM (SELECT " + text
                + " AS v FROM " + DuckDb.ident(staged) + " LIMIT 1000)")) {
            rs.next();
            return rs.getLong(1) == 0 ? isoDate(text) : rs.getLong(2) == 0 ? basicDate(text) : full;
        }
    }

    private String dateDescription() {
        return options.dateFormat() == null ? "dates (ISO yyyy-MM-dd, yyyyMMdd or yyyy-MM-dd HH:mm:ss)"
                : "dates in the format " + options.dateFormat();
    }

    /**
     * Fails when {@code bad} rows are found: runs {@code test} (true for a bad row) on the staged rows to
     * show the first few with their line numbers and raw values.
     */
    private void check(long bad, String col, String test, String what, String fix) throws SQLException {
        if (bad == 0) {
            return;
        }
        List<String> shown = new ArrayList<>();
        String rows = DuckDb.ident(staged);
        if (stagedView) {
            // a view over the file has no rowid: copy it (in file order) only now that there is an error to show
            rows = DuckDb.ident(staged + "_rows");
            DuckDb.exec(duck, "CREATE OR REPLACE TEMP TABLE " + rows + " AS SELECT * FROM " + DuckDb.ident(staged));
        }
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery("SELECT rowid, CAST("
                + DuckDb.ident(col) + " AS VARCHAR) FROM " + rows + " WHERE " + test
                + " ORDER BY rowid LIMIT " + EXAMPLES)) {
            while (rs.next()) {
                String raw = rs.getString(2);
                shown.add(where.row(rs.getLong(1)) + " " + (raw == null || raw.isBlank() ? "(empty)" : "'" + raw + "'"));
            }
        }
        throw new DataException(where.source(), 0, col, String.format(Locale.ROOT, "%,d %s: %s%s; %s", bad, what,
                String.join(", ", shown), bad > shown.size() ? ", ..." : "", fix));
    }
}
