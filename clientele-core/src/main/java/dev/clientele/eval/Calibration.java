package dev.clientele.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Calibration (reliability) table: equal-width probability bins on [0, 1]; bin b holds scores in
 * [b / bins, (b + 1) / bins), the last bin also 1.0. A calibrated model has meanPredicted close to
 * observedRate in every populated bin.
 */
public final class Calibration {
    private Calibration() {
    }

    /**
     * One bin; {@code meanPredicted} and {@code observedRate} are NaN when the bin is empty.
     */
    public record Bin(double lower, double upper, int rows, double meanPredicted, double observedRate) {
    }

    public static List<Bin> table(int[] y, double[] p, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1, got " + bins);
        }
        int n = ClassificationMetrics.check(y, p);
        int[] count = new int[bins];
        double[] sumP = new double[bins];
        long[] pos = new long[bins];
        for (int i = 0; i < n; i++) {
            int b = Math.min(bins - 1, Math.max(0, (int) Math.floor(p[i] * bins)));
            count[b]++;
            sumP[b] += p[i];
            pos[b] += y[i];
        }
        List<Bin> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            out.add(new Bin((double) b / bins, (double) (b + 1) / bins, count[b],
                    count[b] == 0 ? Double.NaN : sumP[b] / count[b],
                    count[b] == 0 ? Double.NaN : (double) pos[b] / count[b]));
        }
        return out;
    }

    /**
     * Expected calibration error: the row-weighted mean of |meanPredicted - observedRate| over bins.
     */
    public static double expectedError(List<Bin> table) {
        long rows = 0;
        double s = 0;
        for (Bin b : table) {
            if (b.rows() > 0) {
                rows += b.rows();
                s += b.rows() * Math.abs(b.meanPredicted() - b.observedRate());
            }
        }
        return rows == 0 ? Double.NaN : s / rows;
    }
}
