package dev.clientele.churn;

/**
 * One calibrated scorer (its {@link Calibrator} maps margins to calibrated log-odds) of a {@link ChurnModel} and its weight in the model's log-odds (1 for a single
 * model, 1/2 each in a blend).
 */
record Component(Scorer scorer, Calibrator calibrator, double weight) {
}
