package dev.clientele.eval;

/**
 * Internal cluster-quality measures of a labelled point set, as scikit-learn 1.2 defines them. Points are
 * {@code n} rows of dimension {@code d} in one row-major {@code double[]}; labels are in {@code [0, k)}.
 * Empty clusters do not count (scikit-learn re-encodes the labels it sees).
 *
 * <p>Example: iris with its three species as labels has Davies-Bouldin 0.7514 (lower is better) and
 * Calinski-Harabasz 487.33 (higher is better).
 */
public final class ClusteringMetrics {
    private ClusteringMetrics() {
    }

    /** Sum over points of the squared Euclidean distance to their cluster's mean. */
    public static double inertia(double[] x, int n, int d, int[] labels, int k) {
        Means m = new Means(x, n, d, labels, k);
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += m.dist2(x, i, labels[i]);
        }
        return total;
    }

    /**
     * Sum over points of the squared Euclidean distance to the given centroid of their cluster (K-Means
     * inertia; with centroids = cluster means it equals {@link #inertia(double[], int, int, int[], int)}).
     */
    public static double inertia(double[] x, int n, int d, int[] labels, double[] centroids) {
        check(x, n, d, labels, centroids.length / Math.max(1, d));
        double total = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int f = 0; f < d; f++) {
                double u = x[i * d + f] - centroids[labels[i] * d + f];
                s += u * u;
            }
            total += s;
        }
        return total;
    }

    /**
     * Davies-Bouldin index (Davies &amp; Bouldin 1979): the mean over clusters of the largest
     * {@code (s_i + s_j) / |m_i - m_j|}, with {@code s_i} the mean distance of cluster i's points to its
     * mean {@code m_i}. Lower is better, 0 at best; 0 when all scatters or all mean distances are 0.
     *
     * @throws IllegalArgumentException when fewer than 2 or more than {@code n - 1} clusters are non-empty
     */
    public static double daviesBouldin(double[] x, int n, int d, int[] labels, int k) {
        Means m = new Means(x, n, d, labels, k);
        m.requireClusterCount("Davies-Bouldin");
        double[] scatter = new double[k];
        for (int i = 0; i < n; i++) {
            scatter[labels[i]] += Math.sqrt(m.dist2(x, i, labels[i]));
        }
        boolean allScatterZero = true;
        boolean allGapsZero = true;
        for (int l = 0; l < k; l++) {
            if (m.size[l] > 0) {
                scatter[l] /= m.size[l];
                allScatterZero &= scatter[l] < 1e-8;
            }
        }
        double[] gap = new double[k * k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                if (a != b && m.size[a] > 0 && m.size[b] > 0) {
                    gap[a * k + b] = Math.sqrt(m.meanDist2(a, b));
                    allGapsZero &= gap[a * k + b] < 1e-8;
                }
            }
        }
        if (allScatterZero || allGapsZero) {
            return 0;
        }
        double total = 0;
        for (int a = 0; a < k; a++) {
            if (m.size[a] == 0) {
                continue;
            }
            double worst = 0;
            for (int b = 0; b < k; b++) {
                if (b != a && m.size[b] > 0) {
                    double g = gap[a * k + b] == 0 ? Double.POSITIVE_INFINITY : gap[a * k + b];
                    worst = Math.max(worst, (scatter[a] + scatter[b]) / g);
                }
            }
            total += worst;
        }
        return total / m.clusters;
    }

    /**
     * Calinski-Harabasz index (variance ratio criterion, Calinski &amp; Harabasz 1974):
     * {@code [B / (K - 1)] / [W / (n - K)]} with B the between-cluster and W the within-cluster sum of
     * squares and K the number of non-empty clusters. Higher is better; 1 when W is 0 (scikit-learn's rule).
     *
     * @throws IllegalArgumentException when fewer than 2 or more than {@code n - 1} clusters are non-empty
     */
    public static double calinskiHarabasz(double[] x, int n, int d, int[] labels, int k) {
        Means m = new Means(x, n, d, labels, k);
        m.requireClusterCount("Calinski-Harabasz");
        double[] grand = new double[d];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < d; f++) {
                grand[f] += x[i * d + f];
            }
        }
        double between = 0;
        for (int l = 0; l < k; l++) {
            double s = 0;
            for (int f = 0; f < d; f++) {
                double u = m.mean[l * d + f] - grand[f] / n;
                s += u * u;
            }
            between += m.size[l] * s;
        }
        double within = 0;
        for (int i = 0; i < n; i++) {
            within += m.dist2(x, i, labels[i]);
        }
        int c = m.clusters;
        return within == 0 ? 1.0 : between * (n - c) / (within * (c - 1));
    }

    static void check(double[] x, int n, int d, int[] labels, int k) {
        if (n < 1 || d < 1 || x.length != (long) n * d) {
            throw new IllegalArgumentException("expected n * d = " + (long) n * d + " values (n >= 1, d >= 1), got "
                + x.length + " (n = " + n + ", d = " + d + ")");
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

    /** Cluster sizes and means. */
    private static final class Means {
        final int d;
        final int k;
        final int n;
        final int[] size;
        final double[] mean;
        final int clusters;

        Means(double[] x, int n, int d, int[] labels, int k) {
            check(x, n, d, labels, k);
            this.d = d;
            this.k = k;
            this.n = n;
            this.size = new int[k];
            this.mean = new double[k * d];
            for (int i = 0; i < n; i++) {
                size[labels[i]]++;
                for (int f = 0; f < d; f++) {
                    mean[labels[i] * d + f] += x[i * d + f];
                }
            }
            int c = 0;
            for (int l = 0; l < k; l++) {
                c += size[l] > 0 ? 1 : 0;
                for (int f = 0; f < d; f++) {
                    mean[l * d + f] /= Math.max(1, size[l]);
                }
            }
            this.clusters = c;
        }

        void requireClusterCount(String metric) {
            if (clusters < 2 || clusters > n - 1) {
                throw new IllegalArgumentException(metric + " needs 2 to n - 1 = " + (n - 1)
                    + " non-empty clusters, got " + clusters);
            }
        }

        double dist2(double[] x, int i, int l) {
            double s = 0;
            for (int f = 0; f < d; f++) {
                double u = x[i * d + f] - mean[l * d + f];
                s += u * u;
            }
            return s;
        }

        double meanDist2(int a, int b) {
            double s = 0;
            for (int f = 0; f < d; f++) {
                double u = mean[a * d + f] - mean[b * d + f];
                s += u * u;
            }
            return s;
        }
    }
}
