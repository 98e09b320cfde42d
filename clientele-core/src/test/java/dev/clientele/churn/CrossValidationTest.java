package dev.clientele.churn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientele.Progress;
import dev.clientele.data.Table;
import dev.clientele.features.BoundTable;
import dev.clientele.features.NumericEncoder;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    @Test
    void fits_each_fold_pipeline_on_that_folds_training_rows_only() {
        Table t = SyntheticChurn.noise(500, 12);
        Target target = Target.resolve(t, "status", null);
        int[] rows = new int[500];
        for (int i = 0; i < 500; i++) {
            rows[i] = i;
        }
        CrossValidation cv = new CrossValidation(rows, target.y(), 5, 1, 1, Progress.NONE);
        BoundTable[] bound = cv.pipelines(t, List.of("noise", "code"));
        int[] fold = cv.fold();
        for (int f = 0; f < 5; f++) {
            int[] train = Splits.select(fold, f, false);
            double[] v = new double[train.length];
            for (int k = 0; k < train.length; k++) {
                v[k] = t.numeric("noise").get(train[k]);
            }
            Arrays.sort(v);
            double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
            NumericEncoder e = (NumericEncoder) bound[f].pipeline().encoders().get(0);
            assertThat(e.median()).as("fold %d", f).isEqualTo(median);
            double mean = Arrays.stream(v).average().orElseThrow();
            assertThat(e.scale().center()).isCloseTo(mean, org.assertj.core.api.Assertions.within(1e-12));
        }
        assertThat(bound[0].pipeline().toJson()).isNotEqualTo(bound[1].pipeline().toJson());
    }

    @Test
    void every_development_row_gets_one_out_of_fold_score_from_a_model_that_never_saw_it() {
        Table t = SyntheticChurn.linear(600, 13);
        Target target = Target.resolve(t, "status", null);
        int[] rows = new int[600];
        for (int i = 0; i < 600; i++) {
            rows[i] = i;
        }
        CrossValidation cv = new CrossValidation(rows, target.y(), 4, 2, 1, Progress.NONE);
        List<String> inputs = List.of("x1", "x2", "x3", "region");
        CrossValidation.Result r = cv.run(LogisticLearner.defaults(), t, inputs);
        // refit fold 0 by hand: same rows, same seed -> same held-out log-odds
        int[] fold = cv.fold();
        int[] train = Splits.select(fold, 0, false);
        int[] held = Splits.select(fold, 0, true);
        BoundTable b = cv.pipelines(t, inputs)[0];
        Fitted f = LogisticLearner.defaults().fit(new TrainingRows(b, train, Splits.gather(target.y(), train), null, 1),
                2 * 7919);
        double[] m = f.scorer().margins(b, held);
        for (int k = 0; k < held.length; k++) {
            assertThat(r.logits()[held[k]]).isEqualTo(f.calibrator().logit(m[k]));
        }
    }
    @Test
    void the_same_learner_calibrated_otherwise_is_cross_validated_again_not_taken_from_the_cache() {
        Table t = SyntheticChurn.linear(400, 14);
        Target target = Target.resolve(t, "status", null);
        int[] rows = java.util.stream.IntStream.range(0, 400).toArray();
        CrossValidation cv = new CrossValidation(rows, target.y(), 3, 2, 1, Progress.NONE);
        List<String> inputs = List.of("x1", "x2", "x3", "region");
        Selection sel = new Selection(cv, Calibration.ISOTONIC, line -> { });
        double[] platt = sel.choose(List.of(LogisticLearner.defaults()), t, inputs, false).logits();
        double[] iso = sel.choose(List.of(LogisticLearner.defaults().withCalibration(Calibration.ISOTONIC)), t, inputs,
                false).logits();
        assertThat(platt).isEqualTo(cv.run(LogisticLearner.defaults(), t, inputs).logits());
        assertThat(iso).isEqualTo(cv.run(LogisticLearner.defaults().withCalibration(Calibration.ISOTONIC), t, inputs)
                .logits()).isNotEqualTo(platt);
    }
}
