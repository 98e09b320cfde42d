package dev.clientele.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.clientele.testing.Seeds;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked: values 1, 2, 3, 4, 10 have mean 4, population sd sqrt(50 / 5) = sqrt(10), median 3,
 * quartiles 2 and 4 (numpy "linear"), min 1, max 10.
 */
class ScalingTest {
    private static final double[] V = {1, 2, 3, 4, 10, Double.NaN};

    @Test
    void standard_scaling_uses_mean_and_population_sd_ignoring_missing() {
        ColumnScale s = Scaling.STANDARD.fit(V);
        assertThat(s.center()).isCloseTo(4, within(1e-12));
        assertThat(s.scale()).isCloseTo(Math.sqrt(10), within(1e-12));
        assertThat(s.apply(Double.NaN)).isNaN();
    }

    @Test
    void robust_scaling_uses_median_and_interquartile_range() {
        ColumnScale s = Scaling.ROBUST.fit(V);
        assertThat(s.center()).isEqualTo(3);
        assertThat(s.scale()).isEqualTo(2);
    }

    @Test
    void minmax_scaling_maps_the_fitted_range_onto_zero_one() {
        ColumnScale s = Scaling.MINMAX.fit(V);
        assertThat(s.apply(1)).isEqualTo(0);
        assertThat(s.apply(10)).isEqualTo(1);
    }

    @Test
    void log_standard_scaling_standardises_the_symmetric_log() {
        ColumnScale s = Scaling.LOG_STANDARD.fit(new double[] {0, Math.E - 1});
        // log1p values 0 and 1: mean 0.5, sd 0.5
        assertThat(s.apply(0)).isCloseTo(-1, within(1e-12));
        assertThat(s.apply(Math.E - 1)).isCloseTo(1, within(1e-12));
        assertThat(s.apply(-(Math.E - 1))).isCloseTo(-3, within(1e-12));
    }

    @Test
    void a_constant_column_scales_to_zero_not_nan() {
        assertThat(Scaling.STANDARD.fit(new double[] {5, 5, 5}).apply(5)).isZero();
    }

    @Test
    void scaler_names_parse_from_the_command_line() {
        assertThat(Scaling.parse("log-standard")).isEqualTo(Scaling.LOG_STANDARD);
        assertThat(Scaling.LOG_STANDARD.label()).isEqualTo("log-standard");
        assertThatThrownBy(() -> Scaling.parse("zscore"))
                .hasMessage("unknown scaler 'zscore'; use standard, robust, minmax, log-standard or none");
    }

    /** 2 to 20 fitted values of any size (reduced into (-1e6, 1e6)), sometimes all equal; x in [-1e6, 1e6]. */
    @Seeds.Cases(50)
    void invert_undoes_apply(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] values = values(r, Seeds.between(r, 2, 20));
        double x = Seeds.between(r, -1e6, 1e6);
        for (Scaling kind : Scaling.values()) {
            double[] finite = Arrays.stream(values).map(v -> Double.isFinite(v) ? v % 1e6 : 0).toArray();
            ColumnScale s = kind.fit(finite);
            assertThat(s.invert(s.apply(x))).as("%s fitted on %s", kind, Arrays.toString(finite))
                    .isCloseTo(x, within(1e-6 * Math.max(1, Math.abs(x))));
        }
    }

    private static final double[] EDGES = {0, -0.0, 1, -1, 0.01, -0.01, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.MAX_VALUE, -Double.MAX_VALUE};

    /** One column: a quarter of the time a constant, otherwise each value an edge, a small integer or any magnitude. */
    private static double[] values(SplittableRandom r, int size) {
        double[] v = new double[size];
        boolean constant = r.nextInt(4) == 0;
        for (int i = 0; i < size; i++) {
            v[i] = constant && i > 0 ? v[0] : switch (r.nextInt(4)) {
                case 0 -> EDGES[r.nextInt(EDGES.length)];
                case 1 -> r.nextInt(-10, 11);
                case 2 -> r.nextDouble(-1e6, 1e6);
                default -> (r.nextBoolean() ? 1 : -1) * Math.pow(10, r.nextDouble(-300, 300));
            };
        }
        return v;
    }
}
