package dev.clientele.segment;

import dev.clientele.data.DataException;
import dev.clientele.data.DataFingerprint;
import dev.clientele.data.Table;
import dev.clientele.features.Scaling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fits one segmentation configuration (columns, scaling, k) with K-Means and returns an immutable
 * {@link SegmentationModel}. Holds only options and a seed; the same seed and table give the same model.
 *
 * <p>Steps: fit the {@link FeatureSpace} (imputation medians and scalers) on the table, map the rows to
 * points, run {@link KMeans} (k-means++ seeding, Lloyd, best of {@code nInit} restarts), renumber the
 * segments by size, largest first, and label each point by the model's own nearest-centroid rule (so that
 * {@link SegmentationModel#assign} reproduces the training labels exactly).
 */
public final class KMeansTrainer {
    private static final int MAX_ITERATIONS = 300;
    private static final double TOLERANCE = 1e-4;
    private final SegmentationOptions options;

    public KMeansTrainer(SegmentationOptions options) {
        this.options = options;
    }

    /**
     * One configuration.
     *
     * @param columns feature columns
     * @param scaler  scaling of the numeric ones
     * @param k       number of segments, >= 2
     */
    public record Config(List<String> columns, Scaling scaler, int k) {
        public Config {
            columns = List.copyOf(columns);
            if (k < 2) {
                throw new IllegalArgumentException("k must be >= 2, got " + k);
            }
        }

        /** A short description such as {@code [a, b] standard k=4}. */
        public String describe() {
            return columns + " " + scaler.label() + " k=" + k;
        }
    }

    /**
     * A fitted configuration with the points it was fitted on.
     *
     * @param model      the model (segments numbered by size)
     * @param data       the training rows mapped to points
     * @param labels     segment of each point, in the model's numbering
     * @param inertia    sum of squared distances to the centroids
     * @param iterations Lloyd iterations of the winning restart
     */
    public record Fit(SegmentationModel model, FeatureSpace.Encoded data, int[] labels, double inertia, int iterations) {
    }

    /** Trains the options' only configuration: the pool's columns, the first scaler and the smallest k. */
    public SegmentationModel train(Table table) {
        FeaturePool pool = FeaturePool.of(table, options);
        return fit(table, pool, new Config(pool.columns(), options.scalers().get(0), options.k().min()), options.nInit()).model();
    }

    /**
     * Fits one configuration.
     *
     * @throws IllegalArgumentException when k exceeds the number of rows
     * @throws DataException            when no row is complete or fewer than k rows differ
     */
    public Fit fit(Table table, FeaturePool pool, Config c, int nInit) {
        FeatureSpace space = space(table, pool, c);
        FeatureSpace.Encoded e = points(table, space);
        checkK(table, space, e, c.k());
        KMeansOptions ko = new KMeansOptions(c.k(), nInit, MAX_ITERATIONS, TOLERANCE, options.seed(), options.threads());
        KMeansResult r = KMeans.fit(e.x(), e.n(), e.d(), ko);
        int[] order = bySize(r.sizes());
        double[] centroids = new double[r.centroids().length];
        for (int l = 0; l < c.k(); l++) {
            System.arraycopy(r.centroids(), order[l] * e.d(), centroids, l * e.d(), e.d());
        }
        int[] labels = new int[e.n()];
        SegmentationModel.nearest(e.x(), e.n(), e.d(), centroids, c.k(), labels, new double[e.n()]);
        List<String> names = new ArrayList<>();
        for (int l = 1; l <= c.k(); l++) {
            names.add("Segment " + l);
        }
        var prov = new SegmentationModel.Provenance(options.seed(), options.toMap(), DataFingerprint.of(table), null);
        var model = new SegmentationModel(space, c.k(), centroids, names, prov);
        return new Fit(model, e, labels, r.inertia(), r.iterations());
    }

    /** The fitted feature space of a configuration. */
    FeatureSpace space(Table table, FeaturePool pool, Config c) {
        Set<String> oneHot = new HashSet<>(pool.oneHot());
        oneHot.retainAll(c.columns());
        return FeatureSpace.fit(table, c.columns(), oneHot, c.scaler(), options.impute());
    }

    /** The table's rows as points; refuses a table with no complete row. */
    static FeatureSpace.Encoded points(Table table, FeatureSpace space) {
        FeatureSpace.Encoded e = space.encode(table);
        if (e.n() == 0) {
            throw new DataException(table.source(), 0, null, "no row has a value in every feature " + space.columns()
                    + "; use --impute to fill missing values, or choose other --features");
        }
        return e;
    }

    static void checkK(Table table, FeatureSpace space, FeatureSpace.Encoded e, int k) {
        if (k > e.n() && e.incomplete() > 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "k (%d) cannot exceed the number of customers "
                    + "with every feature present (%,d; %,d %s with a missing value %s dropped); add --impute to keep them, "
                    + "or choose a smaller --k", k, e.n(), e.incomplete(), e.incomplete() == 1 ? "row" : "rows",
                    e.incomplete() == 1 ? "was" : "were"));
        }
        if (k > e.n()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "k (%d) cannot exceed the number of customers (%,d)", k, e.n()));
        }
        int distinct = distinctPoints(e.x(), e.n(), e.d(), k);
        if (distinct == 1) {
            throw new DataException(table.source(), 0, null, "all " + String.format(Locale.ROOT, "%,d", e.n()) + " rows are identical in the features "
                    + space.columns() + "; there is nothing to segment: choose other --features");
        }
        if (distinct < k) {
            throw new DataException(table.source(), 0, null, "only " + distinct + " distinct customers in the features "
                    + space.columns() + ", fewer than k = " + k + "; use a smaller --k");
        }
    }

    /** Number of distinct points, counted up to {@code limit}. */
    static int distinctPoints(double[] x, int n, int d, int limit) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < n && found.size() < limit; i++) {
            boolean dup = false;
            for (int f : found) {
                if (Arrays.equals(x, i * d, (i + 1) * d, x, f * d, (f + 1) * d)) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                found.add(i);
            }
        }
        return found.size();
    }

    /** Segment indexes ordered by size, largest first (ties: lower index first). */
    static int[] bySize(int[] sizes) {
        Integer[] idx = new Integer[sizes.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> sizes[a] != sizes[b] ? Integer.compare(sizes[b], sizes[a]) : Integer.compare(a, b));
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }
}
