package dev.clientele.segment;

import java.util.Locale;

/** How a silhouette score is computed; always reported next to the value. */
public enum SilhouetteMode {
    /** Mean silhouette over all points with Euclidean distances (Rousseeuw 1987); O(n^2 d) time. */
    EXACT,
    /** {@link #EXACT} on a seeded uniform sample of points (distances to the sample only, as scikit-learn's sample_size). */
    SAMPLED,
    /** Silhouette with squared Euclidean distances, O(n k d) through per-cluster sums (Spark's ClusteringEvaluator). */
    SQUARED,
    /** Centroid-based: a = distance to own centroid, b = distance to the nearest other centroid. */
    SIMPLIFIED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
