package dev.clientele.churn;

import java.util.Locale;

/**
 * How a learner turns its out-of-sample margins into probabilities: {@link Platt} scaling (a fitted sigmoid,
 * the default) or {@link Isotonic} regression (a fitted monotone step map, more flexible, needs more rows).
 * Either is fitted on margins its scorer's own fit never saw, from training rows only.
 */
public enum Calibration {
    /** Platt scaling: {@code sigmoid(a * margin + b)}. */
    PLATT,
    /** Isotonic regression by pool-adjacent-violators, linearly interpolated and clipped. */
    ISOTONIC;

    public static Calibration parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown calibration '" + text + "'; use platt or isotonic");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Fits this calibration on out-of-sample margins and their 0/1 labels. */
    Calibrator fit(double[] margins, int[] y) {
        return this == PLATT ? Platt.fit(margins, y) : Isotonic.fit(margins, y, null);
    }
}
