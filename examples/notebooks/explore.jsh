// Clientele from JShell: the library behind `clientele demo`, step by step, for exploration.
//
// JShell reads a statement per line: a statement that goes on keeps its operator (".", "+", ",") at the
// end of the line, never at the start of the next.
// Run from the repository root (the first line builds the jar if needed):
//   ./clientele --version >/dev/null && jshell --class-path clientele-cli/target/clientele.jar examples/notebooks/explore.jsh
// or open JShell with that class path and paste the blocks one at a time, changing what you like.
// Any customer table works: change DATA and TARGET.

import dev.clientele.data.*;
import dev.clientele.churn.*;
import dev.clientele.segment.*;
import dev.clientele.Progress;
import java.nio.file.Path;
import java.util.*;

String DATA = "examples/telco_churn.csv";
String TARGET = "churn";

// 1. Load and look: types, roles, missing values.
Table customers = TableReader.read(DataSource.of(Path.of(DATA)));
System.out.printf("%,d rows x %d columns%n", customers.rowCount(), customers.columnCount());
for (ColumnProfile c : SchemaInference.profile(customers)) {
    System.out.printf("  %-20s %-12s %-14s missing %d, distinct %d%n", c.name(), c.type(), c.role(), c.missing(), c.distinct());
}

// 2. Churn model: cross-validated, calibrated, with reasons per customer.
ChurnTrainer.Result churn = new ChurnTrainer(ChurnOptions.defaults(TARGET).withSeed(42)).fit(customers);
ChurnEvaluation ev = churn.evaluation();
System.out.printf("%nchosen: %s (%s)%n", ev.chosen(), ev.reason());
System.out.printf("cross-validated ROC AUC %.4f +- %.4f; test split ROC AUC %.4f%n",
        ev.cvMean().values().get("rocAuc"), ev.cvStd().values().get("rocAuc"), ev.test().rocAuc());

// Scores and the three main reasons of the five riskiest customers.
Scores scores = churn.model().score(customers, 3);
Integer[] order = new Integer[scores.size()];
for (int i = 0; i < order.length; i++) order[i] = i;
Arrays.sort(order, (a, b) -> Double.compare(scores.probability()[b], scores.probability()[a]));
for (int j = 0; j < 5; j++) {
    int i = order[j];
    System.out.printf("  row %5d  p=%.3f  %s%n", i + 1, scores.probability()[i], Arrays.toString(scores.reasons()[i]));
}

// 3. Segments: search features x scalers x k by silhouette, then profile them with the churn rate.
SegmentationOptions so = SegmentationOptions.defaults(42).withSearch(true, false).
        withScalers(SegmentationOptions.AUTO_SCALERS).withExclude(List.of(TARGET));
SearchResult search = new SegmentSearch(so, Progress.NONE).run(customers);
System.out.printf("%nsegments: %s%n", search.reason());
SegmentProfiles profiles = SegmentProfiles.of(customers, search.fit().data().rows(), search.fit().labels(),
        search.chosen().k(), search.model().space(), so.exclude(), SegmentOutcome.of(customers, TARGET, null), null);
for (SegmentProfile p : profiles.segments()) {
    System.out.printf("  %d  %-40s %5.1f%% of customers, churn rate %.1f%%%n",
            p.segment() + 1, p.name(), 100 * p.share(), 100 * p.outcome().rate());
}

churn.model().close();
/exit
