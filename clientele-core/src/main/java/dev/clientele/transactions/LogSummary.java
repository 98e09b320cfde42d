package dev.clientele.transactions;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a checked purchase log holds.
 *
 * @param source     where it came from (file name or sanitised URL)
 * @param rows       transactions (rows), refunds included
 * @param customers  distinct customers
 * @param first      earliest transaction date
 * @param last       latest transaction date
 * @param refundRows rows with a negative amount (0 unless refunds are allowed)
 */
public record LogSummary(String source, long rows, long customers, LocalDate first, LocalDate last, long refundRows) {

    /** One line, e.g. "log.csv: 69,659 transactions by 23,570 customers, 1997-01-01 to 1998-06-30". */
    public String describe() {
        return String.format(Locale.ROOT, "%s: %,d transactions by %,d customers, %s to %s%s", source, rows, customers,
                first, last, refundRows > 0 ? String.format(Locale.ROOT, " (%,d refunds)", refundRows) : "");
    }
}
