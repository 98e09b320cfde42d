package dev.clientele.segment;

import dev.clientele.eval.ClusteringMetrics;

/**
 * Cluster-quality measures besides the silhouette, as the search and the reports use them: Davies-Bouldin
 * and Calinski-Harabasz ({@link ClusteringMetrics}) and bootstrap stability ({@link Stability}). A seam so
 * that the search's choice rules can be tested with measures of known value. A measure that cannot be
 * computed (e.g. one non-empty cluster) is NaN.
 */
interface ClusterQuality {

    /** Davies-Bouldin index (lower is better), Davies &amp; Bouldin 1979. */
    double daviesBouldin(double[] x, int n, int d, int[] labels, int k);

    /** Calinski-Harabasz index (higher is better), Calinski &amp; Harabasz 1974. */
    double calinskiHarabasz(double[] x, int n, int d, int[] labels, int k);

    /**
     * Mean adjusted Rand index between the reference labels and K-Means re-fits on bootstrap samples of
     * {@code sampleSize} rows (>= 0.8 reads as stable).
     */
    double stability(double[] x, int n, int d, int[] reference, KMeansOptions options, int bootstraps, int sampleSize,
                     long seed);

    /** The measures of the kernels. */
    static ClusterQuality current() {
        return Kernels.INSTANCE;
    }

    /** The kernels' implementations. */
    enum Kernels implements ClusterQuality {
        INSTANCE;

        @Override
        public double daviesBouldin(double[] x, int n, int d, int[] labels, int k) {
            try {
                return ClusteringMetrics.daviesBouldin(x, n, d, labels, k);
            } catch (IllegalArgumentException e) {
                return Double.NaN;
            }
        }

        @Override
        public double calinskiHarabasz(double[] x, int n, int d, int[] labels, int k) {
            try {
                return ClusteringMetrics.calinskiHarabasz(x, n, d, labels, k);
            } catch (IllegalArgumentException e) {
                return Double.NaN;
            }
        }

        @Override
        public double stability(double[] x, int n, int d, int[] reference, KMeansOptions options, int bootstraps,
                                int sampleSize, long seed) {
            return Stability.of(x, n, d, reference, options, bootstraps, sampleSize, seed).meanAri();
        }
    }
}
