package dev.clientele.segment;

import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;

/**
 * K-Means clustering: greedy k-means++ seeding (Arthur &amp; Vassilvitskii 2007, with {@code 2 + ln k}
 * candidates per step as in scikit-learn) followed by Lloyd iterations accelerated with Hamerly's bounds
 * (Hamerly 2010), best of {@code nInit} restarts by inertia.
 *
 * <p>The restarts' seedings run together, one pass over the data per centre for all of them; their
 * Lloyd iterations then run one restart after the other. The points are copied once into column tiles
 * (see {@link Tiles}); every pass runs over fixed blocks
 * of 4,096 rows on {@link KMeansOptions#threads()} threads and combines the blocks' partial sums in
 * block order, so a seed gives the same centroids, labels and inertia whatever the thread count.
 * Convergence follows scikit-learn 1.2: stop when no label changes, or when the summed squared centroid
 * shift is at most {@code tolerance * mean per-feature variance}, or after {@code maxIterations}.
 *
 * <p>Example: the 150 iris flowers (4 measurements), {@code KMeansOptions.of(3, 0)} gives inertia
 * 78.851441426146, the value scikit-learn 1.2.1 reports for {@code KMeans(3, n_init=10)}.
 */
public final class KMeans {
    /**
     * Restarts are seeded together, sharing each pass over the data, as long as their nearest-centre
     * distances (8 bytes per point each) stay within this many points in all: 10 restarts up to 4 million
     * points.
     */
    private static final int SEEDING_POINTS = 40_000_000;

    private KMeans() {
    }

    /**
     * Clusters {@code n} points of dimension {@code d} held row-major in {@code x}.
     *
     * @throws IllegalArgumentException when {@code n} or {@code d} is below 1, the array length is not
     *                                  {@code n * d}, or {@code k > n}
     * @throws dev.clientele.data.DataException when a value is NaN or infinite (naming row and feature)
     */
    public static KMeansResult fit(double[] x, int n, int d, KMeansOptions o) {
        return fit(x, n, d, o, null);
    }

    /** As {@link #fit(double[], int, int, KMeansOptions)}; {@code trace} gets each iteration's inertia. */
    static KMeansResult fit(double[] x, int n, int d, KMeansOptions o, DoubleConsumer trace) {
        checkShape(x, n, d);
        if (o.k() > n) {
            throw new IllegalArgumentException("k (" + o.k() + ") cannot exceed the number of points (" + n + ")");
        }
        try (Workers workers = new Workers(o.threads())) {
            Tiles tiles = Tiles.of(x, n, d, null, workers);
            double tol = o.tolerance() * tiles.meanVariance();
            SplittableRandom seeds = new SplittableRandom(o.seed());
            KMeansPlusPlus seeding = new KMeansPlusPlus(tiles, workers);
            Hamerly lloyd = new Hamerly(tiles, o.k(), workers);
            Hamerly.Outcome best = null;
            double seedingSeconds = 0;
            double lloydSeconds = 0;
            int group = Math.max(1, Math.min(o.nInit(), SEEDING_POINTS / n));
            for (int first = 0; first < o.nInit(); first += group) {
                SplittableRandom[] streams = new SplittableRandom[Math.min(group, o.nInit() - first)];
                for (int q = 0; q < streams.length; q++) {
                    streams[q] = seeds.split();
                }
                long t0 = System.nanoTime();
                double[][] initial = seeding.centres(o.k(), streams);
                long t1 = System.nanoTime();
                seedingSeconds += (t1 - t0) / 1e9;
                for (double[] c : initial) {
                    Hamerly.Outcome r = lloyd.run(c, o.maxIterations(), tol, trace);
                    if (best == null || r.inertia() < best.inertia()) {
                        best = r;
                    }
                }
                lloydSeconds += (System.nanoTime() - t1) / 1e9;
            }
            return new KMeansResult(o.k(), d, best.centres(), best.labels(), best.inertia(), best.iterations(),
                seedingSeconds, lloydSeconds);
        }
    }

    /**
     * Nearest centroid of each of {@code n} points (lowest index on ties): puts new points into the
     * segments of a fit.
     *
     * @param centroids row-major {@code k * d}
     * @throws IllegalArgumentException on a bad shape
     * @throws dev.clientele.data.DataException when a value is NaN or infinite
     */
    public static int[] predict(double[] x, int n, int d, double[] centroids, int k) {
        checkShape(x, n, d);
        if (k < 1 || centroids.length != (long) k * d) {
            throw new IllegalArgumentException("centroids length " + centroids.length + " != k * d = " + (long) k * d);
        }
        int[] labels = new int[n];
        try (Workers workers = new Workers(Runtime.getRuntime().availableProcessors())) {
            Tiles tiles = Tiles.of(x, n, d, null, workers);
            workers.run(tiles.count, t -> {
                double[][] dist = new double[k][Tiles.ROWS];
                int[] nearest = new int[Tiles.ROWS];
                tiles.dist2(t, centroids, 0, k, dist);
                Tiles.nearest(dist, k, tiles.rows(t), nearest, new double[Tiles.ROWS], null);
                System.arraycopy(nearest, 0, labels, t * Tiles.ROWS, tiles.rows(t));
            });
        }
        return labels;
    }

    /** Checks that {@code x} holds {@code n >= 1} points of dimension {@code d >= 1}. */
    static void checkShape(double[] x, int n, int d) {
        if (n < 1) {
            throw new IllegalArgumentException("n (number of points) must be >= 1, got " + n);
        }
        if (d < 1) {
            throw new IllegalArgumentException("d (number of features) must be >= 1, got " + d);
        }
        if (x.length != (long) n * d) {
            throw new IllegalArgumentException("data length " + x.length + " != n * d = " + (long) n * d);
        }
    }
}
