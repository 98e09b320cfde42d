package dev.clientele.churn;

import java.util.Map;

/**
 * Scored customers, in input row order.
 *
 * @param probability calibrated churn probability per row
 * @param churn       per row, whether the probability reaches the model's threshold
 * @param reasons     per row the top reasons (largest |contribution| first), or null when not asked for
 * @param unusable    per input column, cells that could not be used and were treated as missing (levels
 *                    never seen in training, text in a numeric column)
 */
public record Scores(double[] probability, boolean[] churn, Reason[][] reasons, Map<String, Integer> unusable) {

    public int size() {
        return probability.length;
    }
}
