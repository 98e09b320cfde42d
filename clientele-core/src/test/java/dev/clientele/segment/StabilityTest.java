package dev.clientele.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientele.segment.SegmentFixtures.Points;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StabilityTest {

    @Test
    void well_separated_blobs_with_the_right_k_are_stable() {
        Points p = SegmentFixtures.blobs(3000, 4, 4, 0.8, 31);
        KMeansOptions o = KMeansOptions.of(4, 1).withNInit(3);
        KMeansResult full = KMeans.fit(p.x(), p.n(), p.d(), o);
        Stability.Result r = Stability.of(p.x(), p.n(), p.d(), full.labels(), o, 5, 3000, 9);
        assertThat(r.meanAri()).isGreaterThan(0.99);
        assertThat(r.stable()).isTrue();
        assertThat(r.ari()).hasSize(5);
    }

    @Test
    void splitting_structureless_data_is_less_stable_than_real_clusters() {
        Points blobs = SegmentFixtures.blobs(2000, 2, 3, 0.8, 32);
        Points noise = SegmentFixtures.blobs(2000, 2, 1, 5.0, 33);
        KMeansOptions o = KMeansOptions.of(3, 2).withNInit(1);
        double real = stability(blobs, o);
        double none = stability(noise, o);
        assertThat(real).isGreaterThan(0.95);
        assertThat(none).isLessThan(real - 0.05);
    }

    @Test
    void is_reproducible_for_a_seed() {
        Points p = SegmentFixtures.blobs(1500, 3, 5, 3.0, 34);
        KMeansOptions o = KMeansOptions.of(5, 1).withNInit(1);
        int[] labels = KMeans.fit(p.x(), p.n(), p.d(), o).labels();
        Stability.Result a = Stability.of(p.x(), p.n(), p.d(), labels, o, 4, 800, 3);
        Stability.Result b = Stability.of(p.x(), p.n(), p.d(), labels, o.withThreads(1), 4, 800, 3);
        assertThat(a.ari()).containsExactly(b.ari());
        assertThat(a.meanAri()).isEqualTo(Arrays.stream(a.ari()).sum() / 4);
    }

    @Test
    void rejects_bad_bootstrap_settings() {
        Points p = SegmentFixtures.blobs(100, 2, 2, 1.0, 35);
        KMeansOptions o = KMeansOptions.of(3, 1);
        assertThatThrownBy(() -> Stability.of(p.x(), p.n(), p.d(), p.labels(), o, 0, 50, 1))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("bootstraps must be >= 1, got 0");
        assertThatThrownBy(() -> Stability.of(p.x(), p.n(), p.d(), p.labels(), o, 3, 2, 1))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("sample size must be from k = 3 to n = 100, got 2");
    }

    private static double stability(Points p, KMeansOptions o) {
        int[] labels = KMeans.fit(p.x(), p.n(), p.d(), o).labels();
        return Stability.of(p.x(), p.n(), p.d(), labels, o, 6, p.n(), 4).meanAri();
    }
}
