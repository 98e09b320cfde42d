package dev.clientele.segment;

/**
 * Cluster-quality measures besides the silhouette, as used by the search and the reports. The
 * implementations live with the numeric kernels (Davies-Bouldin, Calinski-Harabasz and the adjusted Rand
 * index in {@code dev.clientele.eval}, bootstrap stability in {@link dev.clientele.segment}); this seam
 * keeps the search independent of how they are computed. A measure that is not available is NaN.
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

    /** The measures of this build. */
    static ClusterQuality current() {
        return Unavailable.INSTANCE;
    }

    /** Placeholder until the kernels land: every measure NaN. */
    enum Unavailable implements ClusterQuality {
        INSTANCE;

        @Override
        public double daviesBouldin(double[] x, int n, int d, int[] labels, int k) {
            return Double.NaN;
        }

        @Override
        public double calinskiHarabasz(double[] x, int n, int d, int[] labels, int k) {
            return Double.NaN;
        }

        @Override
        public double stability(double[] x, int n, int d, int[] reference, KMeansOptions options, int bootstraps,
                                int sampleSize, long seed) {
            return Double.NaN;
        }
    }
}
