package dev.clientele.features;

/**
 * How {@link FeaturePipeline#fit} encodes columns.
 *
 * @param rareMinCount       a category level seen in fewer training rows than this is pooled into
 *                           {@code (other)}; must be >= 1
 * @param rareMinShare       ... or in a smaller share of the non-missing training rows than this; in [0, 0.5)
 * @param logSkewness        a non-negative numeric column with at least 10 distinct values and a sample
 *                           skewness above this gets {@code log1p} before standardisation (linear view);
 *                           must be > 0 ({@code Double.POSITIVE_INFINITY} disables the transform)
 * @param indicatorMinMissing a missing indicator is added only when at least this many training rows are
 *                           missing; must be >= 1
 * @param indicatorMinZ      ... and the churn rate of the missing rows differs from the others' by at least
 *                           this many standard errors (two-proportion z test); must be >= 0
 */
public record FeatureOptions(int rareMinCount, double rareMinShare, double logSkewness, int indicatorMinMissing,
                             double indicatorMinZ) {

    /** Defaults: pool levels under 10 rows or 0.5%, log1p above skewness 0.75, indicator at 10 rows and z >= 2. */
    public static final FeatureOptions DEFAULTS = new FeatureOptions(10, 0.005, 0.75, 10, 2.0);

    public FeatureOptions {
        if (rareMinCount < 1) {
            throw new IllegalArgumentException("rareMinCount must be >= 1, got " + rareMinCount);
        }
        if (!(rareMinShare >= 0 && rareMinShare < 0.5)) {
            throw new IllegalArgumentException("rareMinShare must be in [0, 0.5), got " + rareMinShare);
        }
        if (!(logSkewness > 0)) {
            throw new IllegalArgumentException("logSkewness must be > 0, got " + logSkewness);
        }
        if (indicatorMinMissing < 1) {
            throw new IllegalArgumentException("indicatorMinMissing must be >= 1, got " + indicatorMinMissing);
        }
        if (!(indicatorMinZ >= 0)) {
            throw new IllegalArgumentException("indicatorMinZ must be >= 0, got " + indicatorMinZ);
        }
    }
}
