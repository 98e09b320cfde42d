package dev.clientele.segment;

/**
 * The outcome of a K-Means fit.
 *
 * @param k          number of clusters
 * @param d          dimension
 * @param centroids  row-major {@code k * d} centroids
 * @param labels     cluster of each point, in {@code [0, k)}
 * @param inertia    sum over points of the squared Euclidean distance to their centroid
 * @param iterations Lloyd iterations of the winning restart
 */
public record KMeansResult(int k, int d, double[] centroids, int[] labels, double inertia, int iterations) {

    /** Number of points in each cluster. */
    public int[] sizes() {
        int[] s = new int[k];
        for (int l : labels) {
            s[l]++;
        }
        return s;
    }
}
