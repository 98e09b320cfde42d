// Churn benchmark, JMH-free: training time of `auto` with 5-fold CV on the telco data, and in-process
// scoring throughput (customers per second) with and without reasons on the telco rows repeated to 1M.
//
// Run from the repository root after building the CLI jar (./clientele --version builds it):
//   java -XX:+UseParallelGC -cp clientele-cli/target/clientele.jar bench/ChurnBench.java examples/telco_churn.csv
// Prints one line per measurement and the medians; bench/churn.sh runs it next to scikit-learn.

import dev.clientele.churn.Algorithm;
import dev.clientele.churn.ChurnModel;
import dev.clientele.churn.ChurnOptions;
import dev.clientele.churn.ChurnTrainer;
import dev.clientele.data.DataSource;
import dev.clientele.data.Table;
import dev.clientele.data.TableReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

public class ChurnBench {
    public static void main(String[] args) {
        Table telco = TableReader.read(DataSource.of(Path.of(args.length > 0 ? args[0] : "examples/telco_churn.csv")));
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int customers = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        System.out.printf(Locale.ROOT, "cores %d, java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));

        double[] train = new double[repeats];
        ChurnModel auto = null;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            ChurnTrainer.Result res = new ChurnTrainer(ChurnOptions.defaults("churn")).fit(telco);
            train[r] = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "train auto (5-fold CV + 20%% test + refit): %.2f s, chose %s, CV ROC AUC %.4f%n",
                    train[r], res.evaluation().chosen(), res.evaluation().cvMean().get("rocAuc"));
            if (auto != null) {
                auto.close();
            }
            auto = res.model();
        }
        System.out.printf(Locale.ROOT, "MEDIAN train auto: %.2f s%n", median(train));

        ChurnModel gbm = new ChurnTrainer(ChurnOptions.defaults("churn").withAlgorithm(Algorithm.GBM)).fit(telco).model();
        int[] rows = new int[customers];
        for (int i = 0; i < customers; i++) {
            rows[i] = i % telco.rowCount();
        }
        Table big = telco.rows(rows).drop(java.util.List.of("churn"));
        for (ChurnModel m : new ChurnModel[] {auto, gbm}) {
            for (int reasons : new int[] {0, 3}) {
                int n = reasons == 0 ? customers : customers / 4;
                Table t = reasons == 0 ? big : big.rows(Arrays.copyOf(rows, n));
                m.score(t, reasons); // warm-up
                double[] rate = new double[repeats];
                for (int r = 0; r < repeats; r++) {
                    long t0 = System.nanoTime();
                    m.score(t, reasons);
                    rate[r] = n / ((System.nanoTime() - t0) / 1e9);
                    System.out.printf(Locale.ROOT, "score %s, %d reasons: %,.0f customers/s (%,d customers)%n",
                            m.algorithm(), reasons, rate[r], n);
                }
                System.out.printf(Locale.ROOT, "MEDIAN score %s, %d reasons: %,.0f customers/s%n", m.algorithm(), reasons,
                        median(rate));
            }
        }
        auto.close();
        gbm.close();
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
