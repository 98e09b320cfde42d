package dev.clientele.churn;

import dev.clientele.data.DataSource;
import dev.clientele.data.Table;
import dev.clientele.data.TableReader;
import dev.clientele.features.BoundTable;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void shap() throws Exception {
        Table t = TableReader.read(DataSource.of(Path.of("..", "examples", "telco_churn.csv")));
        ChurnModel m = new ChurnTrainer(ChurnOptions.defaults("churn").withAlgorithm(Algorithm.GBM)).fit(t).model();
        BoostedScorer b = (BoostedScorer) m.components().get(0).scorer();
        System.out.println("rounds " + b.rounds());
        BoundTable bound = m.bind(t);
        int[] rows = java.util.stream.IntStream.range(0, 7043).toArray();
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int rep = 0; rep < 3; rep++) {
            long c0 = mx.getCurrentThreadCpuTime();
            b.contributions(bound, rows);
            long c1 = mx.getCurrentThreadCpuTime();
            b.margins(bound, rows);
            long c2 = mx.getCurrentThreadCpuTime();
            bound.tree(rows);
            long c3 = mx.getCurrentThreadCpuTime();
            System.out.printf("cpu: contrib %.1f us/row, margins %.2f us/row, design %.2f us/row%n", (c1 - c0) / 1e3 / 7043, (c2 - c1) / 1e3 / 7043, (c3 - c2) / 1e3 / 7043);
        }
        for (int rep = 0; rep < 4; rep++) {
            long t0 = System.nanoTime();
            b.contributions(bound, rows);
            long t1 = System.nanoTime();
            m.contributions(bound, rows);
            long t2 = System.nanoTime();
            m.score(t, 3);
            long t3 = System.nanoTime();
            m.score(t, 0);
            long t4 = System.nanoTime();
            System.out.printf("contrib %.0f/s  model.contrib %.0f/s  score3 %.0f/s score0 %.0f/s%n", 7043 / ((t1 - t0) / 1e9), 7043 / ((t2 - t1) / 1e9), 7043 / ((t3 - t2) / 1e9), 7043 / ((t4 - t3) / 1e9));
        }
    }
}
