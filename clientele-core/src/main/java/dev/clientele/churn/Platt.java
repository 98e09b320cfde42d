package dev.clientele.churn;

/**
 * Platt scaling: a calibrated probability {@code sigmoid(a * margin + b)}, with {@code a, b} fitted by
 * maximum likelihood on out-of-sample margins, using Platt's smoothed targets
 * {@code (N+ + 1) / (N+ + 2)} and {@code 1 / (N- + 2)} against over-confidence (Platt 1999, "Probabilistic
 * outputs for support vector machines"; the method of scikit-learn's {@code CalibratedClassifierCV(method=
 * "sigmoid")}). Monotone for {@code a > 0}, so ROC AUC is unchanged.
 *
 * @param a slope
 * @param b intercept
 */
public record Platt(double a, double b) implements Calibrator {
    public static final Platt IDENTITY = new Platt(1, 0);

    /** The calibrated log-odds of a margin. */
    @Override
    public double logit(double margin) {
        return a * margin + b;
    }

    /** The slope: reasons are in calibrated log-odds. */
    @Override
    public double reasonScale() {
        return a;
    }

    @Override
    public Calibration method() {
        return Calibration.PLATT;
    }

    /** The calibrated probability of a margin. */
    public double probability(double margin) {
        return LogisticRegression.sigmoid(logit(margin));
    }

    /**
     * Fits {@code a, b} on margins and 0/1 labels by Newton's method with step halving. Constant margins give
     * {@code a = 0} and the smoothed log-odds of the labels.
     */
    public static Platt fit(double[] margins, int[] y) {
        int pos = 0;
        for (int v : y) {
            pos += v;
        }
        int neg = y.length - pos;
        if (pos == 0 || neg == 0) {
            return IDENTITY;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double m : margins) {
            min = Math.min(min, m);
            max = Math.max(max, m);
        }
        if (max - min < 1e-9) {
            // margins carry no ranking: only the (smoothed) base rate can be learnt
            return new Platt(0, Math.log((pos + 1.0) / (neg + 1.0)));
        }
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double[] t = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            t[i] = y[i] == 1 ? hi : lo;
        }
        double a = 1;
        double b = 0;
        double loss = loss(margins, t, a, b);
        for (int iter = 0; iter < 100; iter++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-12;
            double hab = 0;
            double hbb = 1e-12;
            for (int i = 0; i < margins.length; i++) {
                double p = LogisticRegression.sigmoid(a * margins[i] + b);
                double r = p - t[i];
                double h = p * (1 - p);
                ga += r * margins[i];
                gb += r;
                haa += h * margins[i] * margins[i];
                hab += h * margins[i];
                hbb += h;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            double step = 1;
            double na;
            double nb;
            double next;
            do {
                na = a - step * da;
                nb = b - step * db;
                next = loss(margins, t, na, nb);
                step /= 2;
            } while (next > loss && step > 1e-10);
            boolean done = Math.abs(na - a) < 1e-12 && Math.abs(nb - b) < 1e-12 || loss - next < 1e-14 * loss;
            a = na;
            b = nb;
            loss = Math.min(loss, next);
            if (done) {
                break;
            }
        }
        return new Platt(a, b);
    }

    private static double loss(double[] m, double[] t, double a, double b) {
        double s = 0;
        for (int i = 0; i < m.length; i++) {
            double z = a * m[i] + b;
            s += LogisticRegression.softplus(z) - t[i] * z;
        }
        return s;
    }
}
