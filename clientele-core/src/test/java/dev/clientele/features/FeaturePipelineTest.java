package dev.clientele.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.clientele.data.BooleanColumn;
import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.DataException;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeaturePipelineTest {

    /** 12 rows: plan has a rare level "gold" (1 row), amount has one missing cell, flag is boolean. */
    static Table table() {
        return Table.of("t",
                NumericColumn.of("amount", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, Double.NaN),
                CategoricalColumn.of("plan", "a", "a", "a", "a", "a", "b", "b", "b", "b", "b", "b", "gold"),
                BooleanColumn.of("flag", true, false, true, false, true, false, true, false, true, false, true, null));
    }

    static int[] all(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    static FeatureOptions pooling(int minCount) {
        return new FeatureOptions(minCount, 0, 0.75, 10, 2);
    }

    @Test
    void imputes_the_training_median_and_standardises_with_the_imputed_values() {
        FeaturePipeline p = FeaturePipeline.fit(table(), all(12), new int[12], List.of("amount"), pooling(2));
        NumericEncoder e = (NumericEncoder) p.encoders().get(0);
        assertThat(e.median()).isEqualTo(6.0);
        // imputed values 1..11 and 6: mean 6, population sd sqrt(110/12)
        assertThat(e.scale().center()).isCloseTo(6.0, within(1e-12));
        assertThat(e.scale().scale()).isCloseTo(Math.sqrt(110.0 / 12), within(1e-12));
        double[] x = p.bind(table()).linear(new int[] {11, 0});
        assertThat(x).containsExactly(new double[] {0, (1 - 6) / Math.sqrt(110.0 / 12)}, within(1e-12));
    }

    @Test
    void is_fitted_on_the_training_rows_only() {
        Table t = table();
        int[] train = {0, 1, 2, 3, 5, 6, 7};
        FeaturePipeline a = FeaturePipeline.fit(t, train, new int[7], List.of("amount", "plan"), pooling(2));
        double[] changed = t.numeric("amount").toArray();
        changed[4] = 1e6;
        changed[8] = -1e6;
        Table other = t.with(NumericColumn.of("amount", changed));
        FeaturePipeline b = FeaturePipeline.fit(other, train, new int[7], List.of("amount", "plan"), pooling(2));
        assertThat(b.toJson()).isEqualTo(a.toJson());
        assertThat(((NumericEncoder) a.encoders().get(0)).median()).isEqualTo(4.0);
    }

    @Test
    void pools_rare_levels_and_treats_unseen_levels_as_missing() {
        FeaturePipeline p = FeaturePipeline.fit(table(), all(12), new int[12], List.of("plan"), pooling(2));
        CategoricalEncoder e = (CategoricalEncoder) p.encoders().get(0);
        assertThat(e.levels()).containsExactly("a", "b");
        assertThat(e.pooled()).containsExactly("gold");
        assertThat(p.linear().names()).containsExactly("plan=a", "plan=b", "plan=(other)");
        Table scoring = Table.of("s", CategoricalColumn.of("plan", "gold", "silver", "silver", null, "a"));
        BoundTable bound = p.bind(scoring);
        assertThat(bound.unusable()).isEqualTo(Map.of("plan", 2));
        // missing and unseen take the most frequent output (b: 6 rows) in the linear view, NaN in the tree view
        assertThat(bound.linear(new int[] {0, 1, 3, 4})).containsExactly(0, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 0);
        float[] tree = bound.tree(new int[] {1, 4});
        assertThat(tree[0]).isNaN();
        assertThat(new float[] {tree[3], tree[4], tree[5]}).containsExactly(1f, 0f, 0f);
    }

    @Test
    void reads_booleans_as_zero_one_and_keeps_nan_for_trees() {
        FeaturePipeline p = FeaturePipeline.fit(table(), all(12), new int[12], List.of("flag"), pooling(2));
        float[] tree = p.bind(table()).tree(new int[] {0, 1, 11});
        assertThat(tree[0]).isEqualTo(1f);
        assertThat(tree[1]).isEqualTo(0f);
        assertThat(tree[2]).isNaN();
    }

    @Test
    void logs_heavy_tailed_non_negative_amounts_only() {
        double[] skewed = new double[200];
        double[] symmetric = new double[200];
        for (int i = 0; i < 200; i++) {
            skewed[i] = Math.exp(i / 20.0);
            symmetric[i] = i % 50;
        }
        Table t = Table.of("t", NumericColumn.of("skewed", skewed), NumericColumn.of("symmetric", symmetric));
        FeaturePipeline p = FeaturePipeline.fit(t, all(200), new int[200], List.of("skewed", "symmetric"),
                FeatureOptions.DEFAULTS);
        assertThat(((NumericEncoder) p.encoders().get(0)).scale().kind()).isEqualTo(Scaling.LOG_STANDARD);
        assertThat(((NumericEncoder) p.encoders().get(1)).scale().kind()).isEqualTo(Scaling.STANDARD);
    }

    @Test
    void adds_a_missing_indicator_only_when_missingness_tells_something_about_churn() {
        int n = 400;
        double[] informative = new double[n];
        double[] random = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 4 == 0 ? 1 : 0;
            informative[i] = i % 4 == 0 && i < 200 ? Double.NaN : i;   // missing only among churners
            random[i] = (i / 4) % 10 == 3 ? Double.NaN : i;             // missing as often among churners as not
        }
        Table t = Table.of("t", NumericColumn.of("informative", informative), NumericColumn.of("random", random));
        FeaturePipeline p = FeaturePipeline.fit(t, all(n), y, List.of("informative", "random"), FeatureOptions.DEFAULTS);
        assertThat(p.linear().names()).containsExactly("informative", "informative (missing)", "random");
    }

    @Test
    void round_trips_through_json_with_identical_outputs() {
        Table t = table();
        FeaturePipeline p = FeaturePipeline.fit(t, all(12), new int[12], List.of("amount", "plan", "flag"), pooling(2));
        FeaturePipeline back = FeaturePipeline.fromJson(p.toJson());
        assertThat(back.linear().names()).isEqualTo(p.linear().names());
        assertThat(back.bind(t).linear(all(12))).containsExactly(p.bind(t).linear(all(12)));
        assertThat(back.bind(t).tree(all(12))).containsExactly(p.bind(t).tree(all(12)));
    }

    @Test
    void names_a_missing_required_column_and_ignores_extra_ones() {
        FeaturePipeline p = FeaturePipeline.fit(table(), all(12), new int[12], List.of("amount", "plan"), pooling(2));
        Table scoring = Table.of("new.csv", NumericColumn.of("amount", 1, 2), NumericColumn.of("extra", 3, 4),
                CategoricalColumn.of("plna", "a", "b"));
        assertThatThrownBy(() -> p.bind(scoring)).isInstanceOf(DataException.class)
                .hasMessage("new.csv, column 'plan': required by the model but absent from the data; did you mean 'plna'?");
        Table ok = scoring.with(CategoricalColumn.of("plan", "a", "b"));
        assertThat(p.bind(ok).linear(new int[] {0})).hasSize(p.linear().width());
    }

    @Test
    void reads_numbers_stored_as_text_and_counts_text_that_is_not_a_number() {
        FeaturePipeline p = FeaturePipeline.fit(table(), all(12), new int[12], List.of("amount"), pooling(2));
        Table scoring = Table.of("s", CategoricalColumn.of("amount", "6", "n/a", "1"));
        BoundTable b = p.bind(scoring);
        assertThat(b.unusable()).isEqualTo(Map.of("amount", 1));
        double sd = Math.sqrt(110.0 / 12);
        assertThat(b.linear(new int[] {0, 1, 2})).containsExactly(new double[] {0, 0, -5 / sd}, within(1e-12));
    }

    @Test
    void explains_text_that_is_not_a_number_as_missing_like_a_missing_cell() {
        FeaturePipeline p = FeaturePipeline.fit(table(), all(12), new int[12], List.of("amount"), pooling(2));
        BoundTable text = p.bind(Table.of("s", CategoricalColumn.of("amount", "6", "abc", null)));
        assertThat(text.display(0, 0)).isEqualTo("6");
        assertThat(text.display(0, 1)).isEqualTo("(missing)");
        assertThat(text.display(0, 2)).isEqualTo("(missing)");
        assertThat(p.bind(table()).display(0, 11)).isEqualTo("(missing)");
    }

    @Test
    void a_text_column_without_any_level_in_the_training_rows_outputs_nothing() {
        Table t = Table.of("t", CategoricalColumn.of("rare", null, null, "x"), NumericColumn.of("n", 1, 2, 3));
        FeaturePipeline p = FeaturePipeline.fit(t, new int[] {0, 1}, new int[2], List.of("rare", "n"), pooling(1));
        assertThat(p.linear().names()).containsExactly("n");
        BoundTable b = p.bind(t);
        assertThat(b.unusable()).isEqualTo(Map.of("rare", 1));
        assertThat(b.linear(new int[] {2})).containsExactly(3.0); // (3 - 1.5) / 0.5
    }
}
