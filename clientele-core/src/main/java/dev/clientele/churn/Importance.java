package dev.clientele.churn;

import dev.clientele.data.Table;
import dev.clientele.features.BoundTable;
import dev.clientele.features.ColumnEncoder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Global importance of a model's input columns: the mean absolute contribution to the calibrated log-odds
 * over (a seeded sample of at most {@link #SAMPLE} of) the training rows, i.e. mean |SHAP| for boosted
 * trees, and for boosted trees also each column's share of the total split gain.
 */
final class Importance {
    static final int SAMPLE = 2000;

    private Importance() {
    }

    static List<ChurnEvaluation.Importance> of(ChurnModel model, Table table, int[] rows, long seed) {
        int[] sample = sample(rows, seed);
        BoundTable bound = model.pipeline().bind(table);
        List<ColumnEncoder> encoders = model.pipeline().encoders();
        int m = encoders.size();
        double[] contrib = model.contributions(bound, sample);
        double[] meanAbs = new double[m];
        for (int r = 0; r < sample.length; r++) {
            for (int j = 0; j < m; j++) {
                meanAbs[j] += Math.abs(contrib[r * m + j]) / sample.length;
            }
        }
        double[] gain = gainShare(model, m);
        List<ChurnEvaluation.Importance> out = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            out.add(new ChurnEvaluation.Importance(encoders.get(j).column(), meanAbs[j], gain == null ? Double.NaN : gain[j]));
        }
        out.sort(Comparator.comparingDouble(ChurnEvaluation.Importance::meanAbsContribution).reversed());
        return out;
    }

    private static double[] gainShare(ChurnModel model, int m) {
        for (Component c : model.components()) {
            if (c.scorer() instanceof BoostedScorer b) {
                int width = model.pipeline().tree().width();
                int[] source = model.pipeline().tree().source();
                double[] g = b.totalGain(width);
                double[] share = new double[m];
                double total = 0;
                for (int j = 0; j < width; j++) {
                    share[source[j]] += g[j];
                    total += g[j];
                }
                for (int j = 0; j < m; j++) {
                    share[j] = total > 0 ? share[j] / total : 0;
                }
                return share;
            }
        }
        return null;
    }

    private static int[] sample(int[] rows, long seed) {
        if (rows.length <= SAMPLE) {
            return rows.clone();
        }
        int[] copy = rows.clone();
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < SAMPLE; i++) {
            int j = i + rnd.nextInt(copy.length - i);
            int t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        int[] out = java.util.Arrays.copyOf(copy, SAMPLE);
        java.util.Arrays.sort(out);
        return out;
    }
}
