package dev.clientele.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.clientele.Progress;
import dev.clientele.data.DataException;
import dev.clientele.segment.SegmentFixtures.Points;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SilhouetteTest {

    /**
     * scikit-learn 1.2.1 on examples/iris.csv with the species as labels (values quoted in issue 4):
     * {@code python3 -c "import pandas as p; from sklearn.metrics import silhouette_score as s;
     * d = p.read_csv('examples/iris.csv'); X = d.iloc[:, :4].values;
     * print(s(X, d.species), s(X, d.species, metric='sqeuclidean'))"}.
     */
    @Test
    void iris_species_scores_match_scikit_learn() {
        Points iris = SegmentFixtures.iris();
        assertThat(score(iris, SilhouetteMode.EXACT)).isCloseTo(0.503477440693, within(1e-12));
        assertThat(score(iris, SilhouetteMode.SQUARED)).isCloseTo(0.656667017879, within(1e-12));
        assertThat(scalarExact(iris, 1)).isCloseTo(0.503477440693, within(1e-12));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            Arguments.of("blobs 3 clusters, 3 tiles each", SegmentFixtures.blobs(2400, 5, 3, 1.5, 1)),
            Arguments.of("blobs 8 clusters d=10", SegmentFixtures.blobs(1100, 10, 8, 2.0, 2)),
            Arguments.of("ties on an integer grid", SegmentFixtures.grid(700, 3, 4, 3, 3)),
            Arguments.of("k=2, d=1", SegmentFixtures.blobs(600, 1, 2, 3.0, 4)),
            Arguments.of("singleton cluster", withSingleton(SegmentFixtures.blobs(530, 2, 3, 1.0, 5))),
            Arguments.of("empty cluster label", withEmpty(SegmentFixtures.blobs(300, 4, 3, 1.0, 6))),
            Arguments.of("fewer points than a tile", SegmentFixtures.blobs(37, 3, 3, 2.0, 7)),
            Arguments.of("d=7 odd feature count", SegmentFixtures.grid(1300, 7, 5, 50, 8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exact_matches_the_naive_pairwise_reference(String name, Points p) {
        double[] naive = new double[p.n()];
        double expected = NaiveSilhouette.exact(p.x(), p.n(), p.d(), p.labels(), p.k(), naive);
        SilhouetteResult fast = Silhouette.compute(p.x(), p.n(), p.d(), p.labels(), p.k(), SilhouetteMode.EXACT,
            0, 0, true);
        assertThat(fast.value()).isCloseTo(expected, within(1e-9));
        for (int i = 0; i < p.n(); i++) {
            assertThat(fast.perPoint()[i]).as("point %d", i).isCloseTo(naive[i], within(1e-9));
        }
        assertThat(scalarExact(p, 3)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_vector_api_kernel_matches_the_naive_pairwise_reference(String name, Points p) {
        ExactSilhouette.PairKernel vector = Silhouette.vectorKernel();
        assumeTrue(vector != null, "jdk.incubator.vector not present");
        double[] naive = new double[p.n()];
        double expected = NaiveSilhouette.exact(p.x(), p.n(), p.d(), p.labels(), p.k(), naive);
        double[] viaVector = new double[p.n()];
        try (Workers w = new Workers(2)) {
            double v = ExactSilhouette.compute(p.x(), p.n(), p.d(), p.labels(), p.k(), viaVector, w, vector, Progress.NONE);
            assertThat(v).isCloseTo(expected, within(1e-9));
        }
        for (int i = 0; i < p.n(); i++) {
            assertThat(viaVector[i]).as("point %d", i).isCloseTo(naive[i], within(1e-9));
        }
    }

    @Test
    void uses_the_vector_kernel_exactly_when_the_module_is_present() {
        boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        if (!present || "false".equals(System.getProperty("clientele.vector"))) {
            assertThat(Silhouette.vectorized()).isFalse();
        } else if (Silhouette.vectorized()) {
            assertThat(Silhouette.vectorKernel().ready()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void squared_simplified_and_sampled_match_the_naive_reference(String name, Points p) {
        for (SilhouetteMode mode : new SilhouetteMode[] {SilhouetteMode.SQUARED, SilhouetteMode.SIMPLIFIED,
            SilhouetteMode.SAMPLED}) {
            SilhouetteResult naive = NaiveSilhouette.compute(p.x(), p.n(), p.d(), p.labels(), p.k(), mode, 200, 9, true);
            SilhouetteResult fast = Silhouette.compute(p.x(), p.n(), p.d(), p.labels(), p.k(), mode, 200, 9, true);
            assertThat(fast.value()).as(mode.label()).isCloseTo(naive.value(), within(1e-9));
            assertThat(fast.points()).isEqualTo(naive.points());
            for (int i = 0; i < p.n(); i++) {
                double want = naive.perPoint()[i];
                if (Double.isNaN(want)) {
                    assertThat(fast.perPoint()[i]).isNaN();
                } else {
                    assertThat(fast.perPoint()[i]).as("%s point %d", mode.label(), i).isCloseTo(want, within(1e-9));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SilhouetteMode.class)
    void gives_identical_bits_whatever_the_thread_count(SilhouetteMode mode) {
        Points p = SegmentFixtures.blobs(3000, 6, 4, 2.0, 11);
        SilhouetteResult one = run(p, mode, 1);
        for (int threads : new int[] {2, 3, 7}) {
            SilhouetteResult many = run(p, mode, threads);
            assertThat(many.value()).isEqualTo(one.value());
            assertThat(many.perPoint()).containsExactly(one.perPoint());
        }
        assertThat(scalarExact(p, 7)).isEqualTo(scalarExact(p, 1));
    }

    @Test
    void sampled_mode_uses_the_requested_number_of_points_and_marks_the_others_nan() {
        Points p = SegmentFixtures.blobs(1000, 3, 3, 1.0, 12);
        SilhouetteResult r = Silhouette.compute(p.x(), p.n(), p.d(), p.labels(), p.k(), SilhouetteMode.SAMPLED,
            100, 5, true);
        assertThat(r.points()).isEqualTo(100);
        assertThat(java.util.Arrays.stream(r.perPoint()).filter(Double::isNaN).count()).isEqualTo(900);
        SilhouetteResult other = Silhouette.compute(p.x(), p.n(), p.d(), p.labels(), p.k(), SilhouetteMode.SAMPLED,
            100, 6, false);
        assertThat(other.value()).isNotEqualTo(r.value());
        assertThat(other.perPoint()).isNull();
    }

    @Test
    void rejects_bad_labels_k_and_sample_size_with_clear_messages() {
        Points p = SegmentFixtures.blobs(10, 2, 2, 1.0, 13);
        assertThatThrownBy(() -> Silhouette.compute(p.x(), 10, 2, p.labels(), 1, SilhouetteMode.EXACT, 0, 0, false))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("k must be >= 2, got 1");
        int[] bad = p.labels().clone();
        bad[4] = 2;
        assertThatThrownBy(() -> Silhouette.compute(p.x(), 10, 2, bad, 2, SilhouetteMode.EXACT, 0, 0, false))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("labels[4] = 2 is outside [0, 2)");
        assertThatThrownBy(() -> Silhouette.compute(p.x(), 10, 2, p.labels(), 2, SilhouetteMode.SAMPLED, 1, 0, false))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("sample size must be >= 2, got 1");
        assertThatThrownBy(() -> Silhouette.compute(new double[0], 10, 0, p.labels(), 2, SilhouetteMode.EXACT, 0, 0, false))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("d (number of features) must be >= 1, got 0");
    }

    @ParameterizedTest
    @EnumSource(SilhouetteMode.class)
    void rejects_nan_and_infinite_values_naming_row_and_feature(SilhouetteMode mode) {
        Points p = SegmentFixtures.blobs(50, 3, 2, 1.0, 14);
        double[] x = p.x().clone();
        x[7 * 3 + 2] = Double.NaN;
        x[9 * 3] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> Silhouette.compute(x, 50, 3, p.labels(), 2, mode, 10, 0, false))
            .isInstanceOf(DataException.class)
            .hasMessage("row 8, feature 3: value NaN is not a finite number; drop or impute missing and infinite"
                + " values before clustering");
    }

    @Test
    void all_identical_points_score_zero() {
        double[] x = new double[40 * 2];
        java.util.Arrays.fill(x, 3.5);
        int[] labels = new int[40];
        for (int i = 0; i < 40; i++) {
            labels[i] = i % 2;
        }
        for (SilhouetteMode mode : SilhouetteMode.values()) {
            assertThat(Silhouette.compute(x, 40, 2, labels, 2, mode, 10, 0, false).value()).as(mode.label()).isZero();
        }
    }

    private static double score(Points p, SilhouetteMode mode) {
        return Silhouette.compute(p.x(), p.n(), p.d(), p.labels(), p.k(), mode, 0, 0, false).value();
    }

    private static SilhouetteResult run(Points p, SilhouetteMode mode, int threads) {
        return Silhouette.compute(p.x(), p.n(), p.d(), p.labels(), p.k(), mode, 500, 3, true, threads, Progress.NONE);
    }

    /** The exact silhouette with the plain-Java loops only (no Vector API kernel). */
    static double scalarExact(Points p, int threads) {
        try (Workers w = new Workers(threads)) {
            return ExactSilhouette.compute(p.x(), p.n(), p.d(), p.labels(), p.k(), new double[p.n()], w, null,
                Progress.NONE);
        }
    }

    private static Points withSingleton(Points p) {
        int[] labels = p.labels().clone();
        labels[17] = p.k();
        return new Points(p.x(), p.n(), p.d(), labels, p.k() + 1);
    }

    private static Points withEmpty(Points p) {
        return new Points(p.x(), p.n(), p.d(), p.labels(), p.k() + 1);
    }
}
