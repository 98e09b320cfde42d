package dev.clientele.eval;

/**
 * Threshold-free metrics of probabilistic binary predictions. Each method checks its inputs once:
 * equal lengths, labels in {0, 1}, and both classes present where the metric needs them.
 */
public final class ClassificationMetrics {
    /** Probabilities are clipped to [EPS, 1 - EPS] in the log loss, as scikit-learn does. */
    public static final double EPS = 1e-15;

    private ClassificationMetrics() {
    }

    /**
     * Area under the ROC curve, i.e. the probability that a random positive scores above a random
     * negative, ties counting one half (Mann-Whitney U / (P N), computed from average ranks).
     */
    public static double rocAuc(int[] y, double[] p) {
        int n = check(y, p);
        int[] order = Ranking.ascending(p);
        double rankSumPos = 0;
        long pos = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && p[order[j + 1]] == p[order[i]]) {
                j++;
            }
            double avgRank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                if (y[order[t]] == 1) {
                    rankSumPos += avgRank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = n - pos;
        requireBothClasses(pos, neg, "ROC AUC");
        return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    /**
     * Average precision: sum over distinct thresholds (descending) of (R_t - R_prev) * P_t, the step-wise
     * area under the precision-recall curve (scikit-learn's average_precision_score).
     */
    public static double prAuc(int[] y, double[] p) {
        int n = check(y, p);
        int[] order = Ranking.descending(p);
        long positives = 0;
        for (int v : y) {
            positives += v;
        }
        requireBothClasses(positives, n - positives, "PR AUC");
        double ap = 0;
        double prevRecall = 0;
        long tp = 0;
        long fp = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && p[order[j]] == p[order[i]]) {
                if (y[order[j]] == 1) {
                    tp++;
                } else {
                    fp++;
                }
                j++;
            }
            double recall = (double) tp / positives;
            double precision = (double) tp / (tp + fp);
            ap += (recall - prevRecall) * precision;
            prevRecall = recall;
            i = j;
        }
        return ap;
    }

    /** Mean negative log-likelihood (natural log), probabilities clipped to [1e-15, 1 - 1e-15]. */
    public static double logLoss(int[] y, double[] p) {
        int n = check(y, p);
        double s = 0;
        for (int i = 0; i < n; i++) {
            double q = Math.min(1 - EPS, Math.max(EPS, p[i]));
            s -= y[i] == 1 ? Math.log(q) : Math.log1p(-q);
        }
        return s / n;
    }

    /** Brier score: mean squared difference between probability and outcome. */
    public static double brier(int[] y, double[] p) {
        int n = check(y, p);
        double s = 0;
        for (int i = 0; i < n; i++) {
            double e = p[i] - y[i];
            s += e * e;
        }
        return s / n;
    }

    /** Share of positive labels. */
    public static double positiveRate(int[] y) {
        long pos = 0;
        for (int v : y) {
            pos += v;
        }
        return y.length == 0 ? Double.NaN : (double) pos / y.length;
    }

    static int check(int[] y, double[] p) {
        if (y.length != p.length) {
            throw new IllegalArgumentException("labels (" + y.length + ") and scores (" + p.length + ") differ in length");
        }
        if (y.length == 0) {
            throw new IllegalArgumentException("no rows to evaluate");
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("label at row " + i + " is " + y[i] + ", expected 0 or 1");
            }
            if (Double.isNaN(p[i])) {
                throw new IllegalArgumentException("score at row " + i + " is NaN");
            }
        }
        return y.length;
    }

    static void requireBothClasses(long pos, long neg, String metric) {
        if (pos == 0 || neg == 0) {
            throw new IllegalArgumentException(metric + " needs both classes, got " + pos + " positive and "
                    + neg + " negative rows");
        }
    }
}
