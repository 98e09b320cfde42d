package dev.clientele.transactions;

import dev.clientele.data.BooleanColumn;
import dev.clientele.data.Column;
import dev.clientele.data.DataException;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import java.util.Arrays;

/**
 * Classic RFM scoring (Hughes 1994, "Strategic Database Marketing"): recency, frequency and monetary value
 * each scored 1-5 by quintile, 5 best (most recent, most frequent, highest spend), and a named segment per
 * customer from R and F ({@link RfmSegment}).
 *
 * <p>Quintiles and ties: a value's score is {@code 1 + floor(5 w / n)}, where {@code w} is the number of
 * customers with a strictly worse value (smaller frequency or spend, larger recency) and {@code n} the
 * number of customers. Equal values always share a score, the row order never matters, the worst value
 * always scores 1, and without ties each score holds n/5 customers (within one). Heavy ties make scores
 * skip: when 60% of customers bought once, they all get F = 1 and the next frequency gets F = 4.
 * Example: frequencies {0, 0, 1, 2, 5} give F = 1, 1, 3, 4, 5.
 */
public final class RfmScoring {
    /** The columns {@link TransactionFeatures} writes for R, F and M. */
    public static final String RECENCY = "recency_days";
    public static final String FREQUENCY = "frequency";
    public static final String MONETARY = "monetary_total";
    /** The 0/1 churn column {@link TransactionFeatures} writes; used for churn rates when present. */
    public static final String CHURNED = "churned";

    private RfmScoring() {
    }

    /** Scores a feature table written by {@link TransactionFeatures} (its column names, churn rates if labelled). */
    public static RfmResult score(Table table) {
        return score(table, RECENCY, FREQUENCY, MONETARY);
    }

    /** Scores any table; churn rates come from a {@code churned} column when there is one. */
    public static RfmResult score(Table table, String recency, String frequency, String monetary) {
        return score(table, recency, frequency, monetary, table.has(CHURNED) ? CHURNED : null);
    }

    /**
     * Scores any table.
     *
     * @param churn a 0/1 (or boolean) churn column for per-segment churn rates, or {@code null}
     * @throws DataException when a column is missing, not numeric, or has missing values
     */
    public static RfmResult score(Table table, String recency, String frequency, String monetary, String churn) {
        double[] r = complete(table, recency);
        double[] f = complete(table, frequency);
        double[] m = complete(table, monetary);
        int[] rs = quintiles(r, true);
        int[] fs = quintiles(f, false);
        int[] ms = quintiles(m, false);
        RfmSegment[] seg = new RfmSegment[r.length];
        for (int i = 0; i < seg.length; i++) {
            seg[i] = RfmSegment.of(rs[i], fs[i]);
        }
        return new RfmResult(table.source(), new String[] {recency, frequency, monetary}, r, f, m, rs, fs, ms, seg,
                churn == null ? null : churnFlags(table, churn), churn);
    }

    /**
     * Quintile scores 1-5: {@code 1 + floor(5 w / n)} with {@code w} the count of strictly worse values;
     * worse means larger when {@code lowerIsBetter}, smaller otherwise.
     */
    static int[] quintiles(double[] values, boolean lowerIsBetter) {
        int n = values.length;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            long worse = lowerIsBetter ? n - countBelow(sorted, values[i], true) : countBelow(sorted, values[i], false);
            out[i] = 1 + (int) (5 * worse / n);
        }
        return out;
    }

    /** The number of sorted values below {@code v} ({@code < v}, or {@code <= v} when {@code orEqual}). */
    private static int countBelow(double[] sorted, double v, boolean orEqual) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v || (orEqual && sorted[mid] == v)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] complete(Table table, String name) {
        NumericColumn c = table.numeric(name);
        if (c.missingCount() > 0) {
            int first = 0;
            while (!c.isMissing(first)) {
                first++;
            }
            throw new DataException(table.source(), 0, name, String.format(java.util.Locale.ROOT, "%,d missing value%s (first at row ",
                    c.missingCount(), c.missingCount() == 1 ? "" : "s")
                    + (first + 1) + "); RFM needs recency, frequency and monetary values for every customer");
        }
        if (c.size() == 0) {
            throw new DataException(table.source(), 0, null, "no customers to score");
        }
        return c.toArray();
    }

    /** 1 = churned, 0 = stayed, -1 = unknown (missing). */
    private static byte[] churnFlags(Table table, String name) {
        Column c = table.column(name);
        byte[] flags = new byte[c.size()];
        for (int i = 0; i < flags.length; i++) {
            if (c.isMissing(i)) {
                flags[i] = -1;
            } else if (c instanceof BooleanColumn b) {
                flags[i] = (byte) b.code(i);
            } else if (c instanceof NumericColumn n && (n.get(i) == 0 || n.get(i) == 1)) {
                flags[i] = (byte) n.get(i);
            } else {
                throw new DataException(table.source(), 0, name, "churn flags must be 0 or 1, found '" + c.text(i)
                        + "' at row " + (i + 1));
            }
        }
        return flags;
    }
}
