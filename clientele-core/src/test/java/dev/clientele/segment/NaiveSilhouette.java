package dev.clientele.segment;

import java.util.SplittableRandom;

/**
 * Silhouette scores (Rousseeuw 1987): for point i with mean distance a(i) to the other members of its
 * cluster and smallest mean distance b(i) to the members of another cluster,
 * s(i) = (b - a) / max(a, b); s(i) = 0 for a point alone in its cluster. The score is the mean of s(i).
 *
 * <p>Test reference: the straightforward single-threaded version (every ordered pair, one distance at a
 * time) that the fast {@link Silhouette} replaced; the squared mode uses the textbook pairwise sums.
 */
final class NaiveSilhouette {
    private NaiveSilhouette() {
    }

    /**
     * @param x          row-major points
     * @param labels     cluster of each point in [0, k)
     * @param sampleSize for {@link SilhouetteMode#SAMPLED}: points to sample (ignored otherwise)
     * @param perPoint   whether to return each point's silhouette
     */
    static SilhouetteResult compute(double[] x, int n, int d, int[] labels, int k, SilhouetteMode mode,
                                           int sampleSize, long seed, boolean perPoint) {
        long t0 = System.nanoTime();
        double[] s = new double[n];
        java.util.Arrays.fill(s, Double.NaN);
        double value;
        int used;
        switch (mode) {
            case EXACT -> {
                value = exact(x, n, d, labels, k, s);
                used = n;
            }
            case SAMPLED -> {
                int m = Math.min(sampleSize, n);
                int[] rows = Silhouette.sample(n, m, seed);
                double[] xs = new double[m * d];
                int[] ls = new int[m];
                for (int i = 0; i < m; i++) {
                    System.arraycopy(x, rows[i] * d, xs, i * d, d);
                    ls[i] = labels[rows[i]];
                }
                double[] ss = new double[m];
                value = exact(xs, m, d, ls, k, ss);
                for (int i = 0; i < m; i++) {
                    s[rows[i]] = ss[i];
                }
                used = m;
            }
            case SQUARED -> {
                value = squared(x, n, d, labels, k, s);
                used = n;
            }
            case SIMPLIFIED -> {
                value = simplified(x, n, d, labels, k, s);
                used = n;
            }
            default -> throw new IllegalStateException();
        }
        return new SilhouetteResult(mode, value, perPoint ? s : null, used, (System.nanoTime() - t0) / 1e9);
    }

    static double exact(double[] x, int n, int d, int[] labels, int k, double[] out) {
        return pairwise(x, n, d, labels, k, out, false);
    }

    /** s(i) from the per-cluster sums of distances (squared or not) from point i. */
    static double score(double[] sums, int[] size, int own, int k) {
        if (size[own] <= 1) {
            return 0;
        }
        double a = sums[own] / (size[own] - 1);
        double b = Double.POSITIVE_INFINITY;
        for (int l = 0; l < k; l++) {
            if (l != own && size[l] > 0) {
                b = Math.min(b, sums[l] / size[l]);
            }
        }
        double m = Math.max(a, b);
        return m > 0 && Double.isFinite(b) ? (b - a) / m : 0;
    }

    static double squared(double[] x, int n, int d, int[] labels, int k, double[] out) {
        return pairwise(x, n, d, labels, k, out, true);
    }

    /** Every ordered pair: per point the sums of (squared or plain) distances to each cluster. */
    private static double pairwise(double[] x, int n, int d, int[] labels, int k, double[] out, boolean squared) {
        int[] size = new int[k];
        for (int l : labels) {
            size[l]++;
        }
        double[] sums = new double[k];
        double total = 0;
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(sums, 0);
            for (int j = 0; j < n; j++) {
                double dd = NaiveKMeans.dist2(x, i * d, x, j * d, d);
                sums[labels[j]] += squared ? dd : Math.sqrt(dd);
            }
            out[i] = score(sums, size, labels[i], k);
            total += out[i];
        }
        return total / n;
    }

    static double simplified(double[] x, int n, int d, int[] labels, int k, double[] out) {
        int[] size = new int[k];
        double[] c = new double[k * d];
        for (int i = 0; i < n; i++) {
            size[labels[i]]++;
            for (int j = 0; j < d; j++) {
                c[labels[i] * d + j] += x[i * d + j];
            }
        }
        for (int l = 0; l < k; l++) {
            for (int j = 0; j < d; j++) {
                c[l * d + j] /= Math.max(1, size[l]);
            }
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            int own = labels[i];
            double a = Math.sqrt(NaiveKMeans.dist2(x, i * d, c, own * d, d));
            double b = Double.POSITIVE_INFINITY;
            for (int l = 0; l < k; l++) {
                if (l != own && size[l] > 0) {
                    b = Math.min(b, Math.sqrt(NaiveKMeans.dist2(x, i * d, c, l * d, d)));
                }
            }
            double m = Math.max(a, b);
            out[i] = size[own] <= 1 || !(m > 0) || !Double.isFinite(b) ? 0 : (b - a) / m;
            total += out[i];
        }
        return total / n;
    }
}
