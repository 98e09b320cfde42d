package dev.clientele.transactions;

import dev.clientele.data.DuckDb;
import java.time.LocalDate;

/**
 * The DuckDB SQL behind {@link TransactionFeatures}: per snapshot, one hash aggregation over the rows of
 * the clean log {@code tx(c, d, a[, q])} dated on or before the cutoff, collecting each customer's sums and
 * purchase dates; the sorted date list gives the gaps between purchase days (its positive differences:
 * rows on one day differ by 0), so no global sort of the log is needed and the purchase days number
 * {@code gaps + 1}.
 *
 * <p>No leakage: the aggregation reads only rows with {@code d <= cutoff}; the label subquery is the only
 * expression that reads later rows, and it feeds {@code churned} alone.
 */
final class FeatureQueries {
    /** Days of each spend window for {@code spend_last_90d} / {@code spend_prev_90d}. */
    static final int SPEND_WINDOW_DAYS = 90;

    private FeatureQueries() {
    }

    /**
     * A sum that does not depend on row order: DuckDB adds doubles in whatever order its parallel hash
     * aggregation meets them, so the last bit of a plain {@code sum} varies from run to run. Summing
     * in DECIMAL(38, 12) is exact (amounts are rounded to 12 decimals first), hence order-free, and
     * the result is the correctly rounded double of the exact total.
     */
    static String exactSum(String column, String filter) {
        return "CAST(sum(CAST(" + column + " AS DECIMAL(38, 12)))" + filter + " AS DOUBLE)";
    }

    /**
     * One snapshot as of {@code cutoff}: one row per customer with a purchase on or before it, ordered by
     * customer.
     *
     * @param customer   output name of the customer column
     * @param snapshot   whether to lead with a {@code snapshot} column holding the cutoff
     * @param labelled   whether to add {@code churned} from purchases in (cutoff, cutoff + horizon]
     * @param unlabelled whether to add an empty {@code churned} (other snapshots are labelled)
     */
    static String snapshot(String customer, LocalDate cutoff, int horizon, boolean quantity, boolean refunds,
                           boolean snapshot, boolean labelled, boolean unlabelled) {
        String cut = "DATE " + DuckDb.literal(cutoff.toString());
        String purchase = refunds ? " FILTER (WHERE a >= 0)" : "";
        String agg = "SELECT c, max(d)" + purchase + " AS last_day, min(d)" + purchase + " AS first_day, "
                + exactSum("a", "") + " AS monetary_total, "
                + "coalesce(" + exactSum("a", " FILTER (WHERE d > " + cut + " - " + SPEND_WINDOW_DAYS + ")")
                + ", 0) AS spend_last_90d, "
                + "coalesce(" + exactSum("a", " FILTER (WHERE d <= " + cut + " - " + SPEND_WINDOW_DAYS + " AND d > "
                + cut + " - " + 2 * SPEND_WINDOW_DAYS + ")") + ", 0) AS spend_prev_90d, "
                + (quantity ? exactSum("q", "") + " AS quantity_total, " : "")
                + "list_sort(list(d)" + purchase + ") AS days "
                + "FROM tx WHERE d <= " + cut + " GROUP BY c" + (refunds ? " HAVING count(*) FILTER (WHERE a >= 0) > 0" : "");
        String gaps = "SELECT *, list_filter(list_transform(days[2:], lambda x, i: x - days[i]), lambda g: g > 0) AS gaps "
                + "FROM (" + agg + ")";

        StringBuilder sql = new StringBuilder("SELECT ");
        if (snapshot) {
            sql.append(cut).append(" AS snapshot, ");
        }
        sql.append("f.c AS ").append(DuckDb.ident(customer)).append(", ")
                .append(cut).append(" - last_day AS recency_days, ")
                .append("len(gaps) AS frequency, ")
                .append("monetary_total, ")
                .append("monetary_total / (len(gaps) + 1) AS monetary_mean, ")
                .append(cut).append(" - first_day AS tenure_days, ")
                .append("list_avg(gaps) AS interpurchase_mean_days, ")
                .append("list_stddev_samp(gaps) AS interpurchase_std_days, ")
                .append("spend_last_90d, spend_prev_90d, ")
                .append("CASE WHEN abs(spend_last_90d) + abs(spend_prev_90d) = 0 THEN 0.0 ELSE (spend_last_90d - spend_prev_90d) ")
                .append("/ (abs(spend_last_90d) + abs(spend_prev_90d)) END AS spend_trend, ")
                .append("len(list_distinct(list_transform(days, lambda x: year(x) * 12 + month(x)))) AS active_months");
        if (quantity) {
            sql.append(", quantity_total, quantity_total / (len(gaps) + 1) AS quantity_mean");
        }
        if (labelled) {
            sql.append(", CASE WHEN b.c IS NULL THEN 1 ELSE 0 END AS churned FROM (").append(gaps).append(") f LEFT JOIN ")
                    .append("(SELECT DISTINCT c FROM tx WHERE d > ").append(cut).append(" AND d <= ").append(cut)
                    .append(" + ").append(horizon).append(refunds ? " AND a >= 0" : "").append(") b ON f.c = b.c");
        } else {
            sql.append(unlabelled ? ", CAST(NULL AS INTEGER) AS churned" : "").append(" FROM (").append(gaps).append(") f");
        }
        return sql.append(" ORDER BY f.c").toString();
    }
}
