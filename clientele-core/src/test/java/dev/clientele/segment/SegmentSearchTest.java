package dev.clientele.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientele.Progress;
import dev.clientele.data.Table;
import dev.clientele.features.Scaling;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SegmentSearchTest {

    private static SegmentationOptions options() {
        return SegmentationOptions.defaults(7).withK(new KRange(2, 6)).withExclude(List.of("truth", "churned", "spend"))
                .withThreads(1);
    }

    private static int[] truthOf(Table t, int[] rows) {
        return Arrays.stream(rows).map(r -> (int) t.numeric("truth").get(r)).toArray();
    }

    @Test
    void search_recovers_a_known_cluster_structure() {
        Table t = CustomerTables.blobs(600, 3, 1);
        SearchResult r = new SegmentSearch(options().withSearch(true, false), Progress.NONE).run(t);
        assertThat(r.chosen().k()).isEqualTo(3);
        assertThat(r.chosen().features()).containsExactly("alpha", "beta");
        int[] truth = truthOf(t, r.fit().data().rows());
        assertThat(dev.clientele.eval.AdjustedRandIndex.of(r.fit().labels(), truth)).isGreaterThan(0.98);
        assertThat(r.silhouette().mode()).isEqualTo(SilhouetteMode.EXACT);
        assertThat(r.reason()).contains("highest silhouette");
        // the noise column was offered and not kept
        assertThat(r.leaderboard()).anyMatch(c -> c.features().contains("gamma"));
    }

    @Test
    void a_segment_under_two_percent_of_rows_is_rejected_even_with_the_best_silhouette() {
        int n = 804;
        double[] a = new double[n];
        double[] b = new double[n];
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < n; i++) {
            double centre = i < 400 ? 0 : i < 800 ? 10 : 30; // 4 far rows: 0.5 %
            a[i] = centre + CustomerTables.gaussian(rnd);
            b[i] = centre + CustomerTables.gaussian(rnd);
        }
        Table t = CustomerTables.of(a, b);
        SearchResult r = new SegmentSearch(options().withK(new KRange(2, 4)), Progress.NONE).run(t);
        assertThat(r.chosen().smallestShare()).isGreaterThanOrEqualTo(0.02);
        Candidate rejected = r.leaderboard().stream().filter(c -> !c.admissible()).findFirst().orElseThrow();
        assertThat(rejected.rejected()).startsWith("smallest segment holds 0.5% of rows (< 2%)");
        assertThat(rejected.silhouette()).isGreaterThan(r.chosen().silhouette());
        assertThat(r.chosen().k()).isEqualTo(2);
    }

    @Test
    void min_features_keeps_a_single_sharp_column_from_winning() {
        int n = 400;
        SplittableRandom rnd = new SplittableRandom(5);
        double[][] cols = new double[4][n];
        for (int i = 0; i < n; i++) {
            cols[0][i] = (i % 2) * 20 + rnd.nextDouble(); // two sharp groups
            for (int j = 1; j < 4; j++) {
                cols[j][i] = rnd.nextDouble();
            }
        }
        Table t = CustomerTables.of(cols);
        SegmentationOptions o = options().withScalers(List.of(Scaling.STANDARD)).withK(new KRange(2, 3)).withSearch(true, false);
        SearchResult one = new SegmentSearch(o.withMinFeatures(1), Progress.NONE).run(t);
        assertThat(one.chosen().features()).containsExactly("c0");
        SearchResult two = new SegmentSearch(o.withMinFeatures(2), Progress.NONE).run(t);
        assertThat(two.chosen().features()).hasSizeGreaterThanOrEqualTo(2).contains("c0");
        assertThat(two.leaderboard()).allMatch(c -> c.features().size() >= 2 || !c.admissible());
        SearchResult three = new SegmentSearch(o.withMinFeatures(3), Progress.NONE).run(t);
        assertThat(three.chosen().features()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void greedy_selection_on_many_columns_rejects_subsets_below_min_features() {
        int n = 300;
        SplittableRandom rnd = new SplittableRandom(9);
        double[][] cols = new double[13][n]; // C(13, 2) = 78 pairs x 8 k = 624 configurations: greedy
        for (int i = 0; i < n; i++) {
            cols[0][i] = (i % 2) * 20 + rnd.nextDouble();
            for (int j = 1; j < 13; j++) {
                cols[j][i] = rnd.nextDouble();
            }
        }
        SegmentationOptions o = options().withScalers(List.of(Scaling.STANDARD)).withK(new KRange(2, 9)).withSearch(true, false);
        SearchResult r = new SegmentSearch(o, Progress.NONE).run(CustomerTables.of(cols));
        assertThat(r.leaderboard()).filteredOn(c -> c.features().size() == 1).hasSize(13 * 8)
                .allMatch(c -> "1 feature(s) (< --min-features 2)".equals(c.rejected()));
        assertThat(r.chosen().features()).hasSizeGreaterThanOrEqualTo(2).contains("c0");
    }

    @Test
    void one_hot_columns_join_the_search_but_never_alone() {
        Table blobs = CustomerTables.blobs(300, 3, 12);
        String[] tier = new String[300];
        for (int i = 0; i < 300; i++) {
            tier[i] = i % 7 < 3 ? "gold" : "basic";
        }
        Table t = blobs.with(dev.clientele.data.CategoricalColumn.of("tier", tier));
        SegmentationOptions o = options().withScalers(List.of(Scaling.STANDARD)).withSearch(true, true);
        SearchResult r = new SegmentSearch(o, Progress.NONE).run(t);
        // subsets start from numeric columns only: the one-hot pair, a cross-tabulation, is never admissible
        assertThat(r.leaderboard()).noneMatch(c -> c.features().stream().noneMatch(FeaturePool.of(t, o)::numeric));
        assertThat(new CandidateScorer(o, new KMeansTrainer(o), Progress.NONE).rule(FeaturePool.of(t, o),
                List.of("region", "tier"), 0.3)).isEqualTo("one-hot features only (a cross-tabulation, not a segmentation)");
        assertThat(r.leaderboard()).anyMatch(c -> c.features().contains("region") && c.features().contains("alpha"));
        assertThat(r.chosen().features()).containsExactly("alpha", "beta");
    }

    @Test
    void one_number_among_one_hot_columns_does_not_turn_a_cross_tabulation_into_segments() {
        int n = 400;
        SplittableRandom rnd = new SplittableRandom(21);
        double[][] noise = new double[3][n];
        String[][] text = new String[3][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                noise[j][i] = rnd.nextDouble();
                text[j][i] = rnd.nextBoolean() ? "yes" : "no";
            }
        }
        Table t = CustomerTables.of(noise).with(dev.clientele.data.CategoricalColumn.of("t0", text[0]))
                .with(dev.clientele.data.CategoricalColumn.of("t1", text[1]))
                .with(dev.clientele.data.CategoricalColumn.of("t2", text[2]));
        SegmentationOptions o = options().withScalers(List.of(Scaling.MINMAX)).withK(new KRange(2, 8)).withSearch(true, true);
        SearchResult r = new SegmentSearch(o, Progress.NONE).run(t);
        FeaturePool pool = FeaturePool.of(t, o);
        CandidateScorer scorer = new CandidateScorer(o, new KMeansTrainer(o), Progress.NONE);
        assertThat(scorer.rule(pool, List.of("c0", "t0", "t1"), 0.2)).isEqualTo("1 numeric feature(s) (< --min-features 2; "
                + "one-hot columns do not count: beside them the segments are cells of a cross-tabulation)");
        assertThat(scorer.rule(pool, List.of("c0", "c1", "t0", "t1"), 0.2)).isEqualTo("2 one-hot feature(s) for 2 numeric "
                + "(one-hot columns must be fewer than numeric ones, else their 0/1 dimensions make the segments: cells of "
                + "a cross-tabulation)");
        assertThat(scorer.rule(pool, List.of("c0", "c1", "t0"), 0.2)).isNull();
        assertThat(r.leaderboard()).filteredOn(c -> c.features().stream().filter(pool::numeric).count() < 2)
                .allMatch(c -> c.rejected() != null);
        assertThat(r.leaderboard()).as("subsets the one-hot rule rejects by their columns alone are not fitted")
                .filteredOn(c -> CandidateScorer.oneHotRule(pool, c.features(), 2) != null).isNotEmpty()
                .allMatch(c -> Double.isNaN(c.silhouette()) && c.mode().equals("not fitted"));
        long numeric = r.chosen().features().stream().filter(f -> f.startsWith("c")).count();
        assertThat(numeric).as("numeric columns in %s", r.chosen()).isGreaterThanOrEqualTo(2).isGreaterThan(r.chosen().features().size() - numeric);
    }

    /** Stability as a stub: k = {@code unstableK} scores 0.3, every other k 0.95. */
    private static ClusterQuality stabilityStub(int unstableK) {
        return new ClusterQuality() {
            @Override
            public double daviesBouldin(double[] x, int n, int d, int[] labels, int k) {
                return Double.NaN;
            }

            @Override
            public double calinskiHarabasz(double[] x, int n, int d, int[] labels, int k) {
                return Double.NaN;
            }

            @Override
            public double stability(double[] x, int n, int d, int[] reference, KMeansOptions o, int bootstraps,
                                    int sampleSize, long seed) {
                return o.k() == unstableK ? 0.3 : 0.95;
            }
        };
    }

    @Test
    void an_unstable_best_configuration_gives_way_to_the_best_stable_one() {
        Table t = CustomerTables.blobs(300, 3, 1);
        SegmentationOptions o = options().withScalers(List.of(Scaling.STANDARD)).withFeatures(List.of("alpha", "beta"));
        SearchResult r = new SegmentSearch(o, Progress.NONE, stabilityStub(3)).run(t);
        assertThat(r.leaderboard().get(0).k()).isEqualTo(3);
        assertThat(r.leaderboard().get(0).stability()).isEqualTo(0.3);
        assertThat(r.chosen()).isEqualTo(r.leaderboard().get(1));
        assertThat(r.chosen().stability()).isEqualTo(0.95);
        assertThat(r.reason()).contains("among the stable configurations").endsWith("1 with a higher silhouette was unstable");
        SearchResult stable = new SegmentSearch(o, Progress.NONE, stabilityStub(99)).run(t);
        assertThat(stable.chosen().k()).isEqualTo(3);
        assertThat(stable.reason()).contains("and stable (bootstrap ARI 0.95)");
    }

    @Test
    void a_single_requested_configuration_still_reports_its_bootstrap_stability() {
        Table t = CustomerTables.blobs(300, 3, 1);
        SegmentationOptions o = options().withScalers(List.of(Scaling.STANDARD)).withFeatures(List.of("alpha", "beta"))
                .withK(KRange.of(3));
        SearchResult unstable = new SegmentSearch(o, Progress.NONE, stabilityStub(3)).run(t);
        assertThat(unstable.chosen().stability()).isEqualTo(0.3);
        assertThat(unstable.reason()).isEqualTo("the only configuration requested; unstable (bootstrap ARI 0.30 < 0.8)");
        assertThat(unstable.warnings()).contains("the requested segmentation is unstable (bootstrap ARI 0.30 < 0.8); "
                + "try another k, scaler or feature set");
        // three well separated blobs: every bootstrap re-fit finds them again
        SearchResult real = new SegmentSearch(o, Progress.NONE).run(t);
        assertThat(real.chosen().stability()).isGreaterThan(0.95);
        assertThat(real.reason()).startsWith("the only configuration requested; stable (bootstrap ARI ");
    }

    @Test
    void the_only_admissible_configuration_of_a_range_reports_its_stability() {
        int n = 60;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = i % 2 == 0 ? 0 : 10; // two distinct customers only: k = 3 and 4 are rejected
            b[i] = i % 2 == 0 ? 1 : 5;
        }
        SegmentationOptions o = options().withScalers(List.of(Scaling.STANDARD)).withFeatures(List.of("c0", "c1"))
                .withK(new KRange(2, 4));
        SearchResult r = new SegmentSearch(o, Progress.NONE, stabilityStub(99)).run(CustomerTables.of(a, b));
        assertThat(r.chosen().k()).isEqualTo(2);
        assertThat(r.chosen().stability()).isEqualTo(0.95);
        assertThat(r.reason()).endsWith("the only admissible configuration (2 of 3 rejected); stable (bootstrap ARI 0.95)");
    }

    @Test
    void the_same_seed_gives_the_same_search_and_model() {
        Table t = CustomerTables.blobs(300, 4, 2);
        SegmentationOptions o = options().withSearch(true, false).withScalers(SegmentationOptions.AUTO_SCALERS);
        SearchResult a = new SegmentSearch(o, Progress.NONE).run(t);
        SearchResult b = new SegmentSearch(o.withThreads(2), Progress.NONE).run(t);
        assertThat(b.leaderboard()).isEqualTo(a.leaderboard());
        assertThat(b.model().centroids()).isEqualTo(a.model().centroids());
        assertThat(b.fit().labels()).isEqualTo(a.fit().labels());
    }

    @Test
    void assigning_the_training_table_reproduces_the_training_labels() {
        Table t = CustomerTables.blobs(500, 4, 4);
        SearchResult r = new SegmentSearch(options().withScalers(List.of(Scaling.ROBUST)).withImpute(true), Progress.NONE).run(t);
        Assignment a = r.model().assign(t);
        int[] rows = r.fit().data().rows();
        for (int i = 0; i < rows.length; i++) {
            assertThat(a.segment()[rows[i]]).as("row %d", rows[i]).isEqualTo(r.fit().labels()[i]);
        }
        assertThat(a.incomplete()).isZero();
    }

    @Test
    void segments_are_numbered_by_size_largest_first() {
        Table t = CustomerTables.blobs(500, 3, 6);
        SearchResult r = new SegmentSearch(options().withK(KRange.of(5)), Progress.NONE).run(t);
        int[] sizes = new int[5];
        for (int l : r.fit().labels()) {
            sizes[l]++;
        }
        for (int l = 1; l < 5; l++) {
            assertThat(sizes[l]).isLessThanOrEqualTo(sizes[l - 1]);
        }
        assertThat(r.leaderboard()).hasSize(1);
        assertThat(r.reason()).startsWith("the only configuration requested; ");
    }

    @Test
    void forward_selection_helpers_enumerate_subsets_in_column_order() {
        assertThat(SegmentSearch.combinations(List.of("a", "b", "c"), 2))
                .containsExactly(List.of("a", "b"), List.of("a", "c"), List.of("b", "c"));
        assertThat(SegmentSearch.extensions(List.of("a", "b", "c"), List.of("b")))
                .containsExactly(List.of("a", "b"), List.of("b", "c"));
        assertThat(SegmentSearch.binomial(13, 2)).isEqualTo(78);
    }

    @Test
    void a_share_just_under_the_limit_is_not_printed_as_the_limit() {
        assertThat(CandidateScorer.percent(0.0196, 0.02)).isEqualTo("1.96");
        assertThat(CandidateScorer.percent(0.005, 0.02)).isEqualTo("0.5");
    }
}
