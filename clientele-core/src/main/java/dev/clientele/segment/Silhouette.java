package dev.clientele.segment;

import dev.clientele.Progress;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Silhouette scores (Rousseeuw 1987): for point i with mean distance a(i) to the other members of its
 * cluster and smallest mean distance b(i) to the members of another cluster,
 * s(i) = (b - a) / max(a, b); s(i) = 0 for a point alone in its cluster. The score is the mean of s(i).
 *
 * <p>Modes ({@link SilhouetteMode}): {@code EXACT} in O(n^2 d) time and O(n k) memory, each pair of points
 * once, tiled and multi-threaded ({@link ExactSilhouette}); {@code SAMPLED} is exact on a seeded uniform
 * sample; {@code SQUARED} and {@code SIMPLIFIED} cost O(n k d) ({@link CentroidSilhouettes}). Every mode
 * gives the same value whatever the thread count.
 *
 * <p>Example: the 150 iris flowers with their species as labels score 0.503477440693 exact and
 * 0.656667017879 squared, as scikit-learn 1.2.1's {@code silhouette_score} (metric euclidean / sqeuclidean).
 *
 * <p>When the {@code jdk.incubator.vector} module is present (JVM option
 * {@code --add-modules jdk.incubator.vector}) the exact mode on 40,000 points or more uses
 * {@link VectorPairKernel}, about 2.5 times as fast; without it, plain Java loops give the same values to
 * about 1e-15. System property {@code clientele.vector=false} turns the Vector API off.
 */
public final class Silhouette {
    /**
     * Fewest points for which the exact mode uses the Vector API kernel: below, its one-off JIT warm-up
     * (0.2 to 1 s) costs more than it saves.
     */
    static final int VECTOR_MIN_POINTS = 40_000;
    private static final ExactSilhouette.PairKernel VECTOR = loadVectorKernel();

    private Silhouette() {
    }

    /**
     * Whether the exact silhouette of 40,000 points or more runs on the Vector API kernel in this JVM
     * (module {@code jdk.incubator.vector} present, hardware FMA).
     */
    public static boolean vectorized() {
        return VECTOR != null;
    }

    /** The Vector API kernel, or {@code null} when not available. */
    static ExactSilhouette.PairKernel vectorKernel() {
        return VECTOR;
    }

    /** The kernel for an exact silhouette of {@code points} points: by size only, so results are reproducible. */
    private static ExactSilhouette.PairKernel kernelFor(int points) {
        return VECTOR != null && points >= VECTOR_MIN_POINTS && VECTOR.ready() ? VECTOR : null;
    }

    /**
     * Silhouette on all available processors.
     *
     * @see #compute(double[], int, int, int[], int, SilhouetteMode, int, long, boolean, int, Progress)
     */
    public static SilhouetteResult compute(double[] x, int n, int d, int[] labels, int k, SilhouetteMode mode,
                                           int sampleSize, long seed, boolean perPoint) {
        return compute(x, n, d, labels, k, mode, sampleSize, seed, perPoint,
            Runtime.getRuntime().availableProcessors(), Progress.NONE);
    }

    /**
     * @param x          row-major points ({@code n * d})
     * @param labels     cluster of each point in [0, k)
     * @param k          number of clusters, >= 2 (empty clusters are ignored)
     * @param sampleSize for {@link SilhouetteMode#SAMPLED}: points to sample, >= 2 (ignored otherwise)
     * @param seed       seed of the sample
     * @param perPoint   whether to return each point's silhouette (NaN for points outside the sample)
     * @param threads    worker threads, >= 1; the value does not depend on it
     * @param progress   receives the rounds of the exact computation
     * @throws IllegalArgumentException on a bad shape, k, label or sample size
     * @throws dev.clientele.data.DataException when a value is NaN or infinite
     */
    public static SilhouetteResult compute(double[] x, int n, int d, int[] labels, int k, SilhouetteMode mode,
                                           int sampleSize, long seed, boolean perPoint, int threads,
                                           Progress progress) {
        long t0 = System.nanoTime();
        KMeans.checkShape(x, n, d);
        checkLabels(labels, n, k);
        if (mode == SilhouetteMode.SAMPLED && sampleSize < 2) {
            throw new IllegalArgumentException("sample size must be >= 2, got " + sampleSize);
        }
        double[] s = new double[n];
        double value;
        int used = n;
        try (Workers workers = new Workers(threads)) {
            switch (mode) {
                case EXACT -> value = ExactSilhouette.compute(x, n, d, labels, k, s, workers, kernelFor(n), progress);
                case SAMPLED -> {
                    used = Math.min(sampleSize, n);
                    value = sampled(x, d, labels, k, used, seed, s, workers, progress);
                }
                case SQUARED -> value = new CentroidSilhouettes(Tiles.of(x, n, d, null, workers), labels, k, workers)
                    .squared(s, workers);
                case SIMPLIFIED -> value = new CentroidSilhouettes(Tiles.of(x, n, d, null, workers), labels, k, workers)
                    .simplified(s, workers);
                default -> throw new IllegalStateException("unknown mode " + mode);
            }
        }
        return new SilhouetteResult(mode, value, perPoint ? s : null, used, (System.nanoTime() - t0) / 1e9);
    }

    private static double sampled(double[] x, int d, int[] labels, int k, int m, long seed, double[] out,
                                  Workers workers, Progress progress) {
        Tiles.checkFinite(x, d);
        int[] rows = sample(labels.length, m, seed);
        double[] xs = new double[m * d];
        int[] ls = new int[m];
        for (int i = 0; i < m; i++) {
            System.arraycopy(x, rows[i] * d, xs, i * d, d);
            ls[i] = labels[rows[i]];
        }
        double[] ss = new double[m];
        double value = ExactSilhouette.compute(xs, m, d, ls, k, ss, workers, kernelFor(m), progress);
        Arrays.fill(out, Double.NaN);
        for (int i = 0; i < m; i++) {
            out[rows[i]] = ss[i];
        }
        return value;
    }

    private static void checkLabels(int[] labels, int n, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("k must be >= 2, got " + k);
        }
        if (labels.length != n) {
            throw new IllegalArgumentException("labels length " + labels.length + " != n = " + n);
        }
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0 || labels[i] >= k) {
                throw new IllegalArgumentException("labels[" + i + "] = " + labels[i] + " is outside [0, " + k + ")");
            }
        }
    }

    /**
     * s(i) from {@code sums[o + l]}, the sums of distances (squared or not) from point i to the members
     * of each cluster l; 0 when i is alone in its cluster or no other cluster has members.
     */
    static double score(double[] sums, int o, int[] size, int own, int k) {
        if (size[own] <= 1) {
            return 0;
        }
        double a = sums[o + own] / (size[own] - 1);
        double b = Double.POSITIVE_INFINITY;
        for (int l = 0; l < k; l++) {
            if (l != own && size[l] > 0) {
                b = Math.min(b, sums[o + l] / size[l]);
            }
        }
        double m = Math.max(a, b);
        return m > 0 && Double.isFinite(b) ? (b - a) / m : 0;
    }

    /** A seeded uniform sample of m distinct row indexes, sorted ascending. */
    static int[] sample(int n, int m, long seed) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < m; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] out = Arrays.copyOf(idx, m);
        Arrays.sort(out);
        return out;
    }

    /** The Vector API kernel if module {@code jdk.incubator.vector} is present and usable, else null. */
    private static ExactSilhouette.PairKernel loadVectorKernel() {
        if (!Boolean.parseBoolean(System.getProperty("clientele.vector", "true"))
            || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return null;
        }
        try {
            return (ExactSilhouette.PairKernel) Class.forName("dev.clientele.segment.VectorPairKernel")
                .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }
}
