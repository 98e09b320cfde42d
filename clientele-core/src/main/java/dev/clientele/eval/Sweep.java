package dev.clientele.eval;

/**
 * Counts at every distinct threshold, from "predict nothing" (threshold +inf) down to the lowest score:
 * entry t says how many positives ({@code tp[t]}) and negatives ({@code fp[t]}) score {@code >= thresholds[t]}.
 */
final class Sweep {
    final double[] thresholds;
    final long[] tp;
    final long[] fp;
    final long positives;
    final long negatives;

    private Sweep(double[] thresholds, long[] tp, long[] fp, long positives, long negatives) {
        this.thresholds = thresholds;
        this.tp = tp;
        this.fp = fp;
        this.positives = positives;
        this.negatives = negatives;
    }

    static Sweep of(int[] y, double[] p) {
        int n = ClassificationMetrics.check(y, p);
        int[] order = Ranking.descending(p);
        double[] th = new double[n + 1];
        long[] tp = new long[n + 1];
        long[] fp = new long[n + 1];
        th[0] = Double.POSITIVE_INFINITY;
        int m = 1;
        long t = 0;
        long f = 0;
        int i = 0;
        while (i < n) {
            double s = p[order[i]];
            while (i < n && p[order[i]] == s) {
                if (y[order[i]] == 1) {
                    t++;
                } else {
                    f++;
                }
                i++;
            }
            th[m] = s;
            tp[m] = t;
            fp[m] = f;
            m++;
        }
        return new Sweep(java.util.Arrays.copyOf(th, m), java.util.Arrays.copyOf(tp, m),
                java.util.Arrays.copyOf(fp, m), t, f);
    }

    int size() {
        return thresholds.length;
    }
}
