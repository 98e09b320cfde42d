package dev.clientele.eval;

/**
 * ROC and precision-recall curves, one point per distinct threshold (descending), thinned evenly to at
 * most {@link #MAX_POINTS} points for reports (first and last points always kept).
 */
public final class Curves {
    public static final int MAX_POINTS = 200;

    private Curves() {
    }

    /**
     * A curve.
     *
     * @param x          false positive rate (ROC) or recall (PR)
     * @param y          true positive rate (ROC) or precision (PR)
     * @param thresholds the threshold of each point
     */
    public record Curve(double[] x, double[] y, double[] thresholds) {
    }

    /** ROC curve from (0, 0) (threshold +inf) to (1, 1). */
    public static Curve roc(int[] y, double[] p) {
        Sweep s = Sweep.of(y, p);
        ClassificationMetrics.requireBothClasses(s.positives, s.negatives, "ROC curve");
        double[] fpr = new double[s.size()];
        double[] tpr = new double[s.size()];
        for (int t = 0; t < s.size(); t++) {
            fpr[t] = (double) s.fp[t] / s.negatives;
            tpr[t] = (double) s.tp[t] / s.positives;
        }
        return thin(fpr, tpr, s.thresholds);
    }

    /** Precision-recall curve from the highest threshold down; precision at recall 0 is taken as 1. */
    public static Curve pr(int[] y, double[] p) {
        Sweep s = Sweep.of(y, p);
        ClassificationMetrics.requireBothClasses(s.positives, s.negatives, "PR curve");
        double[] recall = new double[s.size()];
        double[] precision = new double[s.size()];
        for (int t = 0; t < s.size(); t++) {
            recall[t] = (double) s.tp[t] / s.positives;
            long predicted = s.tp[t] + s.fp[t];
            precision[t] = predicted == 0 ? 1 : (double) s.tp[t] / predicted;
        }
        return thin(recall, precision, s.thresholds);
    }

    private static Curve thin(double[] x, double[] y, double[] th) {
        int n = x.length;
        if (n <= MAX_POINTS) {
            return new Curve(x, y, th);
        }
        double[] tx = new double[MAX_POINTS];
        double[] ty = new double[MAX_POINTS];
        double[] tt = new double[MAX_POINTS];
        for (int i = 0; i < MAX_POINTS; i++) {
            int src = (int) Math.round((double) i * (n - 1) / (MAX_POINTS - 1));
            tx[i] = x[src];
            ty[i] = y[src];
            tt[i] = th[src];
        }
        return new Curve(tx, ty, tt);
    }
}
