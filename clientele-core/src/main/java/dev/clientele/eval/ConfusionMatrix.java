package dev.clientele.eval;

/**
 * Counts of a binary classification at one threshold (predicted positive when score >= threshold).
 *
 * @param threshold the threshold used
 * @param tp        positives predicted positive
 * @param fp        negatives predicted positive
 * @param tn        negatives predicted negative
 * @param fn        positives predicted negative
 */
public record ConfusionMatrix(double threshold, long tp, long fp, long tn, long fn) {

    public static ConfusionMatrix at(int[] y, double[] p, double threshold) {
        int n = ClassificationMetrics.check(y, p);
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        for (int i = 0; i < n; i++) {
            boolean predicted = p[i] >= threshold;
            if (y[i] == 1) {
                if (predicted) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (predicted) {
                fp++;
            } else {
                tn++;
            }
        }
        return new ConfusionMatrix(threshold, tp, fp, tn, fn);
    }

    public long total() {
        return tp + fp + tn + fn;
    }

    public double accuracy() {
        return (double) (tp + tn) / total();
    }

    /** tp / (tp + fp); 0 when nothing is predicted positive (scikit-learn's zero_division=0). */
    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    /** tp / (tp + fn), the true positive rate. */
    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    /** fp / (fp + tn). */
    public double falsePositiveRate() {
        return fp + tn == 0 ? 0 : (double) fp / (fp + tn);
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
