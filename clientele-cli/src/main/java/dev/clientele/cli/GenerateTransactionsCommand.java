package dev.clientele.cli;

import dev.clientele.transactions.GeneratorOptions;
import dev.clientele.transactions.TransactionGenerator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code clientele generate transactions}: a seeded purchase log with Pareto/NBD-style buying and churn. */
@Command(name = "transactions", mixinStandardHelpOptions = true,
        description = "Write a seeded synthetic purchase log (columns customer, date, quantity, amount): customers "
                + "acquired over the period buy at heterogeneous rates, with a December peak and lognormal spend, "
                + "until they drop out; about 10 purchases per customer over the default two years.",
        footer = {"%nExamples:",
                "  clientele generate transactions --customers 10000 --seed 7 --out tx.csv",
                "  clientele generate transactions --customers 1000000 --seed 1 --out bench-out/tx10m.parquet"})
final class GenerateTransactionsCommand implements Callable<Integer> {
    @Option(names = "--customers", required = true, paramLabel = "N", description = "Number of customers (>= 1).")
    int customers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", paramLabel = "DATE", description = "First day of the log (default: 2023-01-01).")
    String start;

    @Option(names = "--end", paramLabel = "DATE", description = "Last day of the log (default: 2024-12-31).")
    String end;

    @Option(names = "--refund-rate", paramLabel = "P", defaultValue = "0",
            description = "Share of purchases refunded later as a negative row (default: ${DEFAULT-VALUE}).")
    double refundRate;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output .csv, .tsv or .parquet file.")
    Path out;

    @Override
    public Integer call() {
        OptionChecks.tableFile("--out", out);
        GeneratorOptions options = GeneratorOptions.defaults(customers, seed)
                .withPeriod(start == null ? GeneratorOptions.DEFAULT_START : date("--start", start),
                        end == null ? GeneratorOptions.DEFAULT_END : date("--end", end))
                .withRefundRate(refundRate);
        long t0 = System.nanoTime();
        long rows = new TransactionGenerator(options).write(out);
        Log.info(String.format(Locale.ROOT, "wrote %,d transactions of %,d customers (%s to %s, seed %d) to %s in %.1f s",
                rows, customers, options.start(), options.end(), seed, out, (System.nanoTime() - t0) / 1e9));
        return 0;
    }

    private static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new Errors.UsageException("cannot read " + option + " '" + text + "'; write it as yyyy-MM-dd, e.g. 2023-01-01");
        }
    }
}
