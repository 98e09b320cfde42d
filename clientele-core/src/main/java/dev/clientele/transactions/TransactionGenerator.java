package dev.clientele.transactions;

import dev.clientele.data.AtomicFiles;
import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.DuckDb;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.OutputFormat;
import dev.clientele.data.Table;
import dev.clientele.data.TimestampColumn;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded synthetic purchase log with realistic repeat-buying and churn: the Pareto/NBD story (Schmittlein,
 * Morrison and Colombo 1987; Fader, Hardie and Lee 2005) with seasonality and lognormal spend.
 *
 * <p>Customer {@code i} is acquired on a day drawn uniformly from the period and buys on that day. While
 * alive it buys as a Poisson process whose rate {@code lambda_i} is gamma distributed across customers
 * (mean {@code 1/meanDaysBetween}), scaled by a yearly cycle {@code 1 + A cos(2 pi (dayOfYear - 350) / 365.25)}
 * (thinning, Lewis and Shedler 1979); it dies after an exponential lifetime whose rate {@code mu_i} is gamma
 * distributed too (mean {@code 1/meanLifetimeDays}); dead customers never return. Each purchase holds
 * {@code 1 + Poisson(kappa_i)} items at a lognormal price around a customer's own lognormal price level,
 * so spend is heavy-tailed and customer-specific. With a refund rate, some purchases are followed by a
 * negative row of the same value a few days later.
 *
 * <p>Invariant: every customer draws from its own random stream, derived from the seed and its index, so
 * the same options give the same rows whatever else changes. Rows come customer by customer (ids
 * {@code C0001}, {@code C0002}, ..., zero-padded to the width of the count), in date order within a customer.
 *
 * <p>Example: {@code GeneratorOptions.defaults(1_000_000, 7)} gives about 10 million rows over 2023-2024.
 */
public final class TransactionGenerator {
    /** The columns of a generated log, in order. */
    public static final List<String> COLUMNS = List.of("customer", "date", "quantity", "amount");

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private final GeneratorOptions options;
    private final int firstDay;
    private final int lastDay;
    private final double[] season;
    private final int idWidth;

    /** Receives generated rows. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param customer 0-based customer index
         * @param epochDay the day, as {@link LocalDate#toEpochDay()}
         * @param quantity items (negative for a refund)
         * @param cents    amount in cents (negative for a refund)
         */
        void accept(int customer, int epochDay, int quantity, long cents) throws IOException;
    }

    public TransactionGenerator(GeneratorOptions options) {
        this.options = options;
        this.firstDay = (int) options.start().toEpochDay();
        this.lastDay = (int) options.end().toEpochDay();
        this.season = new double[lastDay - firstDay + 1];
        for (int d = 0; d < season.length; d++) {
            int doy = LocalDate.ofEpochDay(firstDay + d).getDayOfYear();
            season[d] = 1 + options.seasonality() * Math.cos(2 * Math.PI * (doy - 350) / 365.25);
        }
        this.idWidth = Integer.toString(options.customers()).length();
    }

    public GeneratorOptions options() {
        return options;
    }

    /** The id of customer {@code index} (0-based): "C" and the 1-based number, zero-padded. */
    public String customerId(int index) {
        String n = Integer.toString(index + 1);
        return "C" + "0".repeat(idWidth - n.length()) + n;
    }

    /** Generates every row into {@code sink}; returns the number of rows. */
    public long generate(Sink sink) throws IOException {
        long rows = 0;
        Purchases buf = new Purchases();
        for (int i = 0; i < options.customers(); i++) {
            buf.clear();
            simulate(new SplittableRandom(mix(options.seed() + GOLDEN * (i + 1L))), buf);
            buf.sortByDay();
            for (int k = 0; k < buf.size; k++) {
                sink.accept(i, buf.day[k], buf.quantity[k], buf.cents[k]);
            }
            rows += buf.size;
        }
        return rows;
    }

    /** One customer's life: acquisition, purchases while alive, refunds. */
    private void simulate(SplittableRandom rng, Purchases out) {
        int span = lastDay - firstDay + 1;
        double shape = options.heterogeneity();
        double lambda = Gamma.sample(rng, shape) / shape / options.meanDaysBetween();
        double mu = Gamma.sample(rng, shape) / shape / options.meanLifetimeDays();
        double priceLevel = Math.log(options.medianItemPrice()) + 0.5 * rng.nextGaussian();
        double basket = 0.8 * rng.nextExponential();
        double t = rng.nextDouble() * span;
        double death = t + rng.nextExponential() / mu;
        double stop = Math.min(death, span);
        double peak = lambda * (1 + options.seasonality());
        purchase(rng, out, (int) t, priceLevel, basket);
        while (true) {
            t += rng.nextExponential() / peak;
            if (t >= stop) {
                break;
            }
            if (rng.nextDouble() * (1 + options.seasonality()) < season[(int) t]) {
                purchase(rng, out, (int) t, priceLevel, basket);
            }
        }
    }

    private void purchase(SplittableRandom rng, Purchases out, int day, double priceLevel, double basket) {
        int items = 1 + Gamma.poisson(rng, Math.min(basket, 30));
        double price = Math.exp(priceLevel + 0.3 * rng.nextGaussian());
        long cents = Math.max(1, Math.round(items * price * 100));
        out.add(firstDay + day, items, cents);
        if (options.refundRate() > 0 && rng.nextDouble() < options.refundRate()) {
            int back = day + 1 + (int) (14 * rng.nextExponential());
            if (back <= lastDay - firstDay) {
                out.add(firstDay + back, -items, -cents);
            }
        }
    }

    /** Stafford's variant 13 of the SplitMix64 finaliser: decorrelates nearby seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Writes the log to {@code out} atomically: CSV or TSV (header {@code customer,date,quantity,amount},
     * ISO dates, amounts with two decimals) or Parquet (DATE, INTEGER, DOUBLE columns).
     *
     * @return the number of rows written
     */
    public long write(Path out) {
        OutputFormat format = OutputFormat.of(out);
        long[] rows = new long[1];
        if (format == OutputFormat.PARQUET) {
            AtomicFiles.write(out, tmp -> rows[0] = writeParquet(tmp));
        } else {
            AtomicFiles.write(out, tmp -> rows[0] = writeDelimited(tmp, format.separator()));
        }
        return rows[0];
    }

    private long writeDelimited(Path file, char sep) throws IOException {
        String[] days = new String[season.length];
        for (int d = 0; d < days.length; d++) {
            days[d] = LocalDate.ofEpochDay(firstDay + d).toString();
        }
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            w.write(String.join(String.valueOf(sep), COLUMNS));
            w.write('\n');
            StringBuilder line = new StringBuilder(64);
            String[] id = {null};
            int[] idFor = {-1};
            return generate((c, day, q, cents) -> {
                if (idFor[0] != c) {
                    id[0] = customerId(c);
                    idFor[0] = c;
                }
                line.setLength(0);
                line.append(id[0]).append(sep).append(days[day - firstDay]).append(sep).append(q).append(sep);
                appendCents(line, cents);
                w.append(line).append('\n');
            });
        }
    }

    private long writeParquet(Path file) throws Exception {
        Path csv = Files.createTempFile(file.getParent(), ".generated-", ".csv");
        try (Connection duck = DuckDb.open()) {
            long rows = writeDelimited(csv, ',');
            DuckDb.exec(duck, "COPY (SELECT * FROM read_csv(" + DuckDb.literal(csv.toString()) + ", header = true, "
                    + "columns = {'customer': 'VARCHAR', 'date': 'DATE', 'quantity': 'INTEGER', 'amount': 'DOUBLE'})) TO "
                    + DuckDb.literal(file.toString()) + " (FORMAT parquet)");
            return rows;
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    static void appendCents(StringBuilder sb, long cents) {
        if (cents < 0) {
            sb.append('-');
            cents = -cents;
        }
        long frac = cents % 100;
        sb.append(cents / 100).append('.').append(frac < 10 ? "0" : "").append(frac);
    }

    /** The whole log as an in-memory table (for tests and small logs). */
    public Table toTable() {
        List<String> ids = new ArrayList<>();
        Purchases all = new Purchases();
        try {
            generate((c, day, q, cents) -> {
                ids.add(customerId(c));
                all.add(day, q, cents);
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int n = all.size;
        long[] micros = new long[n];
        double[] quantity = new double[n];
        double[] amount = new double[n];
        for (int k = 0; k < n; k++) {
            micros[k] = all.day[k] * 86_400_000_000L;
            quantity[k] = all.quantity[k];
            amount[k] = all.cents[k] / 100.0;
        }
        return Table.of("generated(" + options.customers() + " customers, seed " + options.seed() + ")",
                CategoricalColumn.of(COLUMNS.get(0), ids.toArray(new String[0])),
                new TimestampColumn(COLUMNS.get(1), micros, null),
                NumericColumn.of(COLUMNS.get(2), quantity),
                NumericColumn.of(COLUMNS.get(3), amount));
    }

    /** A growable buffer of rows as parallel primitive arrays. */
    private static final class Purchases {
        int size;
        int[] day = new int[16];
        int[] quantity = new int[16];
        long[] cents = new long[16];

        void clear() {
            size = 0;
        }

        void add(int d, int q, long c) {
            if (size == day.length) {
                day = java.util.Arrays.copyOf(day, size * 2);
                quantity = java.util.Arrays.copyOf(quantity, size * 2);
                cents = java.util.Arrays.copyOf(cents, size * 2);
            }
            day[size] = d;
            quantity[size] = q;
            cents[size] = c;
            size++;
        }

        /** Stable insertion sort by day: rows are nearly sorted (only refunds are out of place). */
        void sortByDay() {
            for (int i = 1; i < size; i++) {
                int d = day[i];
                int q = quantity[i];
                long c = cents[i];
                int j = i - 1;
                while (j >= 0 && day[j] > d) {
                    day[j + 1] = day[j];
                    quantity[j + 1] = quantity[j];
                    cents[j + 1] = cents[j];
                    j--;
                }
                day[j + 1] = d;
                quantity[j + 1] = q;
                cents[j + 1] = c;
            }
        }
    }
}
