package dev.clientele.segment;

import dev.clientele.features.Scaling;
import java.util.List;

/**
 * One row of the search leaderboard: a configuration and how it scored.
 *
 * @param features      feature columns
 * @param scaler        scaling of the numeric features
 * @param k             number of segments
 * @param silhouette    mean silhouette (NaN when not computed)
 * @param mode          how the silhouette was computed, e.g. {@code exact} or {@code sampled:10000}
 * @param inertia       K-Means inertia in the scaled space (not comparable across scalers)
 * @param smallestShare share of rows in the smallest segment
 * @param stability     mean bootstrap adjusted Rand index, NaN when not computed
 * @param rejected      why the configuration may not be chosen, or {@code null} when admissible
 */
public record Candidate(List<String> features, Scaling scaler, int k, double silhouette, String mode, double inertia,
                        double smallestShare, double stability, String rejected) {

    public Candidate {
        features = List.copyOf(features);
    }

    public boolean admissible() {
        return rejected == null;
    }

    Candidate withStability(double s) {
        return new Candidate(features, scaler, k, silhouette, mode, inertia, smallestShare, s, rejected);
    }

    /** The configuration to fit. */
    public KMeansTrainer.Config config() {
        return new KMeansTrainer.Config(features, scaler, k);
    }
}
