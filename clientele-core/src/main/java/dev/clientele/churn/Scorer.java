package dev.clientele.churn;

import dev.clientele.features.BoundTable;

/**
 * A fitted model giving an uncalibrated margin (log-odds scale) per row, and per input column the part of
 * the margin it contributes: for a linear model {@code beta_j * (x_j - mean_j)} summed over the column's
 * outputs; for boosted trees the SHAP values (Lundberg et al. 2020, TreeSHAP) summed likewise. In both
 * cases the contributions of a row add up to its margin minus the model's average margin.
 */
sealed interface Scorer extends AutoCloseable permits LinearScorer, BoostedScorer {

    /** {@code logistic} or {@code gbm}. */
    String algorithm();

    /** Margins of the given rows. */
    double[] margins(BoundTable bound, int[] rows);

    /**
     * Per row and input column (encoder order), the contribution to the margin: {@code out[r * m + j]}
     * with {@code m} the number of input columns.
     */
    double[] contributions(BoundTable bound, int[] rows);

    /** Releases native resources (boosters); the scorer is unusable afterwards. */
    @Override
    default void close() {
    }
}
