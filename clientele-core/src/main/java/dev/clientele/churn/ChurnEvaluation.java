package dev.clientele.churn;

import dev.clientele.eval.BinaryReport;
import java.util.List;

/**
 * Everything a training run measured, written to {@code metrics.json} (see the README for the schema).
 *
 * @param labels       the target and its labels
 * @param inputRows    rows of the input table
 * @param split        per input row: fold {@code 0..folds-1} (cross-validation), {@link #TEST}, or
 *                     {@link #UNLABELLED} (no target value, not used)
 * @param folds        number of cross-validation folds
 * @param finalRows    rows the final model was fitted on
 * @param refit        whether the final model was refitted on all labelled rows after evaluation
 * @param candidates   each algorithm tried, with its cross-validated ROC AUC
 * @param chosen       the algorithm of the final model
 * @param reason       why it was chosen
 * @param calibration  how probabilities were calibrated: {@code platt} or {@code isotonic}
 * @param autoFeatures automatic features tried and whether each was kept
 * @param inputs       input columns of the final pipeline
 * @param dropped      columns left out, with why
 * @param thresholdRule the threshold rule, e.g. {@code f1}
 * @param threshold    the threshold it chose on the out-of-fold predictions
 * @param perFold      metrics of each fold at the threshold
 * @param pooled       all out-of-fold predictions together
 * @param test         the held-out test split, or null when there is none
 * @param importance   global importance of the input columns, most important first
 * @param seconds      wall time of the training run
 */
public record ChurnEvaluation(ChurnLabels labels, int inputRows, int[] split, int folds, int finalRows, boolean refit,
                              List<Candidate> candidates, String chosen, String reason, String calibration,
                              List<AutoDecision> autoFeatures,
                              List<String> inputs, List<String> dropped, String thresholdRule, double threshold,
                              List<Metrics> perFold, BinaryReport pooled, BinaryReport test,
                              List<Importance> importance, double seconds) {
    public static final int TEST = -1;
    public static final int UNLABELLED = -2;

    /**
     * An algorithm tried by cross-validation.
     *
     * @param name     e.g. {@code logistic}, {@code gbm}, {@code blend}
     * @param rocAuc   mean ROC AUC over folds
     * @param rocAucStd standard deviation over folds
     * @param note     what it chose inside each fold, e.g. {@code C=0.3 (inner 3-fold CV)}
     */
    public record Candidate(String name, double rocAuc, double rocAucStd, String note) {
    }

    /** An automatic feature and the cross-validated ROC AUC of the logistic model without and with it. */
    public record AutoDecision(String name, String kind, List<String> columns, double rocAucWithout,
                               double rocAucWith, boolean kept) {
    }

    /**
     * Global importance of an input column in the final model.
     *
     * @param column             input column
     * @param meanAbsContribution mean |contribution| to the calibrated log-odds over training rows
     *                           (mean |SHAP| for boosted trees)
     * @param gainShare          share of the trees' total split gain (NaN for a linear model)
     */
    public record Importance(String column, double meanAbsContribution, double gainShare) {
    }

    public ChurnEvaluation {
        split = split.clone();
    }

    @Override
    public int[] split() {
        return split.clone();
    }

    public Metrics cvMean() {
        return Metrics.mean(perFold);
    }

    public Metrics cvStd() {
        return Metrics.std(perFold);
    }

    /** Rows in cross-validation. */
    public int cvRows() {
        int n = 0;
        for (int s : split) {
            n += s >= 0 ? 1 : 0;
        }
        return n;
    }

    /** Rows in the test split. */
    public int testRows() {
        int n = 0;
        for (int s : split) {
            n += s == TEST ? 1 : 0;
        }
        return n;
    }
}
