package dev.clientele.churn;

import java.util.Locale;

/** Which model family {@link ChurnTrainer} fits. */
public enum Algorithm {
    /** Both families (and a blend of the two), chosen by cross-validated ROC AUC. */
    AUTO,
    /** Gradient-boosted trees (XGBoost). */
    GBM,
    /** L2-regularised logistic regression. */
    LOGISTIC;

    public static Algorithm parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown algorithm '" + text + "'; use auto, gbm or logistic");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
