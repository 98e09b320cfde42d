package dev.clientele.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.clientele.testing.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Golden values on {@code scores.csv} (500 seeded rows, scores rounded to 2 decimals so there are many
 * ties) come from scikit-learn 1.2.1:
 * <pre>
 * rng = np.random.default_rng(7); y = rng.integers(0, 2, 500)
 * p = np.round(1 / (1 + np.exp(-(1.2 * y - 0.6 + rng.normal(0, 1.1, 500)))), 2)
 * roc_auc_score(y, p), average_precision_score(y, p), log_loss(y, p), brier_score_loss(y, p)
 * accuracy/precision/recall/f1_score(y, p >= 0.5)
 * </pre>
 */
class ClassificationMetricsTest {

    record Scores(int[] y, double[] p) {
    }

    static Scores fixture() throws IOException {
        try (InputStream in = ClassificationMetricsTest.class.getResourceAsStream("scores.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            int[] y = new int[lines.size()];
            double[] p = new double[lines.size()];
            for (int i = 0; i < y.length; i++) {
                String[] f = lines.get(i).split(",");
                y[i] = Integer.parseInt(f[0]);
                p[i] = Double.parseDouble(f[1]);
            }
            return new Scores(y, p);
        }
    }

    @Test
    void metrics_match_scikit_learn_on_tied_scores() throws IOException {
        Scores s = fixture();
        assertThat(ClassificationMetrics.rocAuc(s.y(), s.p())).isCloseTo(0.7809530688238315, within(1e-12));
        assertThat(ClassificationMetrics.prAuc(s.y(), s.p())).isCloseTo(0.8007575810841037, within(1e-12));
        assertThat(ClassificationMetrics.logLoss(s.y(), s.p())).isCloseTo(0.5679383394722315, within(1e-12));
        assertThat(ClassificationMetrics.brier(s.y(), s.p())).isCloseTo(0.19210719999999998, within(1e-12));
    }

    @Test
    void confusion_matrix_rates_match_scikit_learn_at_one_half() throws IOException {
        Scores s = fixture();
        ConfusionMatrix cm = ConfusionMatrix.at(s.y(), s.p(), 0.5);
        assertThat(cm.total()).isEqualTo(500);
        assertThat(cm.accuracy()).isCloseTo(0.718, within(1e-12));
        assertThat(cm.precision()).isCloseTo(0.7530864197530864, within(1e-12));
        assertThat(cm.recall()).isCloseTo(0.6931818181818182, within(1e-12));
        assertThat(cm.f1()).isCloseTo(0.7218934911242604, within(1e-12));
    }

    /** 2 to 60 rows, scores on eight levels so that ties are common. */
    @Seeds.Cases(60)
    void roc_auc_equals_the_share_of_correctly_ordered_pairs(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = Seeds.between(r, 2, 60);
        int[] y = new int[n];
        double[] p = new double[n];
        y[0] = 0;
        y[1] = 1;
        for (int i = 0; i < n; i++) {
            if (i > 1) {
                y[i] = r.nextInt(2);
            }
            p[i] = r.nextInt(8) / 8.0;
        }
        double pairs = 0;
        double good = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    pairs++;
                    good += p[i] > p[j] ? 1 : p[i] == p[j] ? 0.5 : 0;
                }
            }
        }
        assertThat(ClassificationMetrics.rocAuc(y, p)).isCloseTo(good / pairs, within(1e-12));
    }

    @Seeds.Cases(30)
    void roc_auc_does_not_depend_on_row_order(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 50;
        int[] y = new int[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3 == 0 ? 1 : 0;
            p[i] = r.nextInt(10) / 10.0;
        }
        double before = ClassificationMetrics.rocAuc(y, p);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int ty = y[i];
            y[i] = y[j];
            y[j] = ty;
            double tp = p[i];
            p[i] = p[j];
            p[j] = tp;
        }
        assertThat(ClassificationMetrics.rocAuc(y, p)).isCloseTo(before, within(1e-12));
    }

    @Test
    void metrics_that_need_both_classes_say_so() {
        assertThatThrownBy(() -> ClassificationMetrics.rocAuc(new int[] {1, 1}, new double[] {0.2, 0.3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ROC AUC needs both classes, got 2 positive and 0 negative rows");
        assertThatThrownBy(() -> ClassificationMetrics.brier(new int[] {1, 2}, new double[] {0.2, 0.3}))
                .hasMessage("label at row 1 is 2, expected 0 or 1");
        assertThatThrownBy(() -> ClassificationMetrics.brier(new int[] {1}, new double[] {0.2, 0.3}))
                .hasMessage("labels (1) and scores (2) differ in length");
    }
}
