package dev.clientele.segment;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a {@link SegmentSearch}.
 *
 * @param leaderboard      every configuration tried: admissible ones by silhouette, then rejected ones
 * @param chosen           the configuration the model was fitted with
 * @param reason           why it was chosen, one sentence
 * @param fit              the final fit of the chosen configuration (full restarts)
 * @param silhouette       the final silhouette, with its mode and per-row values where computed
 * @param daviesBouldin    Davies-Bouldin index of the final fit (NaN when not available)
 * @param calinskiHarabasz Calinski-Harabasz index of the final fit (NaN when not available)
 * @param warnings         dropped columns, dropped rows, rules relaxed; one line each
 * @param seconds          wall time per phase ({@code search}, {@code stability}, {@code fit}, {@code silhouette},
 *                         {@code quality})
 */
public record SearchResult(List<Candidate> leaderboard, Candidate chosen, String reason, KMeansTrainer.Fit fit,
                           SilhouetteResult silhouette, double daviesBouldin, double calinskiHarabasz,
                           List<String> warnings, Map<String, Double> seconds) {

    public SearchResult {
        leaderboard = List.copyOf(leaderboard);
        warnings = List.copyOf(warnings);
        seconds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(seconds));
    }

    /** The fitted model. */
    public SegmentationModel model() {
        return fit.model();
    }
}
