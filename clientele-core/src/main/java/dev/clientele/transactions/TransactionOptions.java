package dev.clientele.transactions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * What {@link TransactionFeatures} reads and as of when: the columns of the log, how dates are written, the
 * cutoff date(s), the churn horizon, and whether negative amounts (refunds) are allowed.
 *
 * @param customer     customer column, required
 * @param date         purchase date column (a date, a timestamp, text or an 8-digit number), required
 * @param amount       amount column (numeric, or text holding plain numbers), required
 * @param quantity     item-count column, or {@code null}
 * @param dateFormat   Java-style pattern of text dates (e.g. {@code yyyyMMdd}, {@code dd/MM/yyyy HH:mm}), or
 *                     {@code null} for native dates, ISO 8601 dates/timestamps and basic {@code yyyyMMdd}
 * @param cutoffs      explicit cutoffs, ascending and distinct after sorting; empty when {@code cutoffCount} is used
 * @param cutoffCount  0 with explicit cutoffs, else the number of evenly spaced cutoffs to derive from the log
 *                     (the last one being the latest cutoff whose whole horizon lies inside the log), >= 1
 * @param horizonDays  churn horizon in days, >= 1: churned = no purchase in (cutoff, cutoff + horizon]
 * @param allowRefunds whether rows with a negative amount are accepted as refunds
 */
public record TransactionOptions(String customer, String date, String amount, String quantity, String dateFormat,
                                 List<LocalDate> cutoffs, int cutoffCount, int horizonDays, boolean allowRefunds) {

    /** The default horizon, 90 days. */
    public static final int DEFAULT_HORIZON_DAYS = 90;

    public TransactionOptions {
        required("customer", customer);
        required("date", date);
        required("amount", amount);
        if (quantity != null && quantity.isBlank()) {
            quantity = null;
        }
        if (dateFormat != null && dateFormat.isBlank()) {
            dateFormat = null;
        }
        if (dateFormat != null) {
            DateFormats.toStrptime(dateFormat);
        }
        cutoffs = cutoffs == null ? List.of() : cutoffs.stream().sorted().distinct().toList();
        if (cutoffs.isEmpty() == (cutoffCount == 0)) {
            throw new IllegalArgumentException("give either explicit cutoff dates or a number of cutoffs, not "
                    + (cutoffs.isEmpty() ? "neither" : "both"));
        }
        if (cutoffCount < 0) {
            throw new IllegalArgumentException("number of cutoffs must be >= 1, got " + cutoffCount);
        }
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be >= 1 day, got " + horizonDays);
        }
    }

    /** One cutoff, default horizon, no quantity, no date format, refunds refused. */
    public static TransactionOptions of(String customer, String date, String amount, LocalDate cutoff) {
        return new TransactionOptions(customer, date, amount, null, null, List.of(cutoff), 0, DEFAULT_HORIZON_DAYS, false);
    }

    public TransactionOptions withQuantity(String column) {
        return new TransactionOptions(customer, date, amount, column, dateFormat, cutoffs, cutoffCount, horizonDays, allowRefunds);
    }

    public TransactionOptions withDateFormat(String pattern) {
        return new TransactionOptions(customer, date, amount, quantity, pattern, cutoffs, cutoffCount, horizonDays, allowRefunds);
    }

    public TransactionOptions withHorizonDays(int days) {
        return new TransactionOptions(customer, date, amount, quantity, dateFormat, cutoffs, cutoffCount, days, allowRefunds);
    }

    public TransactionOptions withCutoffs(List<LocalDate> dates) {
        return new TransactionOptions(customer, date, amount, quantity, dateFormat, dates, 0, horizonDays, allowRefunds);
    }

    public TransactionOptions withCutoffCount(int count) {
        return new TransactionOptions(customer, date, amount, quantity, dateFormat, List.of(), count, horizonDays, allowRefunds);
    }

    public TransactionOptions withRefundsAllowed(boolean allowed) {
        return new TransactionOptions(customer, date, amount, quantity, dateFormat, cutoffs, cutoffCount, horizonDays, allowed);
    }

    /**
     * Parses a horizon such as {@code 90d}, {@code 90}, {@code 12w} (weeks) into days.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static int parseHorizon(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        int factor = 1;
        if (t.endsWith("d")) {
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("w")) {
            factor = 7;
            t = t.substring(0, t.length() - 1);
        }
        try {
            int n = Integer.parseInt(t.trim());
            if (n < 1 || n > 100_000 / factor) {
                throw new IllegalArgumentException("horizon must be between 1 day and 100000 days, got '" + text + "'");
            }
            return n * factor;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cannot read horizon '" + text + "'; write days as 90d (or 90) or weeks as 12w");
        }
    }

    /**
     * Parses a cutoff date written {@code yyyy-MM-dd}.
     *
     * @throws IllegalArgumentException showing the expected form
     */
    public static LocalDate parseCutoff(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("cannot read cutoff date '" + text + "'; write it as yyyy-MM-dd, e.g. 1997-09-30");
        }
    }

    private static void required(String what, String column) {
        if (column == null || column.isBlank()) {
            throw new IllegalArgumentException("the " + what + " column is required");
        }
    }
}
