package dev.clientele.features;

/**
 * Mean and population standard deviation (denominator n) of a whole array, two passes for accuracy: the
 * moments behind standard scaling, skewness and the spread of cross-validation metrics over folds.
 */
public final class Moments {
    private Moments() {
    }

    /** The arithmetic mean; NaN for an empty array. */
    public static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** The population standard deviation sqrt(sum (x - mean)^2 / n); NaN for an empty array. */
    public static double populationStd(double[] v) {
        double mean = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return Math.sqrt(ss / v.length);
    }
}
