package dev.clientele.features;

import java.util.Arrays;
import java.util.Locale;

/**
 * Ways to put a numeric column on a common scale. Missing values (NaN) are ignored when fitting and stay
 * NaN when transforming.
 * <ul>
 *   <li>{@link #STANDARD}: (x - mean) / sd, sd with denominator n (as scikit-learn's StandardScaler);</li>
 *   <li>{@link #ROBUST}: (x - median) / IQR, quartiles by linear interpolation (numpy's default);</li>
 *   <li>{@link #MINMAX}: (x - min) / (max - min), into [0, 1] on the fitted data;</li>
 *   <li>{@link #LOG_STANDARD}: standard scaling of sign(x) * log(1 + |x|), for heavy-tailed amounts;</li>
 *   <li>{@link #NONE}: identity.</li>
 * </ul>
 * A zero spread (constant column) scales by 1, so the column becomes 0 rather than NaN.
 */
public enum Scaling {
    NONE, STANDARD, ROBUST, MINMAX, LOG_STANDARD;

    /** Parses a CLI name: {@code standard}, {@code robust}, {@code minmax}, {@code log-standard}, {@code none}. */
    public static Scaling parse(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return valueOf(n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown scaler '" + name + "'; use standard, robust, minmax, log-standard or none");
        }
    }

    /** CLI name of this scaling. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Fits this scaling to the non-NaN values of a column. */
    public ColumnScale fit(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).map(this::pre).toArray();
        if (this == NONE || v.length == 0) {
            return new ColumnScale(this, 0, 1);
        }
        double center;
        double spread;
        switch (this) {
            case STANDARD, LOG_STANDARD -> {
                center = Moments.mean(v);
                spread = Moments.populationStd(v);
            }
            case ROBUST -> {
                Arrays.sort(v);
                center = quantile(v, 0.5);
                spread = quantile(v, 0.75) - quantile(v, 0.25);
            }
            case MINMAX -> {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (double x : v) {
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
                center = min;
                spread = max - min;
            }
            default -> throw new IllegalStateException();
        }
        return new ColumnScale(this, center, spread > 0 && Double.isFinite(spread) ? spread : 1);
    }

    /** The transform applied before centring: symmetric log for {@link #LOG_STANDARD}, identity otherwise. */
    double pre(double x) {
        return this == LOG_STANDARD ? Math.signum(x) * Math.log1p(Math.abs(x)) : x;
    }

    /** Quantile of sorted values by linear interpolation between closest ranks (numpy "linear"). */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
