/**
 * Churn prediction: {@link dev.clientele.churn.ChurnTrainer} (options and a seed) trains an immutable
 * {@link dev.clientele.churn.ChurnModel} and measures it ({@link dev.clientele.churn.ChurnEvaluation}).
 * Models: L2-regularised logistic regression solved by Newton's method, XGBoost gradient boosting with early
 * stopping, or their blend; probabilities calibrated on out-of-sample margins (Platt
 * scaling, or isotonic regression on request). Evaluation: a stratified
 * test split plus stratified k-fold cross-validation in which everything fitted (pipeline, penalty, trees,
 * calibration) sees training folds only. Scores come with per-customer reasons (TreeSHAP or coefficient x
 * value). {@link dev.clientele.churn.ChurnBundle} saves and loads models as checksummed bundles.
 */
package dev.clientele.churn;
