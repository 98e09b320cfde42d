package dev.clientele.churn;

/**
 * L2-regularised logistic regression solved exactly by Newton's method (iteratively reweighted least
 * squares) with step halving. Minimises
 * <pre>  sum_i w_i [log(1 + exp(eta_i)) - y_i eta_i] + (lambda / 2) * sum_{j >= 1} beta_j^2,
 *   eta_i = beta_0 + x_i . beta</pre>
 * with the intercept {@code beta_0} unpenalised: the objective of scikit-learn's
 * {@code LogisticRegression(C = 1 / lambda)} with the lbfgs solver. The Hessian {@code X'WX + lambda I}
 * is positive definite for {@code lambda > 0}, so the solution is unique (Hastie, Tibshirani &amp; Friedman,
 * The Elements of Statistical Learning, 2nd ed., section 4.4.1).
 */
final class LogisticRegression {
    static final int MAX_ITERATIONS = 100;
    static final double TOLERANCE = 1e-10;

    private LogisticRegression() {
    }

    /**
     * Fits the coefficients.
     *
     * @param x      design, row-major, {@code n x p}
     * @param y      0/1 labels
     * @param w      row weights (> 0), or null for 1
     * @param lambda penalty, > 0
     * @param start  starting coefficients ({@code p + 1}, intercept first) or null
     * @return {@code p + 1} coefficients, intercept first
     */
    static double[] fit(double[] x, int n, int p, int[] y, double[] w, double lambda, double[] start) {
        return fit(SparseRows.of(x, n, p), y, w, lambda, start);
    }

    /** As {@link #fit(double[], int, int, int[], double[], double, double[])} on a sparse design. */
    static double[] fit(SparseRows x, int[] y, double[] w, double lambda, double[] start) {
        int p = x.p();
        if (!(lambda > 0)) {
            throw new IllegalArgumentException("lambda must be > 0, got " + lambda);
        }
        int q = p + 1;
        double[] beta = start == null ? initial(y, w, q) : start.clone();
        double loss = objective(x, y, w, lambda, beta);
        double[] grad = new double[q];
        double[] hess = new double[q * q];
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            gradientAndHessian(x, y, w, lambda, beta, grad, hess);
            double[] step = Cholesky.solve(hess, grad, q);
            double t = 1;
            double[] next = new double[q];
            double nextLoss;
            do {
                for (int j = 0; j < q; j++) {
                    next[j] = beta[j] - t * step[j];
                }
                nextLoss = objective(x, y, w, lambda, next);
                t /= 2;
            } while (nextLoss > loss + 1e-12 * Math.abs(loss) && t > 1e-10);
            double change = 0;
            for (int j = 0; j < q; j++) {
                change = Math.max(change, Math.abs(next[j] - beta[j]));
            }
            beta = next;
            boolean flat = loss - nextLoss <= 1e-15 * Math.abs(loss);
            loss = nextLoss;
            if (change < TOLERANCE || flat) {
                break;
            }
        }
        return beta;
    }

    /** Intercept at the weighted log-odds of the labels, other coefficients 0. */
    private static double[] initial(int[] y, double[] w, int q) {
        double pos = 0;
        double all = 0;
        for (int i = 0; i < y.length; i++) {
            double wi = w == null ? 1 : w[i];
            pos += wi * y[i];
            all += wi;
        }
        double rate = Math.min(Math.max(pos / all, 1e-6), 1 - 1e-6);
        double[] beta = new double[q];
        beta[0] = Math.log(rate / (1 - rate));
        return beta;
    }

    /** Linear predictor of row i. */
    static double eta(double[] x, int i, int p, double[] beta) {
        double s = beta[0];
        int off = i * p;
        for (int j = 0; j < p; j++) {
            s += x[off + j] * beta[j + 1];
        }
        return s;
    }

    static double objective(SparseRows x, int[] y, double[] w, double lambda, double[] beta) {
        double sum = 0;
        for (int i = 0; i < x.n(); i++) {
            double e = x.eta(i, beta);
            double wi = w == null ? 1 : w[i];
            sum += wi * (softplus(e) - y[i] * e);
        }
        double pen = 0;
        for (int j = 1; j < beta.length; j++) {
            pen += beta[j] * beta[j];
        }
        return sum + 0.5 * lambda * pen;
    }

    /** log(1 + e^z) without overflow. */
    static double softplus(double z) {
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    private static void gradientAndHessian(SparseRows x, int[] y, double[] w, double lambda, double[] beta,
                                           double[] grad, double[] hess) {
        int q = x.p() + 1;
        java.util.Arrays.fill(grad, 0);
        java.util.Arrays.fill(hess, 0);
        int[] start = x.start();
        int[] col = x.column();
        double[] val = x.value();
        for (int i = 0; i < x.n(); i++) {
            double mu = sigmoid(x.eta(i, beta));
            double wi = w == null ? 1 : w[i];
            double r = wi * (mu - y[i]);
            double h = wi * mu * (1 - mu);
            int from = start[i];
            int to = start[i + 1];
            grad[0] += r;
            hess[0] += h;
            for (int k = from; k < to; k++) {
                int a = col[k] + 1;
                double hv = h * val[k];
                grad[a] += r * val[k];
                hess[a] += hv;
                int off = a * q;
                for (int l = k; l < to; l++) {
                    hess[off + col[l] + 1] += hv * val[l];
                }
            }
        }
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < a; b++) {
                hess[a * q + b] = hess[b * q + a];
            }
        }
        for (int j = 1; j < q; j++) {
            grad[j] += lambda * beta[j];
            hess[j * q + j] += lambda;
        }
    }
}
