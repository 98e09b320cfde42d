package dev.clientele.cli;

import dev.clientele.data.DataSource;
import dev.clientele.transactions.FeatureFile;
import dev.clientele.transactions.FeatureSet;
import dev.clientele.transactions.TransactionFeatures;
import dev.clientele.transactions.TransactionOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code clientele features}: from a transaction log to one row per customer as of a cutoff, with churn labels. */
@Command(name = "features", mixinStandardHelpOptions = true,
        description = "Turn a transaction log into one row per customer as of a cutoff date: recency, frequency, "
                + "monetary value, tenure, inter-purchase times, spend trend, active months, and a churn label "
                + "(no purchase within the horizon after the cutoff) when the log reaches that far.",
        footer = {"%nExamples:",
                "  clientele features --transactions examples/cdnow_master.txt --customer customer_id --date date \\",
                "      --amount dollar_value --quantity number_of_cds --cutoff 1997-09-30 --horizon 270d --out cdnow.csv",
                "  clientele features --transactions sales.parquet --customer client --date ts --amount total \\",
                "      --cutoffs 4 --horizon 90d --out snapshots.parquet        backtest: 4 stacked snapshots",
                "%nColumn definitions: see the Transactions section of the README."})
final class FeaturesCommand implements Callable<Integer> {
    /** The CDNOW demo settings: cutoff 1997-09-30, a 270-day horizon. */
    static final LocalDate CDNOW_CUTOFF = LocalDate.of(1997, 9, 30);
    static final int CDNOW_HORIZON_DAYS = 270;

    @Option(names = "--transactions", required = true, paramLabel = "FILE|URL",
            description = "The log: CSV/TSV/whitespace-aligned text, .parquet, .json(l), .duckdb file, or a jdbc: URL.")
    String transactions;

    @Mixin
    SourceOptions source;

    @Option(names = "--customer", required = true, paramLabel = "COL", description = "Customer id column.")
    String customer;

    @Option(names = "--date", required = true, paramLabel = "COL", description = "Purchase date or timestamp column.")
    String date;

    @Option(names = "--amount", required = true, paramLabel = "COL", description = "Amount (spend) column.")
    String amount;

    @Option(names = "--quantity", paramLabel = "COL", description = "Item count column (adds quantity_total, quantity_mean).")
    String quantity;

    @Option(names = "--date-format", paramLabel = "PATTERN",
            description = "Java-style pattern of text dates, e.g. yyyyMMdd or dd/MM/yyyy HH:mm "
                    + "(default: native dates, ISO dates and timestamps, yyyyMMdd).")
    String dateFormat;

    @Option(names = "--cutoff", paramLabel = "DATE", description = "Cutoff date yyyy-MM-dd; repeat for stacked snapshots.")
    List<String> cutoffs = new ArrayList<>();

    @Option(names = "--cutoffs", paramLabel = "N",
            description = "N evenly spaced cutoffs, the last being the latest with a full horizon inside the log.")
    Integer cutoffCount;

    @Option(names = "--horizon", paramLabel = "DAYS", defaultValue = "90d",
            description = "Churn horizon: 90d, 90 or 12w (default: ${DEFAULT-VALUE}).")
    String horizon;

    @Option(names = "--allow-refunds", description = "Accept negative amounts as refunds (they reduce spend, are no purchase).")
    boolean allowRefunds;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output .csv, .tsv or .parquet file.")
    Path out;

    @Override
    public Integer call() {
        OptionChecks.tableFile("--out", out);
        if (cutoffCount != null && cutoffCount < 1) {
            throw new Errors.UsageException("--cutoffs must be >= 1, got " + cutoffCount);
        }
        if (cutoffs.isEmpty() == (cutoffCount == null)) {
            throw new Errors.UsageException(cutoffs.isEmpty() ? "give a cutoff date (--cutoff 1997-09-30) or a number of cutoffs (--cutoffs 3)"
                    : "give either --cutoff dates or --cutoffs N, not both");
        }
        TransactionOptions options = new TransactionOptions(customer, date, amount, quantity, dateFormat,
                cutoffs.stream().map(TransactionOptions::parseCutoff).toList(), cutoffCount == null ? 0 : cutoffCount,
                TransactionOptions.parseHorizon(horizon), allowRefunds);
        long t0 = System.nanoTime();
        DataSource log = source.source("--transactions", transactions);
        FeatureFile written = TransactionFeatures.write(log, options, out);
        Log.info(written.describe().stripTrailing());
        Log.info(String.format(Locale.ROOT, "wrote %,d rows x %d columns to %s in %.1f s", written.rows(),
                written.columns().size(), out, (System.nanoTime() - t0) / 1e9));
        return 0;
    }

    /**
     * The CDNOW feature table of the transactions demo in one call: cutoff 1997-09-30, 270-day horizon,
     * quantity from {@code number_of_cds}.
     */
    static FeatureSet cdnow(Path file) {
        return TransactionFeatures.compute(DataSource.of(file),
                TransactionOptions.of("customer_id", "date", "dollar_value", CDNOW_CUTOFF)
                        .withQuantity("number_of_cds").withHorizonDays(CDNOW_HORIZON_DAYS));
    }
}
