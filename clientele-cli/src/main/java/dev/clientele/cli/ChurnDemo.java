package dev.clientele.cli;

import dev.clientele.churn.ChurnEvaluation;
import dev.clientele.churn.ChurnOptions;
import dev.clientele.churn.ChurnTrainer;
import dev.clientele.churn.Reason;
import dev.clientele.churn.Scores;
import dev.clientele.data.Column;
import dev.clientele.data.Table;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The churn part of {@code clientele demo}: trains {@code auto} on a table and prints a compact summary
 * (candidates and the choice, CV and test metrics, top drivers, a few scored customers with reasons).
 * Call {@link #run(Table, String, PrintWriter)}; the caller owns (and closes) the returned model.
 */
final class ChurnDemo {
    private ChurnDemo() {
    }

    /**
     * Trains and prints the summary.
     *
     * @param table  customers with a churn column
     * @param target the churn column
     * @param out    where the summary goes
     */
    static ChurnTrainer.Result run(Table table, String target, PrintWriter out) {
        ChurnOptions options = ChurnOptions.defaults(target);
        ChurnTrainer.Result r = new ChurnTrainer(options, CliProgress.forTerminal(), Log::debug, Log::warn).fit(table);
        ChurnEvaluation e = r.evaluation();
        for (ChurnEvaluation.Candidate c : e.candidates()) {
            out.printf(Locale.ROOT, "  %-9s CV ROC AUC %.4f +- %.4f%n", c.name(), c.rocAuc(), c.rocAucStd());
        }
        out.println("  chosen: " + e.reason());
        out.printf(Locale.ROOT, "%n%d-fold CV on %,d customers, test split of %,d, threshold %.3f (%s):%n", e.folds(),
                e.cvRows(), e.testRows(), e.threshold(), e.thresholdRule());
        out.print(ChurnReport.metrics(e.cvMean(), e.cvStd(), e.test()));
        out.println();
        out.print(ChurnReport.drivers(e.importance(), 5));
        Scores s = r.model().score(table, 3);
        out.println("\nhighest-risk customers, with the reasons behind their scores:");
        Column id = r.model().idColumn() == null ? null : table.column(r.model().idColumn());
        int[] order = java.util.stream.IntStream.range(0, s.size()).boxed()
                .sorted((a, b) -> Double.compare(s.probability()[b], s.probability()[a]))
                .mapToInt(Integer::intValue).limit(5).toArray();
        for (int i : order) {
            StringBuilder why = new StringBuilder();
            for (Reason reason : s.reasons()[i]) {
                why.append(why.length() == 0 ? "" : ", ").append(reason);
            }
            out.printf(Locale.ROOT, "  %-12s p=%.2f  %s%n", id == null ? "row " + (i + 1) : id.text(i),
                    s.probability()[i], why);
        }
        out.flush();
        return r;
    }
}
