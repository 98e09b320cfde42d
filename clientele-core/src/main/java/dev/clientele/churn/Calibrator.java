package dev.clientele.churn;

/** A fitted {@link Calibration}: maps a scorer's margin to calibrated log-odds. Immutable. */
sealed interface Calibrator permits Platt, Isotonic {

    /** The calibrated log-odds of a margin. */
    double logit(double margin);

    /**
     * The factor turning a scorer's per-column contributions (in margin units) into reason values: Platt's
     * slope, so reasons are in calibrated log-odds; 1 for isotonic, whose map is flat almost everywhere, so
     * its reasons stay on the model's own (uncalibrated) log-odds scale.
     */
    double reasonScale();

    Calibration method();
}
