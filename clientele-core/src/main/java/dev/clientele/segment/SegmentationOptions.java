package dev.clientele.segment;

import dev.clientele.features.Scaling;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a segmentation run may try and how it judges the result; validated once here.
 *
 * @param features        columns to segment on (numeric and 0/1 columns as they are, text columns one-hot
 *                        encoded); empty means every numeric column with more than two distinct values
 *                        that is neither an id nor excluded
 * @param oneHot          with an empty {@code features}: also offer text and two-valued columns, one-hot
 *                        encoded, to the search
 * @param exclude         columns never used as features (the id, the target, ...)
 * @param scalers         scalings to try, at least one
 * @param k               the numbers of segments to try
 * @param nInit           K-Means restarts of the final fit, >= 1 (the search uses at most {@link #SEARCH_N_INIT})
 * @param silhouette      the silhouette that scores and is reported
 * @param seed            random seed: the same seed and data give the same segments
 * @param impute          fill missing values with the median (numbers) or no level (text), fitted on the data,
 *                        instead of dropping the rows
 * @param search          search over feature subsets (forward selection) as well as scalers and k
 * @param minFeatures     the search rejects configurations with fewer features, >= 1
 * @param maxFeatures     the search stops adding features here, >= minFeatures
 * @param minSegmentShare configurations with a segment holding a smaller share of rows are rejected, in [0, 0.5)
 * @param threads         worker threads for the kernels, >= 1
 */
public record SegmentationOptions(List<String> features, boolean oneHot, List<String> exclude, List<Scaling> scalers,
                                  KRange k, int nInit, SilhouetteSpec silhouette, long seed, boolean impute,
                                  boolean search, int minFeatures, int maxFeatures, double minSegmentShare,
                                  int threads) {
    /** K-Means restarts per configuration during the search (the chosen one is refitted with {@code nInit}). */
    public static final int SEARCH_N_INIT = 3;
    /** The scalings {@code --scaler auto} tries. */
    public static final List<Scaling> AUTO_SCALERS =
            List.of(Scaling.STANDARD, Scaling.ROBUST, Scaling.MINMAX, Scaling.LOG_STANDARD);

    public SegmentationOptions {
        features = List.copyOf(features);
        exclude = List.copyOf(exclude);
        scalers = List.copyOf(scalers);
        if (scalers.isEmpty()) {
            throw new IllegalArgumentException("at least one scaler is needed");
        }
        if (k == null || silhouette == null) {
            throw new IllegalArgumentException("k and silhouette must be given");
        }
        if (nInit < 1) {
            throw new IllegalArgumentException("n-init must be >= 1, got " + nInit);
        }
        if (minFeatures < 1) {
            throw new IllegalArgumentException("min-features must be >= 1, got " + minFeatures);
        }
        if (maxFeatures < minFeatures) {
            throw new IllegalArgumentException("max-features (" + maxFeatures + ") must be >= min-features (" + minFeatures + ")");
        }
        if (!(minSegmentShare >= 0 && minSegmentShare < 0.5)) {
            throw new IllegalArgumentException("min segment share must be in [0, 0.5), got " + minSegmentShare);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** Defaults: all numeric columns, standard scaling, k = 2..10, 10 restarts, auto silhouette, drop missing. */
    public static SegmentationOptions defaults(long seed) {
        return new SegmentationOptions(List.of(), false, List.of(), List.of(Scaling.STANDARD), new KRange(2, 10), 10,
                SilhouetteSpec.AUTO, seed, false, false, 2, 8, 0.02, Runtime.getRuntime().availableProcessors());
    }

    public SegmentationOptions withFeatures(List<String> f) {
        return new SegmentationOptions(f, oneHot, exclude, scalers, k, nInit, silhouette, seed, impute, search,
                minFeatures, maxFeatures, minSegmentShare, threads);
    }

    public SegmentationOptions withExclude(List<String> e) {
        return new SegmentationOptions(features, oneHot, e, scalers, k, nInit, silhouette, seed, impute, search,
                minFeatures, maxFeatures, minSegmentShare, threads);
    }

    public SegmentationOptions withScalers(List<Scaling> s) {
        return new SegmentationOptions(features, oneHot, exclude, s, k, nInit, silhouette, seed, impute, search,
                minFeatures, maxFeatures, minSegmentShare, threads);
    }

    public SegmentationOptions withK(KRange range) {
        return new SegmentationOptions(features, oneHot, exclude, scalers, range, nInit, silhouette, seed, impute,
                search, minFeatures, maxFeatures, minSegmentShare, threads);
    }

    public SegmentationOptions withNInit(int n) {
        return new SegmentationOptions(features, oneHot, exclude, scalers, k, n, silhouette, seed, impute, search,
                minFeatures, maxFeatures, minSegmentShare, threads);
    }

    public SegmentationOptions withSilhouette(SilhouetteSpec s) {
        return new SegmentationOptions(features, oneHot, exclude, scalers, k, nInit, s, seed, impute, search,
                minFeatures, maxFeatures, minSegmentShare, threads);
    }

    public SegmentationOptions withImpute(boolean i) {
        return new SegmentationOptions(features, oneHot, exclude, scalers, k, nInit, silhouette, seed, i, search,
                minFeatures, maxFeatures, minSegmentShare, threads);
    }

    /** Search over feature subsets (forward selection), optionally offering one-hot text columns too. */
    public SegmentationOptions withSearch(boolean s, boolean withOneHot) {
        return new SegmentationOptions(features, withOneHot, exclude, scalers, k, nInit, silhouette, seed, impute, s,
                minFeatures, maxFeatures, minSegmentShare, threads);
    }

    public SegmentationOptions withMinFeatures(int m) {
        return new SegmentationOptions(features, oneHot, exclude, scalers, k, nInit, silhouette, seed, impute, search,
                m, Math.max(m, maxFeatures), minSegmentShare, threads);
    }

    public SegmentationOptions withMinSegmentShare(double share) {
        return new SegmentationOptions(features, oneHot, exclude, scalers, k, nInit, silhouette, seed, impute, search,
                minFeatures, maxFeatures, share, threads);
    }

    public SegmentationOptions withThreads(int t) {
        return new SegmentationOptions(features, oneHot, exclude, scalers, k, nInit, silhouette, seed, impute, search,
                minFeatures, maxFeatures, minSegmentShare, t);
    }

    /** The options as flat keys (for the bundle manifest and metrics.json). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("features", String.join(",", features));
        m.put("oneHot", oneHot);
        m.put("exclude", String.join(",", exclude));
        m.put("scalers", String.join(",", scalers.stream().map(Scaling::label).toList()));
        m.put("k", k.toString());
        m.put("nInit", nInit);
        m.put("silhouette", silhouette.label());
        m.put("seed", seed);
        m.put("impute", impute);
        m.put("search", search);
        m.put("minFeatures", minFeatures);
        m.put("maxFeatures", maxFeatures);
        m.put("minSegmentShare", minSegmentShare);
        return m;
    }
}
