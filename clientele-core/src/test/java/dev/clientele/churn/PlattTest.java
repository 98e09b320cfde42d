package dev.clientele.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlattTest {

    /**
     * scikit-learn 1.2.1's {@code sklearn.calibration._sigmoid_calibration} (Platt's method with smoothed
     * targets), which models {@code P = 1 / (1 + exp(A f + B))}, so our slope is -A and intercept -B:
     * <pre>
     * i = np.arange(120); f = np.sin(0.37 * i) * 3; y = (np.cos(2.1 * i) + f > 0.5).astype(int)
     * _sigmoid_calibration(f, y) -> A = -1.9213136726721807, B = 0.9609056475364182
     * </pre>
     */
    @Test
    void matches_scikit_learn_sigmoid_calibration() {
        double[] f = new double[120];
        int[] y = new int[120];
        for (int i = 0; i < 120; i++) {
            f[i] = Math.sin(0.37 * i) * 3;
            y[i] = Math.cos(2.1 * i) + f[i] > 0.5 ? 1 : 0;
        }
        Platt p = Platt.fit(f, y);
        assertThat(p.a()).isCloseTo(1.9213136726721807, within(1e-6));
        assertThat(p.b()).isCloseTo(-0.9609056475364182, within(1e-6));
    }

    @Test
    void recovers_the_slope_and_intercept_that_generated_the_labels() {
        SplittableRandom r = new SplittableRandom(5);
        int n = 200_000;
        double[] m = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            m[i] = r.nextDouble() * 8 - 4;
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-(0.5 * m[i] - 1))) ? 1 : 0;
        }
        Platt p = Platt.fit(m, y);
        assertThat(p.a()).isCloseTo(0.5, within(0.02));
        assertThat(p.b()).isCloseTo(-1, within(0.03));
    }

    @Test
    void keeps_margins_unchanged_when_only_one_class_is_seen() {
        assertThat(Platt.fit(new double[] {1, 2}, new int[] {1, 1})).isEqualTo(Platt.IDENTITY);
    }

    @Test
    void learns_only_the_base_rate_from_constant_margins() {
        Platt p = Platt.fit(new double[] {0.7, 0.7, 0.7, 0.7}, new int[] {1, 0, 0, 0});
        assertThat(p.a()).isZero();
        assertThat(p.probability(123)).isCloseTo(2.0 / 6, within(1e-12));
    }
}
