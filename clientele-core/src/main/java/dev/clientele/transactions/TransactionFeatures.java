package dev.clientele.transactions;

import dev.clientele.data.DataException;
import dev.clientele.data.DataSource;
import dev.clientele.data.DuckDb;
import dev.clientele.data.Staging;
import dev.clientele.data.Table;
import dev.clientele.data.TableDuckDb;
import dev.clientele.data.TableReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * From a purchase log to one row per customer as of a cutoff date, computed in DuckDB SQL, with a churn
 * label when the log reaches past the horizon.
 *
 * <p>Definitions, for a customer and a cutoff {@code t} (dates at day resolution; a <em>purchase day</em> is
 * a day with at least one row of non-negative amount on or before {@code t}; refund rows only add to sums):
 * <ul>
 *   <li>{@code recency_days}: {@code t} minus the last purchase day;</li>
 *   <li>{@code frequency}: purchase days minus one (repeat purchases, as the Python package lifetimes
 *       counts them);</li>
 *   <li>{@code monetary_total}: sum of amounts on or before {@code t}; {@code monetary_mean}: that sum
 *       divided by the number of purchase days;</li>
 *   <li>{@code tenure_days}: {@code t} minus the first purchase day;</li>
 *   <li>{@code interpurchase_mean_days} / {@code interpurchase_std_days}: mean and sample standard
 *       deviation of the gaps between consecutive purchase days (missing with fewer than 1 / 2 gaps);</li>
 *   <li>{@code spend_last_90d}: sum of amounts in (t-90, t]; {@code spend_prev_90d}: in (t-180, t-90];
 *       {@code spend_trend}: (last - prev) / (|last| + |prev|), in [-1, 1], 0 when both are 0;</li>
 *   <li>{@code active_months}: calendar months with a purchase day;</li>
 *   <li>with a quantity column: {@code quantity_total} and {@code quantity_mean} (per purchase day);</li>
 *   <li>{@code churned}: 1 when the customer has no purchase in (t, t + horizon], else 0; present only
 *       when the log's last date is at least {@code t + horizon} (empty for snapshots that are not).</li>
 * </ul>
 * Customers without a purchase on or before {@code t} are left out and counted. With several cutoffs the
 * snapshots are stacked, each headed by a {@code snapshot} column holding its cutoff.
 *
 * <p>Example (CDNOW, cutoff 1997-09-30): customer 00002 bought twice on 1997-01-12 (12.00 + 77.00), so
 * recency_days = 261, frequency = 0, monetary_total = 89.00, tenure_days = 261.
 */
public final class TransactionFeatures {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionFeatures.class);
    private static final String STAGED = "tx_source";

    /** The feature columns, in output order, without the optional quantity columns. */
    public static final List<String> FEATURES = List.of("recency_days", "frequency", "monetary_total", "monetary_mean",
            "tenure_days", "interpurchase_mean_days", "interpurchase_std_days", "spend_last_90d", "spend_prev_90d",
            "spend_trend", "active_months");

    private TransactionFeatures() {
    }

    /**
     * Reads a log from any source and computes its features into memory.
     *
     * @throws DataException            for a log that cannot be read or holds bad rows
     * @throws IllegalArgumentException for cutoffs outside the log
     */
    public static FeatureSet compute(DataSource source, TransactionOptions options) {
        return run(source, options, (duck, built) -> new FeatureSet(load(duck, built), built.snapshots(), built.log()));
    }

    /**
     * Reads a log from any source and writes its features to {@code out} (.csv, .tsv or .parquet) straight
     * from the SQL engine, atomically; for logs too large to hold as Java objects comfortably. CSV numbers
     * are written as {@link dev.clientele.data.TableWriter} writes them where the value is integral ("89"),
     * otherwise in DuckDB's shortest round-trip form.
     *
     * @throws DataException            for a log that cannot be read or holds bad rows, or an unknown extension
     * @throws IllegalArgumentException for cutoffs outside the log
     */
    public static FeatureFile write(DataSource source, TransactionOptions options, Path out) {
        FeatureWriter.checkExtension(out);
        return run(source, options, (duck, built) -> {
            List<String> columns = FeatureWriter.copy(duck, "features", out);
            return new FeatureFile(out, built.rows(), columns, built.snapshots(), built.log());
        });
    }

    /** Computes features of a log already in memory (rows are named "row N" in messages). */
    public static FeatureSet compute(Table log, TransactionOptions options) {
        try (Connection duck = DuckDb.open()) {
            TableDuckDb.register(duck, log, STAGED);
            Built built = build(duck, new TransactionLog.Where(log.source(), false), false, options);
            return new FeatureSet(load(duck, built), built.snapshots(), built.log());
        } catch (SQLException e) {
            throw new DataException(log.source(), 0, null, DuckDb.firstLine(e), e);
        }
    }

    /** What {@link #build} leaves in table {@code features}. */
    private record Built(List<Snapshot> snapshots, LogSummary log, long rows) {
    }

    @FunctionalInterface
    private interface Finish<T> {
        T apply(Connection duck, Built built) throws SQLException;
    }

    /**
     * Stages the log (a delimited file as a view over the file, not a copy), builds the features and hands
     * them to {@code finish}. Errors while the log is read are explained as staging errors.
     */
    private static <T> T run(DataSource source, TransactionOptions options, Finish<T> finish) {
        try (Connection duck = DuckDb.open(); Staging.Scan staged = Staging.stageForScan(duck, source, STAGED)) {
            long t0 = System.nanoTime();
            LOG.debug("staged ({}): {}", staged.isView() ? "a view over the file" : "a table", since(t0));
            boolean lines = source.kind() == DataSource.Kind.TEXT && source.query() == null;
            Built built;
            try {
                built = build(duck, new TransactionLog.Where(source.displayName(), lines), staged.isView(), options);
            } catch (SQLException e) {
                throw staged.explain(e);
            }
            T result = finish.apply(duck, built);
            LOG.debug("features out: {}", since(t0));
            return result;
        } catch (SQLException e) {
            throw new DataException(source.displayName(), 0, null, DuckDb.firstLine(e), e);
        }
    }

    private static Table load(Connection duck, Built built) {
        return TableReader.load(duck, "features", built.rows(), "features of " + built.log().source());
    }

    /**
     * Checks the staged log (a table, or with {@code view} a view over the file), then builds table
     * {@code features}: the snapshots, stacked in cutoff order.
     */
    private static Built build(Connection duck, TransactionLog.Where where, boolean view, TransactionOptions o)
            throws SQLException {
        if (FEATURES.contains(o.customer()) || o.customer().equals("snapshot") || o.customer().equals("churned")) {
            throw new IllegalArgumentException("the customer column '" + o.customer()
                    + "' has the name of an output column; rename it (e.g. with --query)");
        }
        long t0 = System.nanoTime();
        LogSummary log = new TransactionLog(duck, STAGED, view, where, o).prepare();
        LOG.debug("parsed and checked the log: {}", since(t0));
        DuckDb.exec(duck, "DROP " + (view ? "VIEW " : "TABLE ") + STAGED);
        List<LocalDate> cutoffs = Cutoffs.resolve(o, log);
        boolean anyLabelled = cutoffs.stream().anyMatch(c -> labelled(c, o, log));
        List<Snapshot> snapshots = new ArrayList<>();
        long total = 0;
        for (LocalDate cutoff : cutoffs) {
            boolean labelled = labelled(cutoff, o, log);
            String sql = FeatureQueries.snapshot(o.customer(), cutoff, o.horizonDays(), o.quantity() != null,
                    o.allowRefunds(), cutoffs.size() > 1, labelled, anyLabelled && !labelled);
            DuckDb.exec(duck, (snapshots.isEmpty() ? "CREATE TABLE features AS " : "INSERT INTO features ") + sql);
            Snapshot s = describe(duck, cutoff, o, log, labelled, cutoffs.size() > 1);
            snapshots.add(s);
            LOG.debug("snapshot {}: {} customers: {}", cutoff, s.customers(), since(t0));
            total += s.customers();
        }
        DuckDb.exec(duck, "DROP TABLE tx");
        if (total == 0) {
            throw new DataException(where.source(), 0, null, "no customer has a purchase on or before the cutoff");
        }
        return new Built(snapshots, log, total);
    }

    /** For debug lines: wall time since {@code t0} and the process CPU time so far. */
    private static String since(long t0) {
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        return (System.nanoTime() - t0) / 1_000_000 + " ms (process cpu " + cpu + " ms)";
    }

    private static boolean labelled(LocalDate cutoff, TransactionOptions o, LogSummary log) {
        return !cutoff.plusDays(o.horizonDays()).isAfter(log.last());
    }

    /** Counts the customers and churners of one snapshot in table {@code features}. */
    private static Snapshot describe(Connection duck, LocalDate cutoff, TransactionOptions o, LogSummary log,
                                     boolean labelled, boolean stacked) throws SQLException {
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*), "
                + (labelled ? "coalesce(sum(churned), 0)" : "0") + " FROM features"
                + (stacked ? " WHERE snapshot = DATE " + DuckDb.literal(cutoff.toString()) : ""))) {
            rs.next();
            long customers = rs.getLong(1);
            return new Snapshot(cutoff, customers, log.customers() - customers, cutoff.plusDays(o.horizonDays()),
                    labelled, rs.getLong(2));
        }
    }
}
