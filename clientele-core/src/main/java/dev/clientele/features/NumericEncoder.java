package dev.clientele.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A numeric (or boolean, read as 0/1) column. Linear view: the value, missing replaced by the training
 * median, then scaled by {@link #scale} (standard, or log-standard for heavy-tailed non-negative amounts),
 * plus a 0/1 missing indicator when {@link #indicator}. Tree view: the raw value, NaN when missing.
 *
 * @param column    input column name
 * @param median    training median of the non-missing values (0 when there were none)
 * @param scale     standardisation fitted on the imputed training values
 * @param indicator whether a missing indicator follows the value in the linear view
 */
public record NumericEncoder(String column, double median, ColumnScale scale, boolean indicator)
        implements ColumnEncoder {

    /** Fits on the given values (NaN = missing); {@code y} holds 0/1 labels aligned with {@code values}. */
    static NumericEncoder fit(String column, double[] values, int[] y, FeatureOptions options) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double median = present.length == 0 ? 0 : Scaling.quantile(present, 0.5);
        double[] imputed = values.clone();
        for (int i = 0; i < imputed.length; i++) {
            if (Double.isNaN(imputed[i])) {
                imputed[i] = median;
            }
        }
        Scaling kind = heavyTailed(present, options.logSkewness()) ? Scaling.LOG_STANDARD : Scaling.STANDARD;
        boolean indicator = MissingIndicator.informative(values, y, options);
        return new NumericEncoder(column, median, kind.fit(imputed), indicator);
    }

    /** Non-negative, at least 10 distinct values, skewness above the limit. */
    static boolean heavyTailed(double[] sorted, double limit) {
        if (sorted.length < 3 || sorted[0] < 0) {
            return false;
        }
        int distinct = 1;
        for (int i = 1; i < sorted.length && distinct < 10; i++) {
            if (sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        return distinct >= 10 && skewness(sorted) > limit;
    }

    /** Sample skewness g1 = m3 / m2^1.5 (moments about the mean, denominator n). */
    static double skewness(double[] v) {
        double mean = Moments.mean(v);
        double m2 = 0;
        double m3 = 0;
        for (double x : v) {
            double d = x - mean;
            m2 += d * d;
            m3 += d * d * d;
        }
        m2 /= v.length;
        m3 /= v.length;
        return m2 > 0 ? m3 / Math.pow(m2, 1.5) : 0;
    }

    /** The linear-view value of a raw value (NaN = missing). */
    public double linear(double raw) {
        return scale.apply(Double.isNaN(raw) ? median : raw);
    }

    @Override
    public List<String> linearNames() {
        List<String> names = new ArrayList<>(List.of(column));
        if (indicator) {
            names.add(column + MISSING_SUFFIX);
        }
        return names;
    }

    @Override
    public List<String> treeNames() {
        return List.of(column);
    }
}
