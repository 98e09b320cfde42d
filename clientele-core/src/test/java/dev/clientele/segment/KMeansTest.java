package dev.clientele.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.clientele.data.DataException;
import dev.clientele.segment.SegmentFixtures.Points;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class KMeansTest {

    /**
     * scikit-learn 1.2.1: {@code python3 -c "import pandas as p; from sklearn.cluster import KMeans;
     * X = p.read_csv('examples/iris.csv').iloc[:, :4].values;
     * print(repr(KMeans(3, n_init=10, random_state=0).fit(X).inertia_))"} prints 78.85144142614601.
     */
    @Test
    void iris_with_three_clusters_reaches_scikit_learns_inertia() {
        Points iris = SegmentFixtures.iris();
        KMeansResult r = KMeans.fit(iris.x(), iris.n(), iris.d(), KMeansOptions.of(3, 0));
        assertThat(r.inertia()).isCloseTo(78.851441426146, within(1e-9));
        assertThat(r.sizes()).containsExactlyInAnyOrder(50, 38, 62);
    }

    @Test
    void gives_identical_results_whatever_the_thread_count() {
        Points p = SegmentFixtures.blobs(20_000, 5, 6, 4.0, 21);
        KMeansOptions o = KMeansOptions.of(6, 7).withNInit(3);
        KMeansResult one = KMeans.fit(p.x(), p.n(), p.d(), o.withThreads(1));
        for (int threads : new int[] {2, 3, 7}) {
            KMeansResult many = KMeans.fit(p.x(), p.n(), p.d(), o.withThreads(threads));
            assertThat(many.inertia()).isEqualTo(one.inertia());
            assertThat(many.iterations()).isEqualTo(one.iterations());
            assertThat(many.centroids()).containsExactly(one.centroids());
            assertThat(many.labels()).containsExactly(one.labels());
        }
    }

    @Test
    void seeding_picks_the_same_points_as_the_naive_greedy_k_means_plus_plus() {
        for (Points p : List.of(SegmentFixtures.blobs(3000, 4, 5, 2.0, 22), SegmentFixtures.blobs(30_000, 3, 8, 3.0, 23))) {
            try (Workers w = new Workers(2)) {
                KMeansPlusPlus seeding = new KMeansPlusPlus(Tiles.of(p.x(), p.n(), p.d(), null, w), w);
                for (long seed = 0; seed < 3; seed++) {
                    double[] fast = seeding.centres(p.k(), new SplittableRandom(seed));
                    double[] naive = NaiveKMeans.seed(p.x(), p.n(), p.d(), p.k(), new SplittableRandom(seed));
                    assertThat(fast).containsExactly(naive);
                }
            }
        }
    }

    @Test
    void seedings_sharing_passes_give_the_centres_each_gets_alone() {
        Points p = SegmentFixtures.blobs(9000, 3, 6, 2.0, 36);
        try (Workers w = new Workers(2)) {
            KMeansPlusPlus seeding = new KMeansPlusPlus(Tiles.of(p.x(), p.n(), p.d(), null, w), w);
            SplittableRandom[] streams = {new SplittableRandom(1), new SplittableRandom(2), new SplittableRandom(3)};
            double[][] together = seeding.centres(6, streams);
            for (int q = 0; q < 3; q++) {
                assertThat(together[q]).containsExactly(seeding.centres(6, new SplittableRandom(q + 1)));
            }
            assertThat(together[0]).isNotEqualTo(together[1]);
        }
    }

    @Test
    void hamerly_iterations_end_where_plain_lloyd_ends() {
        Points p = SegmentFixtures.blobs(12_000, 6, 7, 6.0, 24);
        double tol = 1e-4 * NaiveKMeans.meanVariance(p.x(), p.n(), p.d());
        for (long seed = 0; seed < 4; seed++) {
            double[] initial = NaiveKMeans.seed(p.x(), p.n(), p.d(), p.k(), new SplittableRandom(seed));
            KMeansResult naive = NaiveKMeans.lloyd(p.x(), p.n(), p.d(), p.k(), initial.clone(), 300, tol);
            try (Workers w = new Workers(3)) {
                Hamerly.Outcome fast = new Hamerly(Tiles.of(p.x(), p.n(), p.d(), null, w), p.k(), w)
                    .run(initial, 300, tol, null);
                assertThat(fast.iterations()).isEqualTo(naive.iterations());
                assertThat(fast.labels()).containsExactly(naive.labels());
                assertThat(fast.inertia()).isCloseTo(naive.inertia(), within(1e-9 * naive.inertia()));
                assertThat(fast.centres()).containsExactly(naive.centroids(), within(1e-9));
            }
        }
    }

    @Test
    void inertia_is_close_to_the_naive_implementation_on_blobs() {
        Points p = SegmentFixtures.blobs(8_000, 10, 8, 2.0, 25);
        KMeansOptions o = KMeansOptions.of(8, 3).withNInit(4);
        KMeansResult fast = KMeans.fit(p.x(), p.n(), p.d(), o);
        KMeansResult naive = NaiveKMeans.fit(p.x(), p.n(), p.d(), o);
        assertThat(fast.inertia()).isCloseTo(naive.inertia(), within(1e-6 * naive.inertia()));
        assertThat(Arrays.stream(fast.labels())).allMatch(l -> l >= 0 && l < 8);
        assertThat(fast.nonEmptyClusters()).isEqualTo(8);
    }

    @Test
    void labels_are_the_nearest_centroid_and_the_inertia_their_squared_distances() {
        Points p = SegmentFixtures.grid(5_000, 3, 4, 6, 26);
        KMeansResult r = KMeans.fit(p.x(), p.n(), p.d(), KMeansOptions.of(5, 1).withNInit(2));
        int[] nearest = new int[p.n()];
        double inertia = NaiveKMeans.assign(p.x(), p.n(), p.d(), 5, r.centroids(), nearest);
        assertThat(r.labels()).containsExactly(nearest);
        assertThat(r.inertia()).isCloseTo(inertia, within(1e-9 * inertia));
    }

    @Test
    void predict_puts_each_point_into_its_nearest_centroid() {
        Points p = SegmentFixtures.blobs(2_500, 3, 4, 2.0, 30);
        KMeansResult r = KMeans.fit(p.x(), p.n(), p.d(), KMeansOptions.of(4, 2).withNInit(1));
        assertThat(r.predict(p.x(), p.n())).containsExactly(r.labels());
        double[] fresh = {r.centroids()[6] + 0.01, r.centroids()[7], r.centroids()[8]};
        assertThat(r.predict(fresh, 1)).containsExactly(2);
        assertThatThrownBy(() -> KMeans.predict(fresh, 1, 3, new double[5], 2))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("centroids length 5 != k * d = 6");
    }

    @Test
    void an_empty_cluster_gets_the_farthest_point() {
        Points p = SegmentFixtures.blobs(2_000, 2, 3, 1.0, 27);
        double[] initial = NaiveKMeans.seed(p.x(), p.n(), p.d(), 3, new SplittableRandom(1));
        initial[4] = 1e6;
        initial[5] = 1e6;
        double tol = 1e-4 * NaiveKMeans.meanVariance(p.x(), p.n(), p.d());
        KMeansResult stuck = NaiveKMeans.lloyd(p.x(), p.n(), p.d(), 3, initial.clone(), 300, tol);
        try (Workers w = new Workers(2)) {
            Hamerly.Outcome fast = new Hamerly(Tiles.of(p.x(), p.n(), p.d(), null, w), 3, w).run(initial, 300, tol, null);
            KMeansResult r = new KMeansResult(3, 2, fast.centres(), fast.labels(), fast.inertia(), fast.iterations());
            assertThat(new KMeansResult(3, 2, stuck.centroids(), stuck.labels(), 0, 0).nonEmptyClusters()).isEqualTo(2);
            assertThat(r.nonEmptyClusters()).isEqualTo(3);
            assertThat(fast.inertia()).isLessThan(stuck.inertia());
        }
    }

    @Test
    void all_identical_rows_give_zero_inertia_and_one_non_empty_cluster() {
        double[] x = new double[500 * 3];
        Arrays.fill(x, 2.5);
        KMeansResult r = KMeans.fit(x, 500, 3, KMeansOptions.of(4, 0).withNInit(2));
        assertThat(r.inertia()).isZero();
        assertThat(r.nonEmptyClusters()).isEqualTo(1);
        assertThat(r.labels()).containsOnly(0);
    }

    @Test
    void one_feature_and_k_equal_to_n_work() {
        double[] x = {5, 1, 9, 3};
        KMeansResult r = KMeans.fit(x, 4, 1, KMeansOptions.of(4, 0));
        assertThat(r.inertia()).isZero();
        assertThat(r.sizes()).containsOnly(1);
        // by hand: {1, 3, 5} around 3 and {9} alone give 4 + 0 + 4 = 8; {1, 3} and {5, 9} give 2 + 8 = 10
        KMeansResult two = KMeans.fit(x, 4, 1, KMeansOptions.of(2, 0));
        assertThat(two.inertia()).isCloseTo(8.0, Offset.offset(1e-12));
        assertThat(two.labels()[0]).isNotEqualTo(two.labels()[2]);
    }

    @Test
    void rejects_bad_shapes_and_k_with_clear_messages() {
        assertThatThrownBy(() -> KMeans.fit(new double[6], 3, 2, KMeansOptions.of(4, 0)))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("k (4) cannot exceed the number of points (3)");
        assertThatThrownBy(() -> KMeansOptions.of(1, 0))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("k must be >= 2, got 1");
        assertThatThrownBy(() -> KMeans.fit(new double[0], 3, 0, KMeansOptions.of(2, 0)))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("d (number of features) must be >= 1, got 0");
        assertThatThrownBy(() -> KMeans.fit(new double[7], 3, 2, KMeansOptions.of(2, 0)))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("data length 7 != n * d = 6");
        assertThatThrownBy(() -> KMeans.fit(new double[0], 0, 2, KMeansOptions.of(2, 0)))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("n (number of points) must be >= 1, got 0");
    }

    @Test
    void rejects_nan_and_infinite_values_naming_row_and_feature() {
        Points p = SegmentFixtures.blobs(1000, 4, 3, 1.0, 28);
        double[] x = p.x().clone();
        x[700 * 4 + 1] = Double.NEGATIVE_INFINITY;
        x[812 * 4 + 3] = Double.NaN;
        assertThatThrownBy(() -> KMeans.fit(x, 1000, 4, KMeansOptions.of(3, 0)))
            .isInstanceOf(DataException.class)
            .hasMessage("row 701, feature 2: value -Infinity is not a finite number; drop or impute missing and"
                + " infinite values before clustering");
    }

    @Test
    void restarts_keep_the_lowest_inertia() {
        Points p = SegmentFixtures.blobs(3000, 2, 9, 2.5, 29);
        double best = Double.POSITIVE_INFINITY;
        SplittableRandom seeds = new SplittableRandom(5);
        double tol = 1e-4 * NaiveKMeans.meanVariance(p.x(), p.n(), p.d());
        List<Double> each = new ArrayList<>();
        for (int run = 0; run < 6; run++) {
            double[] c = NaiveKMeans.seed(p.x(), p.n(), p.d(), 9, seeds.split());
            each.add(NaiveKMeans.lloyd(p.x(), p.n(), p.d(), 9, c, 300, tol).inertia());
            best = Math.min(best, each.get(run));
        }
        KMeansResult r = KMeans.fit(p.x(), p.n(), p.d(), KMeansOptions.of(9, 5).withNInit(6));
        double lowest = best;
        assertThat(r.inertia()).isCloseTo(lowest, within(1e-9 * lowest));
        assertThat(each).anyMatch(v -> v > lowest * (1 + 1e-6));
    }
}
