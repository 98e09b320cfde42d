package dev.clientele.churn;

/**
 * A learner's result: the scorer, its calibration (fitted on margins the scorer's own fit never saw) and
 * a one-line note on the hyper-parameters it chose, e.g. {@code C=0.3 (inner 3-fold CV)}.
 */
record Fitted(Scorer scorer, Calibrator calibrator, String note) {
}
