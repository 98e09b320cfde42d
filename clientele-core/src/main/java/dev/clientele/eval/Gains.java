package dev.clientele.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Lift and cumulative gains by decile: rows sorted by descending score (ties by row order) and cut into
 * ten groups whose sizes differ by at most one (group g holds ranks [g n / 10, (g + 1) n / 10)).
 */
public final class Gains {
    private Gains() {
    }

    /**
     * One decile.
     *
     * @param decile         1 = the highest-scored tenth
     * @param rows           rows in the decile
     * @param positives      positives among them
     * @param rate           positives / rows
     * @param lift           rate / overall positive rate
     * @param cumulativeGain share of all positives found in deciles 1..decile
     */
    public record LiftRow(int decile, int rows, long positives, double rate, double lift, double cumulativeGain) {
    }

    public static List<LiftRow> byDecile(int[] y, double[] p) {
        int n = ClassificationMetrics.check(y, p);
        int[] order = Ranking.descending(p);
        long totalPos = 0;
        for (int v : y) {
            totalPos += v;
        }
        double overall = (double) totalPos / n;
        List<LiftRow> rows = new ArrayList<>();
        long cum = 0;
        for (int g = 0; g < 10; g++) {
            int from = (int) ((long) g * n / 10);
            int to = (int) ((long) (g + 1) * n / 10);
            long pos = 0;
            for (int r = from; r < to; r++) {
                pos += y[order[r]];
            }
            cum += pos;
            int size = to - from;
            double rate = size == 0 ? 0 : (double) pos / size;
            rows.add(new LiftRow(g + 1, size, pos, rate, overall > 0 ? rate / overall : 0,
                    totalPos > 0 ? (double) cum / totalPos : 0));
        }
        return rows;
    }
}
