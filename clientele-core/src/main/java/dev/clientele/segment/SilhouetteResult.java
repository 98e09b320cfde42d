package dev.clientele.segment;

/**
 * A silhouette score with how it was obtained.
 *
 * @param mode     the computation used
 * @param value    mean silhouette over the points used, in [-1, 1]
 * @param perPoint silhouette of each point (NaN where not computed), or {@code null} when not requested
 * @param points   how many points the mean covers
 * @param seconds  wall time of the computation
 */
public record SilhouetteResult(SilhouetteMode mode, double value, double[] perPoint, int points, double seconds) {
}
