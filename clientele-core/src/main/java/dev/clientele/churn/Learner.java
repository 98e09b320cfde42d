package dev.clientele.churn;

/** Fits one algorithm, including its own hyper-parameter choice and calibration, on training rows only. */
sealed interface Learner permits LogisticLearner, BoostingLearner {

    /** Name shown to users: {@code logistic}, {@code gbm} or {@code gbm(depth=6)}. */
    String name();

    /** How its out-of-sample margins become probabilities. */
    Calibration calibration();

    Fitted fit(TrainingRows data, long seed);
}
