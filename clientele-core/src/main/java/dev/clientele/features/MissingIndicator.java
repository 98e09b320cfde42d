package dev.clientele.features;

/**
 * Decides whether missingness is informative enough to earn a 0/1 indicator: enough missing rows, and a
 * churn rate among them that differs from the rest by a two-proportion z test (pooled standard error).
 */
final class MissingIndicator {
    private MissingIndicator() {
    }

    /** @param values NaN = missing; @param y 0/1 labels aligned with values, or null (then count only) */
    static boolean informative(double[] values, int[] y, FeatureOptions options) {
        int missing = 0;
        int missingPos = 0;
        int pos = 0;
        for (int i = 0; i < values.length; i++) {
            boolean m = Double.isNaN(values[i]);
            int label = y == null ? 0 : y[i];
            missing += m ? 1 : 0;
            missingPos += m ? label : 0;
            pos += label;
        }
        int present = values.length - missing;
        if (missing < options.indicatorMinMissing() || present == 0) {
            return false;
        }
        if (y == null) {
            return true;
        }
        double p1 = (double) missingPos / missing;
        double p0 = (double) (pos - missingPos) / present;
        double p = (double) pos / values.length;
        double se = Math.sqrt(p * (1 - p) * (1.0 / missing + 1.0 / present));
        return se > 0 && Math.abs(p1 - p0) / se >= options.indicatorMinZ();
    }
}
