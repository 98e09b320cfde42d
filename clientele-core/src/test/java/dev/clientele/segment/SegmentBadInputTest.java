package dev.clientele.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientele.Progress;
import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.DataException;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentBadInputTest {
    private static final double[] TEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    private static SearchResult run(Table t, SegmentationOptions o) {
        return new SegmentSearch(o, Progress.NONE).run(t);
    }

    private static SegmentationOptions k(int k) {
        return SegmentationOptions.defaults(1).withK(KRange.of(k));
    }

    @Test
    void k_below_two_is_refused() {
        assertThatThrownBy(() -> KRange.parse("1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k must be >= 2, got 1");
        assertThatThrownBy(() -> KRange.parse("5..3")).hasMessageContaining("k range 5..3 is empty");
        assertThatThrownBy(() -> KRange.parse("four")).hasMessage("invalid k 'four'; give a number such as 4 or a range such as 2..10");
        assertThat(KRange.parse("2..10")).isEqualTo(new KRange(2, 10));
        assertThat(KRange.parse("3")).isEqualTo(KRange.of(3));
    }

    @Test
    void k_larger_than_the_rows_is_refused() {
        Table t = CustomerTables.of(TEN, TEN.clone());
        assertThatThrownBy(() -> run(t, k(12))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k (12) cannot exceed the number of customers (10)");
    }

    @Test
    void a_table_without_numeric_columns_is_refused() {
        Table t = Table.of("text.csv", CategoricalColumn.of("a", "x", "y", "z"), CategoricalColumn.of("b", "p", "q", "p"));
        assertThatThrownBy(() -> run(t, k(2))).isInstanceOf(DataException.class)
                .hasMessage("text.csv: no numeric feature to segment on (no numeric column with more than two distinct "
                        + "values besides ids and excluded ones); give numeric columns with --features");
    }

    @Test
    void a_constant_feature_is_dropped_with_a_warning() {
        double[] five = new double[10];
        java.util.Arrays.fill(five, 5);
        Table t = CustomerTables.of(TEN, five, new double[] {3, 1, 4, 1, 5, 9, 2, 6, 5, 3});
        SearchResult r = run(t, k(2));
        assertThat(r.warnings()).contains("column 'c1' is constant (every row 5); dropped");
        assertThat(r.chosen().features()).containsExactly("c0", "c2");
    }

    @Test
    void identical_rows_leave_nothing_to_segment() {
        double[] same = new double[10];
        java.util.Arrays.fill(same, 2);
        double[] other = new double[10];
        java.util.Arrays.fill(other, 7);
        Table t = Table.of("same.csv", NumericColumn.of("a", same), NumericColumn.of("b", other), NumericColumn.of("c", TEN));
        SegmentationOptions o = k(2).withFeatures(List.of("a", "b"));
        assertThatThrownBy(() -> run(t, o)).isInstanceOf(DataException.class)
                .hasMessage("same.csv: no numeric feature to segment on (every candidate column was dropped: column 'a' is "
                        + "constant (every row 2); dropped; column 'b' is constant (every row 7); dropped); give numeric "
                        + "columns with --features");
        double[] pairs = {1, 1, 1, 1, 1, 2, 2, 2, 2, 2};
        Table two = Table.of("two.csv", NumericColumn.of("a", pairs), NumericColumn.of("b", pairs.clone()));
        assertThatThrownBy(() -> run(two, k(3).withFeatures(List.of("a", "b")))).isInstanceOf(DataException.class)
                .hasMessage("two.csv: only 2 distinct customers in the features [a, b], fewer than k = 3; use a smaller --k");
    }

    @Test
    void rows_identical_in_the_features_are_refused() {
        FeatureSpace space = FeatureSpace.fit(CustomerTables.of(new double[] {4, 4, 4}), List.of("c0"), java.util.Set.of(),
                dev.clientele.features.Scaling.NONE, false);
        Table t = CustomerTables.of(new double[] {4, 4, 4});
        assertThatThrownBy(() -> KMeansTrainer.checkK(t, space, space.encode(t), 2)).isInstanceOf(DataException.class)
                .hasMessage("t.csv: all 3 rows are identical in the features [c0]; there is nothing to segment: choose other --features");
    }

    @Test
    void nan_and_infinite_values_are_refused_with_the_row() {
        Table t = Table.of("inf.csv", new NumericColumn("a", new double[] {1, 2, Double.NEGATIVE_INFINITY, 4}, null),
                NumericColumn.of("b", 1, 2, 3, 4));
        assertThatThrownBy(() -> run(t, k(2))).isInstanceOf(DataException.class)
                .hasMessageStartingWith("inf.csv, column 'a': row 3 holds -Infinity");
        Table nan = Table.of("nan.csv", new NumericColumn("a", new double[] {1, Double.NaN, 3, 4}, new boolean[4]),
                NumericColumn.of("b", 1, 2, 3, 4));
        assertThatThrownBy(() -> run(nan, k(2))).hasMessageStartingWith("nan.csv, column 'a': row 2 holds NaN");
    }

    @Test
    void an_unknown_feature_name_suggests_the_closest() {
        Table t = CustomerTables.blobs(30, 2, 1);
        assertThatThrownBy(() -> run(t, k(2).withFeatures(List.of("alpah", "beta")))).isInstanceOf(DataException.class)
                .hasMessage("blobs.csv: no column 'alpah'; did you mean 'alpha'?");
    }

    @Test
    void missing_values_are_dropped_with_a_count_or_imputed() {
        Table t = Table.of("m.csv", NumericColumn.of("a", 1, 2, Double.NaN, 4, 20, 21, 22, 23),
                NumericColumn.of("b", 1, 2, 3, Double.NaN, 20, 21, 22, 23));
        SearchResult dropped = run(t, k(2).withFeatures(List.of("a", "b"))); // named: kept though 12.5% missing
        assertThat(dropped.warnings()).contains("2 rows with a missing value in [a, b] were left out; use --impute to fill them with the median");
        assertThat(dropped.fit().data().n()).isEqualTo(6);
        SearchResult imputed = run(t, k(2).withImpute(true));
        assertThat(imputed.fit().data().n()).isEqualTo(8);
        assertThat(imputed.warnings()).noneMatch(w -> w.contains("missing value"));
    }

    /** blobs(300) plus {@code sparse} (missing in 2 of 3 rows) and {@code gaps} (missing in 1 of 15 rows, 6.7%). */
    private static Table withSparseColumns() {
        Table blobs = CustomerTables.blobs(300, 3, 4);
        double[] sparse = new double[300];
        double[] gaps = new double[300];
        for (int i = 0; i < 300; i++) {
            sparse[i] = i % 3 == 0 ? i : Double.NaN;
            gaps[i] = i % 15 == 0 ? Double.NaN : (i * 7) % 11;
        }
        return blobs.with(NumericColumn.of("sparse", sparse)).with(NumericColumn.of("gaps", gaps));
    }

    private static final String SPARSE_WARNING = "column 'sparse' (66.7% missing) is missing in more than 10% of rows "
            + "and was left out of the default features, so as not to drop those customers; name it in --features to "
            + "use it anyway (rows missing it are dropped), or add --impute to fill it with the median";

    @Test
    void default_features_leave_out_columns_missing_in_more_than_a_tenth_of_rows() {
        Table t = withSparseColumns();
        SegmentationOptions o = k(3).withExclude(List.of("truth", "spend"));
        SearchResult r = run(t, o);
        assertThat(r.chosen().features()).containsExactly("alpha", "beta", "gamma", "gaps");
        assertThat(r.warnings()).contains(SPARSE_WARNING)
                .contains("20 rows with a missing value in [alpha, beta, gamma, gaps] were left out; use --impute to fill them with the median");
        assertThat(r.fit().data().n()).isEqualTo(280);
        SearchResult searched = run(t, o.withSearch(true, false).withK(new KRange(2, 3)));
        assertThat(searched.leaderboard()).noneMatch(c -> c.features().contains("sparse"));
        assertThat(searched.warnings()).contains(SPARSE_WARNING);
    }

    @Test
    void named_or_imputed_features_keep_a_column_missing_in_most_rows() {
        Table t = withSparseColumns();
        SegmentationOptions o = k(3).withExclude(List.of("truth", "spend"));
        SearchResult named = run(t, o.withFeatures(List.of("alpha", "sparse")));
        assertThat(named.chosen().features()).containsExactly("alpha", "sparse");
        assertThat(named.fit().data().n()).isEqualTo(100);
        assertThat(named.warnings()).contains("200 rows with a missing value in [alpha, sparse] were left out; use --impute to fill them with the median");
        SearchResult imputed = run(t, o.withImpute(true));
        assertThat(imputed.chosen().features()).containsExactly("alpha", "beta", "gamma", "sparse", "gaps");
        assertThat(imputed.fit().data().n()).isEqualTo(300);
        assertThat(imputed.warnings()).noneMatch(w -> w.contains("missing"));
    }

    @Test
    void a_table_whose_numeric_columns_are_all_mostly_missing_says_how_to_use_them() {
        Table t = Table.of("sparse.csv", NumericColumn.of("a", 1, Double.NaN, Double.NaN, 4, 5, Double.NaN),
                NumericColumn.of("b", Double.NaN, 2, 3, Double.NaN, Double.NaN, 6));
        assertThatThrownBy(() -> run(t, k(2))).isInstanceOf(DataException.class)
                .hasMessage("sparse.csv: no numeric feature to segment on (every numeric column is missing in more than "
                        + "10% of rows: 'a' (50.0% missing), 'b' (50.0% missing)); name them in --features (rows missing a "
                        + "value are dropped) or add --impute to fill them with the median");
    }

    @Test
    void counts_in_warnings_have_thousands_separators() {
        int n = 2400;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = i % 2 == 0 ? Double.NaN : i % 7;
            b[i] = i % 5;
        }
        SearchResult r = run(Table.of("big.csv", NumericColumn.of("a", a), NumericColumn.of("b", b)),
                k(2).withFeatures(List.of("a", "b")));
        assertThat(r.warnings()).contains("1,200 rows with a missing value in [a, b] were left out; use --impute to fill them with the median");
    }

    @Test
    void a_target_that_is_not_two_valued_or_ambiguous_is_refused() {
        Table t = Table.of("t.csv", CategoricalColumn.of("status", "gold", "silver", "bronze"),
                CategoricalColumn.of("left", "stayed", "gone", "gone"));
        assertThatThrownBy(() -> SegmentOutcome.of(t, "status", null))
                .hasMessage("t.csv, column 'status': has 3 levels [bronze, gold, silver]; the target must be two-valued (e.g. Yes/No)");
        assertThatThrownBy(() -> SegmentOutcome.of(t, "left", null))
                .hasMessage("t.csv, column 'left': cannot tell which of [gone, stayed] means churn; give --positive LEVEL");
        assertThat(SegmentOutcome.of(t, "left", "gone")).containsExactly(0, 1, 1);
        assertThatThrownBy(() -> SegmentOutcome.of(t, "left", "gon")).hasMessageContaining("did you mean 'gone'");
    }

    @Test
    void silhouette_choices_parse_and_resolve_by_row_count() {
        assertThat(SilhouetteSpec.parse("sampled:5000")).isEqualTo(new SilhouetteSpec(SilhouetteMode.SAMPLED, 5000));
        assertThat(SilhouetteSpec.parse("squared").mode()).isEqualTo(SilhouetteMode.SQUARED);
        assertThat(SilhouetteSpec.AUTO.resolve(50_000, SilhouetteSpec.EXACT_LIMIT).mode()).isEqualTo(SilhouetteMode.EXACT);
        assertThat(SilhouetteSpec.AUTO.resolve(50_001, SilhouetteSpec.EXACT_LIMIT).label()).isEqualTo("sampled:10000");
        assertThat(SilhouetteSpec.AUTO.forSearch(5_000).label()).isEqualTo("exact");
        assertThat(SilhouetteSpec.AUTO.forSearch(5_001).label()).isEqualTo("sampled:5000");
        assertThat(SilhouetteSpec.parse("exact").forSearch(60_000).label()).isEqualTo("exact");
        assertThatThrownBy(() -> SilhouetteSpec.parse("fast"))
                .hasMessage("unknown silhouette 'fast'; use exact, sampled:N, squared, simplified or auto");
    }
}
