package dev.clientele.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gains, calibration, curves and threshold rules, checked against hand-worked examples and naive sweeps. */
class ReportPartsTest {

    /** Ten rows with scores 1.0, 0.9, ..., 0.1 (already in rank order); positives at ranks 1, 2, 4, 7. */
    private static final int[] Y = {1, 1, 0, 1, 0, 0, 1, 0, 0, 0};
    private static final double[] P = {1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1};

    @Test
    void gains_by_decile_follow_the_hand_worked_example() {
        List<Gains.LiftRow> g = Gains.byDecile(Y, P);
        assertThat(g).hasSize(10);
        // one row per decile; overall rate 0.4, so a positive decile has lift 2.5
        assertThat(g.get(0).positives()).isEqualTo(1);
        assertThat(g.get(0).lift()).isCloseTo(2.5, within(1e-12));
        assertThat(g.get(2).lift()).isZero();
        assertThat(g.get(3).cumulativeGain()).isCloseTo(0.75, within(1e-12));
        assertThat(g.get(9).cumulativeGain()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void calibration_bins_hold_the_rows_whose_scores_fall_in_them() {
        List<Calibration.Bin> bins = Calibration.table(Y, P, 10);
        // bin 9 = [0.9, 1.0] holds 1.0 and 0.9 (both positive); bin 0 = [0, 0.1) is empty
        assertThat(bins.get(9).rows()).isEqualTo(2);
        assertThat(bins.get(9).observedRate()).isEqualTo(1.0);
        assertThat(bins.get(9).meanPredicted()).isCloseTo(0.95, within(1e-12));
        assertThat(bins.get(0).rows()).isZero();
        assertThat(bins.get(0).observedRate()).isNaN();
        assertThat(bins.stream().mapToInt(Calibration.Bin::rows).sum()).isEqualTo(10);
    }

    @Test
    void roc_curve_runs_from_origin_to_one_one_and_its_area_is_the_auc() {
        Curves.Curve roc = Curves.roc(Y, P);
        assertThat(roc.x()[0]).isZero();
        assertThat(roc.y()[0]).isZero();
        assertThat(roc.x()[roc.x().length - 1]).isEqualTo(1.0);
        double area = 0;
        for (int i = 1; i < roc.x().length; i++) {
            area += (roc.x()[i] - roc.x()[i - 1]) * (roc.y()[i] + roc.y()[i - 1]) / 2;
        }
        assertThat(area).isCloseTo(ClassificationMetrics.rocAuc(Y, P), within(1e-12));
    }

    @Test
    void curves_are_thinned_to_at_most_two_hundred_points() throws IOException {
        ClassificationMetricsTest.Scores s = ClassificationMetricsTest.fixture();
        int[] y = new int[5000];
        double[] p = new double[5000];
        for (int i = 0; i < 5000; i++) {
            y[i] = s.y()[i % 500];
            p[i] = s.p()[i % 500] + i * 1e-7;
        }
        assertThat(Curves.pr(y, p).x()).hasSize(Curves.MAX_POINTS);
        assertThat(Curves.roc(y, p).y()[Curves.MAX_POINTS - 1]).isEqualTo(1.0);
    }

    @Test
    void threshold_rules_pick_the_optimum_of_a_brute_force_search() throws IOException {
        ClassificationMetricsTest.Scores s = ClassificationMetricsTest.fixture();
        int[] y = s.y();
        double[] p = s.p();
        double bestF1 = -1;
        double bestYouden = -2;
        double bestCost = Double.POSITIVE_INFINITY;
        for (double t = 0.0; t <= 1.0001; t += 0.01) {
            long tp = 0;
            long fp = 0;
            long fn = 0;
            long tn = 0;
            for (int i = 0; i < y.length; i++) {
                boolean pos = p[i] >= t - 1e-9;
                if (y[i] == 1) {
                    if (pos) {
                        tp++;
                    } else {
                        fn++;
                    }
                } else if (pos) {
                    fp++;
                } else {
                    tn++;
                }
            }
            bestF1 = Math.max(bestF1, 2.0 * tp / (2.0 * tp + fp + fn));
            bestYouden = Math.max(bestYouden, (double) tp / (tp + fn) - (double) fp / (fp + tn));
            bestCost = Math.min(bestCost, 5.0 * fn + 1.0 * fp);
        }
        assertThat(ConfusionMatrix.at(y, p, ThresholdRule.parse("f1").choose(y, p)).f1()).isCloseTo(bestF1, within(1e-12));
        ConfusionMatrix youden = ConfusionMatrix.at(y, p, ThresholdRule.parse("youden").choose(y, p));
        assertThat(youden.recall() - youden.falsePositiveRate()).isCloseTo(bestYouden, within(1e-12));
        ConfusionMatrix cost = ConfusionMatrix.at(y, p, ThresholdRule.parse("cost:5,1").choose(y, p));
        assertThat(5.0 * cost.fn() + cost.fp()).isEqualTo(bestCost);
    }

    @Test
    void threshold_rules_parse_and_print_back() {
        assertThat(ThresholdRule.parse("cost:5,1").label()).isEqualTo("cost:5,1");
        assertThat(ThresholdRule.parse("0.3").choose(Y, P)).isEqualTo(0.3);
        assertThatThrownBy(() -> ThresholdRule.parse("best"))
                .hasMessage("unknown threshold rule 'best'; use a number in (0, 1), f1, youden or cost:FN_COST,FP_COST");
        assertThatThrownBy(() -> ThresholdRule.parse("1.5")).hasMessage("threshold must be in (0, 1), got 1.5");
    }

    @Test
    void report_json_has_every_section_and_no_nan() {
        ObjectNode json = BinaryReport.of(Y, P, 0.5).toJson();
        assertThat(json.fieldNames()).toIterable().contains("rocAuc", "prAuc", "logLoss", "brier", "threshold",
                "confusion", "gains", "calibration", "roc", "pr");
        assertThat(json.get("calibration").get(0).get("observedRate").isNull()).isTrue();
        assertThat(json.get("roc").get("thresholds").get(0).isNull()).isTrue();
        assertThat(json.toString()).doesNotContain("NaN").doesNotContain("Infinity");
    }
}
