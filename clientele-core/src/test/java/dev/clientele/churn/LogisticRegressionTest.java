package dev.clientele.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.clientele.testing.Seeds;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Golden coefficients from scikit-learn 1.2.1 ({@code /usr/bin/python3}) on a design defined by formula:
 * <pre>
 * i = np.arange(120)
 * X = np.column_stack([np.sin(0.7 * i), 2 * np.cos(1.3 * i), ((i * 37) % 11) / 5.0 - 1])
 * y = (np.sin(1.9 * i) + X[:, 0] - 0.5 * X[:, 1] + 0.3 * X[:, 2] > 0.2).astype(int)
 * w = 1.0 + (i % 3)
 * LogisticRegression(C=0.5, tol=1e-12, max_iter=100000, solver="newton-cg").fit(X, y)
 *   -> intercept -0.24453097086304806, coef [1.7986293523862904, -1.1571294295988015, 0.46459661605070807]
 * LogisticRegression(C=0.05, tol=1e-12, max_iter=100000, solver="newton-cg").fit(X, y, sample_weight=w)
 *   -> intercept -0.1286610668700333, coef [0.9278143530740528, -0.8067153976073825, 0.04419727595604124]
 * </pre>
 * (newton-cg, because the default lbfgs stops with a gradient of about 4e-5 here: its coefficients differ
 * from the exact optimum in the sixth decimal; newton-cg's gradient is below 1e-9.)
 */
class LogisticRegressionTest {
    static final int N = 120;

    static double[] design() {
        double[] x = new double[N * 3];
        for (int i = 0; i < N; i++) {
            x[i * 3] = Math.sin(0.7 * i);
            x[i * 3 + 1] = 2 * Math.cos(1.3 * i);
            x[i * 3 + 2] = ((i * 37) % 11) / 5.0 - 1;
        }
        return x;
    }

    static int[] labels(double[] x) {
        int[] y = new int[N];
        for (int i = 0; i < N; i++) {
            y[i] = Math.sin(1.9 * i) + x[i * 3] - 0.5 * x[i * 3 + 1] + 0.3 * x[i * 3 + 2] > 0.2 ? 1 : 0;
        }
        return y;
    }

    @Test
    void matches_scikit_learn_coefficients_for_the_same_c() {
        double[] x = design();
        double[] beta = LogisticRegression.fit(x, N, 3, labels(x), null, 1 / 0.5, null);
        assertThat(beta).containsExactly(new double[] {-0.24453097086304806, 1.7986293523862904, -1.1571294295988015,
                0.46459661605070807}, within(1e-8));
    }

    @Test
    void matches_scikit_learn_with_sample_weights() {
        double[] x = design();
        double[] w = new double[N];
        for (int i = 0; i < N; i++) {
            w[i] = 1 + (i % 3);
        }
        double[] beta = LogisticRegression.fit(x, N, 3, labels(x), w, 1 / 0.05, null);
        assertThat(beta).containsExactly(new double[] {-0.1286610668700333, 0.9278143530740528, -0.8067153976073825,
                0.04419727595604124}, within(1e-8));
    }

    @Test
    void rejects_a_non_positive_penalty() {
        double[] x = design();
        assertThatThrownBy(() -> LogisticRegression.fit(x, N, 3, labels(x), null, 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("lambda must be > 0, got 0.0");
    }

    @Test
    void converges_on_separable_data_because_of_the_penalty() {
        double[] x = {-2, -1, 1, 2};
        double[] beta = LogisticRegression.fit(x, 4, 1, new int[] {0, 0, 1, 1}, null, 1.0, null);
        assertThat(beta[1]).isPositive().isFinite();
        for (double g : gradient(x, 4, 1, new int[] {0, 0, 1, 1}, null, 1.0, beta)) {
            assertThat(g).isCloseTo(0, within(1e-9));
        }
    }

    /** A weight of 2 on a row fits the same as the row appearing twice. */
    @Seeds.Cases(20)
    void integer_weights_equal_repeated_rows(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 40;
        int p = 2;
        double[] x = new double[n * p];
        int[] y = new int[n];
        double[] w = new double[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            x[i * p] = r.nextGaussian();
            x[i * p + 1] = r.nextGaussian();
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-x[i * p])) ? 1 : 0;
            w[i] = 1 + r.nextInt(3);
            total += (int) w[i];
        }
        double[] xr = new double[total * p];
        int[] yr = new int[total];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < w[i]; c++) {
                xr[k * p] = x[i * p];
                xr[k * p + 1] = x[i * p + 1];
                yr[k++] = y[i];
            }
        }
        assertThat(LogisticRegression.fit(x, n, p, y, w, 0.7, null))
                .containsExactly(LogisticRegression.fit(xr, total, p, yr, null, 0.7, null), within(1e-8));
    }

    /** At the optimum the gradient of the penalised objective vanishes (first-order condition). */
    @Seeds.Cases(20)
    void gradient_vanishes_at_the_solution(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 60;
        int p = 4;
        double[] x = new double[n * p];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                x[i * p + j] = j == 3 ? r.nextInt(2) : r.nextGaussian();
            }
            y[i] = r.nextInt(2);
        }
        double lambda = 0.01 + r.nextDouble() * 5;
        double[] beta = LogisticRegression.fit(x, n, p, y, null, lambda, null);
        for (double g : gradient(x, n, p, y, null, lambda, beta)) {
            assertThat(g).isCloseTo(0, within(1e-7));
        }
    }

    /** Naive gradient of the objective, written independently of the solver. */
    static double[] gradient(double[] x, int n, int p, int[] y, double[] w, double lambda, double[] beta) {
        double[] g = new double[p + 1];
        for (int i = 0; i < n; i++) {
            double eta = beta[0];
            for (int j = 0; j < p; j++) {
                eta += x[i * p + j] * beta[j + 1];
            }
            double mu = 1 / (1 + Math.exp(-eta));
            double wi = w == null ? 1 : w[i];
            g[0] += wi * (mu - y[i]);
            for (int j = 0; j < p; j++) {
                g[j + 1] += wi * (mu - y[i]) * x[i * p + j];
            }
        }
        for (int j = 1; j <= p; j++) {
            g[j] += lambda * beta[j];
        }
        return g;
    }
}
