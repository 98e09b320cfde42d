package dev.clientele.segment;

/**
 * The outcome of a K-Means fit.
 *
 * @param k                number of clusters
 * @param d                dimension
 * @param centroids        row-major {@code k * d} centroids
 * @param labels           cluster of each point, in {@code [0, k)}: its nearest centroid (lowest index on ties)
 * @param inertia          sum over points of the squared Euclidean distance to their centroid
 * @param iterations       Lloyd iterations of the winning restart
 * @param seedingSeconds   wall time spent in k-means++ seeding, all restarts together
 * @param iterationSeconds wall time spent in Lloyd iterations, all restarts together
 */
public record KMeansResult(int k, int d, double[] centroids, int[] labels, double inertia, int iterations,
                           double seedingSeconds, double iterationSeconds) {

    /** A result without timings. */
    public KMeansResult(int k, int d, double[] centroids, int[] labels, double inertia, int iterations) {
        this(k, d, centroids, labels, inertia, iterations, 0, 0);
    }

    /** Nearest centroid of each of {@code n} new points (row-major, this fit's dimension). */
    public int[] predict(double[] x, int n) {
        return KMeans.predict(x, n, d, centroids, k);
    }

    /** Number of points in each cluster. */
    public int[] sizes() {
        int[] s = new int[k];
        for (int l : labels) {
            s[l]++;
        }
        return s;
    }

    /**
     * Number of clusters that received at least one point. Below {@code k} when the data has fewer
     * distinct points than {@code k} (all rows identical gives 1): worth a warning, not an error.
     */
    public int nonEmptyClusters() {
        int c = 0;
        for (int s : sizes()) {
            c += s > 0 ? 1 : 0;
        }
        return c;
    }
}
