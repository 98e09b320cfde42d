package dev.clientele.churn;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Isotonic calibration: the non-decreasing map from margin to probability that minimises the (weighted)
 * squared error to the 0/1 labels, found by pool-adjacent-violators (Ayer et al. 1955; Zadrozny &amp; Elkan
 * 2002 for calibration). As scikit-learn's {@code IsotonicRegression(out_of_bounds="clip")}: tied margins
 * are pooled first, a probability between two thresholds is interpolated linearly, and margins outside
 * {@code [x[0], x[last]]} get the end values. Probabilities are clipped to [{@value #EPS}, 1 - {@value #EPS}]
 * so log-odds and log loss stay finite.
 *
 * <p>Example: margins {@code 1, 2, 3, 4, 5} with labels {@code 1, 0, 1, 1, 1} pool the violating pair at
 * margins 1 and 2 into one block of value 0.5 and the last three into one of value 1; the inner point at 4
 * adds nothing and is dropped: {@code x = [1, 2, 3, 5]}, {@code y = [0.5, 0.5, 1, 1]}. Margin 2.5 maps to
 * 0.75, margin 9 to 1 (clipped to 1 - 1e-6 as a probability).
 *
 * <p>Invariant: {@code x} strictly ascending, {@code y} non-decreasing in [0, 1], both of the same length >= 1.
 *
 * @param x thresholds (margins), strictly ascending
 * @param y probabilities at the thresholds, non-decreasing
 */
record Isotonic(double[] x, double[] y) implements Calibrator {
    static final double EPS = 1e-6;

    Isotonic {
        x = x.clone();
        y = y.clone();
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("isotonic map needs as many thresholds as values (>= 1), got "
                    + x.length + " and " + y.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !(y[i] >= 0 && y[i] <= 1)
                    || i > 0 && (!(x[i] > x[i - 1]) || y[i] < y[i - 1])) {
                throw new IllegalArgumentException("isotonic map must have ascending finite thresholds and "
                        + "non-decreasing values in [0, 1]; entry " + i + " is (" + x[i] + ", " + y[i] + ")");
            }
        }
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    /** The calibrated probability of a margin (not yet clipped to [EPS, 1 - EPS]). */
    double probability(double margin) {
        int n = x.length;
        if (!(margin > x[0])) {
            return y[0];   // also NaN margins: the lowest value, as a conservative answer
        }
        if (margin >= x[n - 1]) {
            return y[n - 1];
        }
        int k = Arrays.binarySearch(x, margin);
        if (k >= 0) {
            return y[k];
        }
        int hi = -k - 1;
        int lo = hi - 1;
        double t = (margin - x[lo]) / (x[hi] - x[lo]);
        return y[lo] + t * (y[hi] - y[lo]);
    }

    @Override
    public double logit(double margin) {
        double p = Math.min(1 - EPS, Math.max(EPS, probability(margin)));
        return Math.log(p / (1 - p));
    }

    @Override
    public double reasonScale() {
        return 1;
    }

    @Override
    public Calibration method() {
        return Calibration.ISOTONIC;
    }

    /**
     * Fits the map on margins and 0/1 labels.
     *
     * @param weights sample weights (> 0), or null for 1 each
     */
    static Isotonic fit(double[] margins, int[] labels, double[] weights) {
        int n = margins.length;
        if (n == 0) {
            throw new IllegalArgumentException("isotonic calibration needs at least one margin");
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> margins[i]));
        // pool tied margins: one point per distinct margin, weighted mean label, summed weight
        double[] ux = new double[n];
        double[] uy = new double[n];
        double[] uw = new double[n];
        int u = -1;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            double w = weights == null ? 1 : weights[i];
            if (u < 0 || margins[i] != ux[u]) {
                ux[++u] = margins[i];
            }
            uy[u] += w * labels[i];
            uw[u] += w;
        }
        int m = u + 1;
        for (int k = 0; k < m; k++) {
            uy[k] /= uw[k];
        }
        double[] fitted = poolAdjacentViolators(Arrays.copyOf(uy, m), Arrays.copyOf(uw, m));
        return trimmed(Arrays.copyOf(ux, m), fitted);
    }

    /**
     * Pool-adjacent-violators: the non-decreasing sequence closest to {@code v} in weighted squared error.
     * Blocks are kept on a stack; a new point is merged with the blocks before it while their means are out
     * of order. O(n).
     */
    static double[] poolAdjacentViolators(double[] v, double[] w) {
        int n = v.length;
        double[] mean = new double[n];
        double[] weight = new double[n];
        int[] end = new int[n];   // exclusive end index of each block
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            mean[blocks] = v[i];
            weight[blocks] = w[i];
            end[blocks] = i + 1;
            blocks++;
            while (blocks > 1 && mean[blocks - 2] >= mean[blocks - 1]) {
                double wsum = weight[blocks - 2] + weight[blocks - 1];
                mean[blocks - 2] = (mean[blocks - 2] * weight[blocks - 2] + mean[blocks - 1] * weight[blocks - 1]) / wsum;
                weight[blocks - 2] = wsum;
                end[blocks - 2] = end[blocks - 1];
                blocks--;
            }
        }
        double[] out = new double[n];
        int start = 0;
        for (int b = 0; b < blocks; b++) {
            Arrays.fill(out, start, end[b], mean[b]);
            start = end[b];
        }
        return out;
    }

    /** Drops inner points whose value equals both neighbours' (they add nothing to the interpolation). */
    private static Isotonic trimmed(double[] x, double[] y) {
        int n = x.length;
        double[] kx = new double[n];
        double[] ky = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || i == n - 1 || y[i] != y[i - 1] || y[i] != y[i + 1]) {
                kx[k] = x[i];
                ky[k] = Math.min(1, Math.max(0, y[i]));
                k++;
            }
        }
        return new Isotonic(Arrays.copyOf(kx, k), Arrays.copyOf(ky, k));
    }
}
