package dev.clientele.churn;

import dev.clientele.features.BoundTable;
import dev.clientele.features.FeaturePipeline;

/**
 * A fitted logistic regression on the pipeline's linear view.
 *
 * @param coefficients intercept first, then one per linear-view output
 * @param means        training mean of each linear-view output (reference point of contributions)
 * @param c            the inverse penalty {@code C = 1 / lambda} it was fitted with
 */
record LinearScorer(double[] coefficients, double[] means, double c) implements Scorer {

    LinearScorer {
        coefficients = coefficients.clone();
        means = means.clone();
    }

    @Override
    public String algorithm() {
        return "logistic";
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    @Override
    public double[] means() {
        return means.clone();
    }

    @Override
    public double[] margins(BoundTable bound, int[] rows) {
        int p = means.length;
        double[] buf = new double[p];
        double[] out = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            bound.linear(rows[r], buf, 0);
            double s = coefficients[0];
            for (int j = 0; j < p; j++) {
                s += coefficients[j + 1] * buf[j];
            }
            out[r] = s;
        }
        return out;
    }

    @Override
    public double[] contributions(BoundTable bound, int[] rows) {
        FeaturePipeline pipe = bound.pipeline();
        int[] source = pipe.linear().source();
        int m = pipe.encoders().size();
        int p = means.length;
        double[] buf = new double[p];
        double[] out = new double[rows.length * m];
        for (int r = 0; r < rows.length; r++) {
            bound.linear(rows[r], buf, 0);
            for (int j = 0; j < p; j++) {
                out[r * m + source[j]] += coefficients[j + 1] * (buf[j] - means[j]);
            }
        }
        return out;
    }

    /** Column means of a row-major design. */
    static double[] columnMeans(double[] x, int n, int p) {
        double[] mean = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                mean[j] += x[i * p + j];
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= Math.max(n, 1);
        }
        return mean;
    }
}
