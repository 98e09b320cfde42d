/**
 * Evaluation metrics. Classification: ROC AUC, PR AUC (average precision), log loss, Brier score,
 * confusion matrix at a threshold, lift and cumulative gains by decile, calibration table, ROC and PR
 * curves, threshold rules; {@link dev.clientele.eval.BinaryReport} bundles them. Clustering: inertia,
 * Davies-Bouldin, Calinski-Harabasz, adjusted Rand index.
 *
 * <p>Conventions: labels are {@code int[]} of 0 and 1, scores are probabilities of class 1; a row is
 * predicted positive when its score is {@code >= threshold}.
 */
package dev.clientele.eval;
