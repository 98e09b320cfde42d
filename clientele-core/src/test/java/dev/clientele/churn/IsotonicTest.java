package dev.clientele.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.clientele.testing.Seeds;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsotonicTest {

    @Test
    void pools_adjacent_violators_as_worked_by_hand() {
        // 3 > 1 pools to 2; 2 (pooled) >= 2 pools to (3 + 1 + 2) / 3 = 2; 5 > 4 pools to 4.5
        double[] fitted = Isotonic.poolAdjacentViolators(new double[] {3, 1, 2, 5, 4}, new double[] {1, 1, 1, 1, 1});
        assertThat(fitted).containsExactly(2, 2, 2, 4.5, 4.5);
        // weights: (3 * 1 + 1 * 3) / 4 = 1.5
        assertThat(Isotonic.poolAdjacentViolators(new double[] {3, 1, 7}, new double[] {1, 3, 1}))
                .containsExactly(1.5, 1.5, 7);
    }

    @Test
    void interpolates_between_thresholds_and_clips_outside_them_as_worked_by_hand() {
        // labels 1, 0 at margins 1, 2 pool to 0.5; 1, 1, 1 at 3, 4, 5 stay 1; the point at 4 is redundant
        Isotonic iso = Isotonic.fit(new double[] {5, 2, 3, 1, 4}, new int[] {1, 0, 1, 1, 1}, null);
        assertThat(iso.x()).containsExactly(1, 2, 3, 5);
        assertThat(iso.y()).containsExactly(0.5, 0.5, 1, 1);
        assertThat(iso.probability(2.5)).isEqualTo(0.75);
        assertThat(iso.probability(-7)).isEqualTo(0.5);
        assertThat(iso.probability(9)).isEqualTo(1);
        assertThat(iso.logit(1.5)).isZero();
        assertThat(iso.logit(9)).isCloseTo(Math.log((1 - 1e-6) / 1e-6), within(1e-9));
    }

    /**
     * scikit-learn 1.2.1, {@code IsotonicRegression(out_of_bounds='clip')}:
     * <pre>
     * /usr/bin/python3 -c "import numpy as np; from sklearn.isotonic import IsotonicRegression
     * i=np.arange(40); x=(i*37%23)/4.0; y=((i*i*7+3)%11 < 2*x).astype(float); w=1.0+i%3
     * r=IsotonicRegression(out_of_bounds='clip').fit(x,y,sample_weight=w)
     * print(r.X_thresholds_.tolist(), r.y_thresholds_.tolist(), r.predict([-1,0,0.3,1.1,2.6,3.9,5.5,7]).tolist())"
     * </pre>
     */
    @Test
    void matches_scikit_learn_isotonic_regression_with_ties_and_weights() {
        int n = 40;
        double[] x = new double[n];
        int[] y = new int[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i * 37 % 23) / 4.0;
            y[i] = (i * i * 7 + 3) % 11 < 2 * x[i] ? 1 : 0;
            w[i] = 1 + i % 3;
        }
        Isotonic iso = Isotonic.fit(x, y, w);
        assertThat(iso.x()).containsExactly(0.0, 1.0, 1.25, 1.75, 2.0, 2.75, 3.0, 3.5, 3.75, 4.5, 4.75, 5.5);
        assertThat(iso.y()).containsExactly(new double[] {0.0, 0.0, 0.25, 0.25, 0.5, 0.5, 0.7, 0.7, 0.7692307692307693,
                0.7692307692307693, 1.0, 1.0}, within(1e-12));
        double[] query = {-1, 0, 0.3, 1.1, 2.6, 3.9, 5.5, 7};
        double[] expected = {0.0, 0.0, 0.0, 0.10000000000000009, 0.5, 0.7692307692307693, 1.0, 1.0};
        for (int k = 0; k < query.length; k++) {
            assertThat(iso.probability(query[k])).as("margin %s", query[k]).isCloseTo(expected[k], within(1e-12));
        }
    }

    @Seeds.Cases(100)
    void the_fitted_map_is_monotone_bounded_and_keeps_the_weighted_churn_rate(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = Seeds.between(r, 1, 300);
        int distinct = Seeds.between(r, 1, 50);   // few distinct margins: many ties
        double[] m = new double[n];
        int[] y = new int[n];
        double[] w = new double[n];
        double labelSum = 0;
        double weightSum = 0;
        for (int i = 0; i < n; i++) {
            m[i] = r.nextInt(distinct) * 0.37 - 5;
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-m[i])) ? 1 : 0;
            w[i] = Seeds.between(r, 0.1, 3.0);
            labelSum += w[i] * y[i];
            weightSum += w[i];
        }
        Isotonic iso = Isotonic.fit(m, y, w);
        double fittedSum = 0;
        for (int i = 0; i < n; i++) {
            fittedSum += w[i] * iso.probability(m[i]);
        }
        assertThat(fittedSum).isCloseTo(labelSum, within(1e-9 * weightSum));
        double[] q = r.doubles(200, -8, 8).toArray();
        Arrays.sort(q);
        for (int k = 1; k < q.length; k++) {
            assertThat(iso.probability(q[k])).isBetween(iso.probability(q[k - 1]), 1.0);
            assertThat(iso.logit(q[k])).isGreaterThanOrEqualTo(iso.logit(q[k - 1])).isFinite();
        }
        assertThat(iso.probability(q[0])).isGreaterThanOrEqualTo(0);
    }

    @Test
    void calibration_names_are_parsed_and_bad_ones_refused_with_the_accepted_values() {
        assertThat(Calibration.parse(" Isotonic")).isEqualTo(Calibration.ISOTONIC);
        assertThat(Calibration.parse("platt")).isEqualTo(Calibration.PLATT);
        assertThatThrownBy(() -> Calibration.parse("beta"))
                .hasMessage("unknown calibration 'beta'; use platt or isotonic");
    }

    @Test
    void refuses_a_map_that_is_not_monotone() {
        assertThatThrownBy(() -> new Isotonic(new double[] {1, 2}, new double[] {0.6, 0.4}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry 1 is (2.0, 0.4)");
    }
}
