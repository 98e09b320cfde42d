package dev.clientele.churn;

import dev.clientele.data.DataSource;
import dev.clientele.data.Table;
import dev.clientele.data.TableReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void telco() {
        Table t = TableReader.read(DataSource.of(Path.of("..", "examples", "telco_churn.csv")));
        long t0 = System.nanoTime();
        ChurnOptions o = ChurnOptions.defaults("churn").withTestFraction(0);
        ChurnTrainer.Result r = new ChurnTrainer(o, dev.clientele.Progress.NONE, l -> System.out.println((System.nanoTime() - t0) / 1e9 + " " + l)).fit(t);
        System.out.println("seconds " + (System.nanoTime() - t0) / 1e9);
        System.out.println(r.evaluation().cvMean());
        r.evaluation().importance().forEach(System.out::println);
        Scores s = r.model().score(t, 3);
        for (int i = 0; i < 5; i++) {
            System.out.println(s.probability()[i] + " " + java.util.Arrays.toString(s.reasons()[i]));
        }
    }
}
