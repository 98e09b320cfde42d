package dev.clientele.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.DataException;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import dev.clientele.data.TimestampColumn;
import dev.clientele.eval.ThresholdRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChurnTrainerTest {

    static ChurnOptions options(Algorithm a, double testFraction) {
        return ChurnOptions.defaults("status").withAlgorithm(a).withTestFraction(testFraction);
    }

    static double auc(ChurnEvaluation e, String name) {
        return e.candidates().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().rocAuc();
    }

    @Test
    void auto_picks_boosted_trees_when_churn_comes_from_thresholds_and_an_interaction() {
        ChurnTrainer.Result r = new ChurnTrainer(options(Algorithm.AUTO, 0)).fit(SyntheticChurn.interactions(3000, 1));
        try (ChurnModel m = r.model()) {
            ChurnEvaluation e = r.evaluation();
            assertThat(auc(e, "gbm") - auc(e, "logistic")).isGreaterThan(0.2);
            assertThat(e.chosen()).isEqualTo("gbm");
            assertThat(m.algorithm()).isEqualTo("gbm");
            assertThat(e.reason()).startsWith("gbm has the highest mean CV ROC AUC of the single models (logistic 0.");
        }
    }

    @Test
    void auto_picks_logistic_regression_when_churn_is_linear_in_the_inputs() {
        ChurnTrainer.Result r = new ChurnTrainer(options(Algorithm.AUTO, 0)).fit(SyntheticChurn.linear(2000, 2));
        try (ChurnModel m = r.model()) {
            ChurnEvaluation e = r.evaluation();
            assertThat(auc(e, "logistic")).isGreaterThan(auc(e, "gbm") + 0.01);
            assertThat(e.chosen()).isEqualTo("logistic");
            assertThat(e.cvMean().get("rocAuc")).isEqualTo(auc(e, "logistic"), within(1e-12));
        }
    }

    @Test
    void pure_noise_gets_no_cross_validated_auc_above_chance() {
        ChurnTrainer.Result r = new ChurnTrainer(options(Algorithm.AUTO, 0.2)).fit(SyntheticChurn.noise(2000, 3));
        try (ChurnModel m = r.model()) {
            for (ChurnEvaluation.Candidate c : r.evaluation().candidates()) {
                assertThat(c.rocAuc()).as(c.name()).isLessThan(0.55);
            }
            assertThat(r.evaluation().test().rocAuc()).isLessThan(0.6);
        }
    }

    @Test
    void the_same_seed_gives_the_same_model_and_another_seed_another() {
        Table t = SyntheticChurn.interactions(800, 4);
        double[] a = probabilities(t, 7);
        assertThat(probabilities(t, 7)).containsExactly(a);
        assertThat(probabilities(t, 8)).isNotEqualTo(a);
    }

    private static double[] probabilities(Table t, long seed) {
        ChurnTrainer.Result r = new ChurnTrainer(options(Algorithm.AUTO, 0.2).withSeed(seed)).fit(t);
        try (ChurnModel m = r.model()) {
            return m.score(t, 0).probability();
        }
    }

    @Test
    void records_which_rows_each_metric_came_from() {
        Table t = SyntheticChurn.linear(1000, 5);
        String[] status = new String[1000];
        for (int i = 0; i < 1000; i++) {
            status[i] = i % 50 == 0 ? null : t.column("status").text(i);
        }
        Table withGaps = t.with(CategoricalColumn.of("status", status));
        ChurnTrainer.Result r = new ChurnTrainer(options(Algorithm.LOGISTIC, 0.25)).fit(withGaps);
        r.model().close();
        ChurnEvaluation e = r.evaluation();
        int[] split = e.split();
        assertThat(split[0]).isEqualTo(ChurnEvaluation.UNLABELLED);
        assertThat(e.testRows()).isEqualTo(r.evaluation().test().rows()).isBetween(244, 246);
        assertThat(e.cvRows()).isEqualTo(980 - e.testRows()).isEqualTo(r.evaluation().pooled().rows());
        assertThat(e.finalRows()).isEqualTo(980);
        assertThat(e.refit()).isTrue();
        for (int f = 0; f < 5; f++) {
            int fold = f;
            assertThat(java.util.Arrays.stream(split).filter(s -> s == fold).count()).isBetween(146L, 148L);
        }
    }

    @Test
    void keeps_the_model_without_the_test_rows_when_refit_is_off() {
        ChurnOptions o = options(Algorithm.LOGISTIC, 0.2);
        o = new ChurnOptions(o.target(), null, null, List.of(), Algorithm.LOGISTIC, 3, 0.2, 1, List.of(),
                ThresholdRule.parse("0.5"), 1, false, false);
        ChurnTrainer.Result r = new ChurnTrainer(o).fit(SyntheticChurn.linear(500, 6));
        r.model().close();
        assertThat(r.evaluation().finalRows()).isEqualTo(400);
        assertThat(r.evaluation().refit()).isFalse();
        assertThat(r.evaluation().threshold()).isEqualTo(0.5);
    }

    @Test
    void weighting_churners_leaves_probabilities_calibrated() {
        ChurnOptions base = options(Algorithm.LOGISTIC, 0);
        ChurnOptions balanced = new ChurnOptions("status", null, null, List.of(), Algorithm.LOGISTIC, 5, 0, 42, List.of(),
                base.threshold(), ChurnOptions.BALANCED, true, false);
        Table t = SyntheticChurn.linear(3000, 7);
        ChurnTrainer.Result r = new ChurnTrainer(balanced).fit(t);
        r.model().close();
        double rate = r.evaluation().pooled().positives() / (double) r.evaluation().pooled().rows();
        double meanPredicted = r.evaluation().pooled().calibration().stream()
                .mapToDouble(b -> b.rows() * b.meanPredicted()).sum() / r.evaluation().pooled().rows();
        assertThat(meanPredicted).isCloseTo(rate, within(0.02));
    }

    @Test
    void never_uses_ids_timestamps_or_excluded_columns_as_features() {
        long[] since = new long[600];
        for (int i = 0; i < 600; i++) {
            since[i] = 86_400_000_000L * (i % 97);
        }
        Table t = SyntheticChurn.linear(600, 8).with(new TimestampColumn("since", since, null));
        ChurnOptions o = new ChurnOptions("status", "Churned", null, List.of("x12"), Algorithm.LOGISTIC, 3, 0, 1,
                List.of(), ThresholdRule.parse("f1"), 1, true, false);
        ChurnTrainer.Result r = new ChurnTrainer(o).fit(t);
        try (ChurnModel m = r.model()) {
            assertThat(m.pipeline().columns()).doesNotContain("account", "x12", "status", "since").contains("x1", "region");
            assertThat(r.evaluation().dropped()).containsExactly("account (id)", "x12 (excluded)", "since (timestamp)");
            assertThat(m.idColumn()).isEqualTo("account");
        }
    }

    @Test
    void refuses_a_feature_that_is_missing_in_every_row() {
        double[] nan = new double[300];
        java.util.Arrays.fill(nan, Double.NaN);
        Table bad = SyntheticChurn.linear(300, 9).with(NumericColumn.of("balance", nan));
        assertThatThrownBy(() -> new ChurnTrainer(options(Algorithm.LOGISTIC, 0)).fit(bad))
                .isInstanceOf(DataException.class)
                .hasMessage("linear, column 'balance': is missing in every row, so it cannot be a feature; leave it out "
                        + "with --exclude balance");
    }

    @Test
    void contributions_add_up_to_the_log_odds_up_to_a_constant() {
        Table t = SyntheticChurn.interactions(1500, 10);
        for (Algorithm a : new Algorithm[] {Algorithm.LOGISTIC, Algorithm.GBM}) {
            ChurnTrainer.Result r = new ChurnTrainer(options(a, 0)).fit(t);
            try (ChurnModel m = r.model()) {
                int[] rows = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
                var bound = m.bind(t);
                double[] logit = m.logits(bound, rows);
                double[] c = m.contributions(bound, rows);
                int cols = m.pipeline().encoders().size();
                double base = logit[0] - java.util.Arrays.stream(c, 0, cols).sum();
                for (int r0 = 1; r0 < rows.length; r0++) {
                    double sum = java.util.Arrays.stream(c, r0 * cols, (r0 + 1) * cols).sum();
                    assertThat(logit[r0] - sum).as(a.label()).isCloseTo(base, within(1e-4));
                }
            }
        }
    }

    @Test
    void scores_unseen_levels_as_missing_and_counts_them() {
        Table t = SyntheticChurn.linear(500, 11);
        ChurnTrainer.Result r = new ChurnTrainer(options(Algorithm.LOGISTIC, 0)).fit(t);
        try (ChurnModel m = r.model()) {
            Table scoring = t.rows(new int[] {0, 1, 2}).with(CategoricalColumn.of("region", "east", "north", "east"))
                    .drop(List.of("status"));
            Scores s = m.score(scoring, 3);
            assertThat(s.unusable()).isEqualTo(Map.of("region", 2));
            assertThat(s.reasons()[0]).hasSize(3);
            for (double p : s.probability()) {
                assertThat(p).isBetween(0.0, 1.0);
            }
        }
    }

    private static ChurnOptions withId(String id) {
        return new ChurnOptions("status", "Churned", id, List.of(), Algorithm.LOGISTIC, 3, 0, 1, List.of(),
                ThresholdRule.parse("f1"), 1, true, false);
    }

    /** The linear table plus a unique integer amount, a row number (1..n, shuffled) and a unique text column. */
    private static Table withUniqueAmountAndEmail(int n) {
        double[] amount = new double[n];
        double[] rowNumber = new double[n];
        String[] email = new String[n];
        for (int i = 0; i < n; i++) {
            amount[i] = 1000 + 3 * ((i * 7919L) % n);
            rowNumber[i] = 1 + (i * 7919L) % n;
            email[i] = "c" + i + "@example.org";
        }
        return SyntheticChurn.linear(n, 12).with(NumericColumn.of("amount", amount))
                .with(NumericColumn.of("row_number", rowNumber)).with(CategoricalColumn.of("email", email));
    }

    @Test
    void a_unique_integer_column_is_a_feature_once_the_id_is_named_but_unique_text_and_row_numbers_stay_out() {
        Table t = withUniqueAmountAndEmail(500);
        ChurnTrainer.Result inferred = new ChurnTrainer(withId(null)).fit(t);
        try (ChurnModel m = inferred.model()) {
            assertThat(m.pipeline().columns()).doesNotContain("amount");
            assertThat(inferred.evaluation().dropped()).contains("amount (id)");
        }
        ChurnTrainer.Result named = new ChurnTrainer(withId("account")).fit(t);
        try (ChurnModel m = named.model()) {
            assertThat(m.pipeline().columns()).contains("amount").doesNotContain("account", "email", "row_number");
            assertThat(named.evaluation().dropped()).containsExactly("account (id)", "row_number (id)", "email (id)");
            assertThat(m.idColumn()).isEqualTo("account");
        }
    }

    @Test
    void an_id_that_is_not_unique_is_used_with_a_warning() {
        Table t = SyntheticChurn.linear(300, 13);
        List<String> warnings = new java.util.ArrayList<>();
        ChurnTrainer.Result r = new ChurnTrainer(withId("region"), dev.clientele.Progress.NONE, line -> { },
                warnings::add).fit(t);
        try (ChurnModel m = r.model()) {
            assertThat(m.idColumn()).isEqualTo("region");
            assertThat(m.pipeline().columns()).doesNotContain("region");
        }
        int levels = ((CategoricalColumn) t.column("region")).levelCount();
        assertThat(warnings).containsExactly("--id column 'region' is not unique (" + (300 - levels)
                + " repeated and 0 missing values in 300 rows); it is still used as the id in predictions, so check "
                + "that it names the customer id");
    }

    @Test
    void a_table_without_usable_features_says_what_to_add_and_never_lists_nothing() {
        String[] status = new String[300];
        double[] amount = new double[300];
        for (int i = 0; i < 300; i++) {
            status[i] = i % 3 == 0 ? "Churned" : "Stayed";
            amount[i] = 5 * i + 1;
        }
        Table only = Table.of("only.csv", CategoricalColumn.of("status", status));
        assertThatThrownBy(() -> new ChurnTrainer(withId(null)).fit(only))
                .isInstanceOf(DataException.class)
                .hasMessage("only.csv: no usable feature columns besides the target 'status'; add columns that "
                        + "describe the customers to the data");
        Table amounts = only.with(NumericColumn.of("amount", amount));
        assertThatThrownBy(() -> new ChurnTrainer(withId(null)).fit(amounts))
                .hasMessage("only.csv: no usable feature columns besides the target 'status' (left out: amount (id)); "
                        + "add columns that describe the customers to the data, or name the id column with --id so "
                        + "that unique whole-number columns are used");
    }

    @Test
    void too_few_of_one_class_for_the_folds_is_refused_with_the_counts() {
        String[] status = new String[40];
        double[] x = new double[40];
        for (int i = 0; i < 40; i++) {
            status[i] = i == 0 ? "Churned" : "Stayed";
            x[i] = i % 7;
        }
        Table t = Table.of("tiny.csv", NumericColumn.of("x", x), CategoricalColumn.of("status", status));
        assertThatThrownBy(() -> ChurnTrainer.train(t, "status"))
                .isInstanceOf(DataException.class)
                .hasMessage("tiny.csv, column 'status': only 1 churner among 40 labelled rows; 5-fold cross-validation "
                        + "needs at least 10 of each class (lower --folds or add data)");
    }
}
