package dev.clientele.cli;

import dev.clientele.Progress;
import dev.clientele.data.DataSource;
import dev.clientele.data.Table;
import dev.clientele.data.TableReader;
import dev.clientele.segment.SegmentationOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The segmentation part of {@code clientele demo}: the automatic segment search on the bundled telco
 * data, with churn as the outcome and the monthly charge as the value at risk, printed as the chosen
 * configuration, the head of the leaderboard and the segment profiles. Only the demo names demo columns.
 */
final class SegmentDemo {
    static final String TARGET = "churn";
    static final String VALUE = "monthly_charges";
    static final long SEED = 42;

    private SegmentDemo() {
    }

    /**
     * Runs the search on the telco file and prints the result.
     *
     * @param out     where to print
     * @param telco   the extracted telco file ({@code DemoData.file(DemoData.TELCO)})
     * @param section the section number in the demo's headings
     * @return the run, for callers that want to go on with it
     */
    static SegmentRun.Result print(PrintWriter out, Path telco, int section) {
        Table table = TableReader.read(DataSource.of(telco));
        SegmentationOptions o = SegmentationOptions.defaults(SEED).withSearch(true, false)
                .withScalers(SegmentationOptions.AUTO_SCALERS).withExclude(List.of(TARGET));
        out.printf(Locale.ROOT, "== %d. Customer segments (clientele segment --search --target %s --value %s) ==%n",
                section, TARGET, VALUE);
        out.flush();
        long t0 = System.nanoTime();
        Progress progress = CliProgress.forTerminal();
        SegmentRun.Result r = SegmentRun.run(new SegmentRun.Request(table, o, null, TARGET, null, VALUE), progress);
        r.search().warnings().forEach(Log::warn);
        out.printf(Locale.ROOT, "searched %d configurations (feature subsets x scalers x k = %s) in %.1f s%n",
                r.search().leaderboard().size(), o.k(), (System.nanoTime() - t0) / 1e9);
        SegmentCommand.print(out, r);
        out.flush();
        return r;
    }
}
