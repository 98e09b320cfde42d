package dev.clientele.transactions;

import dev.clientele.data.Table;
import java.util.List;

/**
 * The result of {@link TransactionFeatures}: one row per customer and snapshot, with what each snapshot
 * holds and what the log held.
 *
 * @param table     the features: [{@code snapshot}], the customer column, the feature columns, [{@code churned}]
 * @param snapshots one entry per cutoff, ascending
 * @param log       the checked log
 */
public record FeatureSet(Table table, List<Snapshot> snapshots, LogSummary log) {

    public FeatureSet {
        snapshots = List.copyOf(snapshots);
    }

    /** Whether at least one snapshot carries churn labels (the table then has a {@code churned} column). */
    public boolean labelled() {
        return snapshots.stream().anyMatch(Snapshot::labelled);
    }

    /** A few lines for humans: the log, then one line per snapshot. */
    public String describe() {
        return describe(log, snapshots);
    }

    static String describe(LogSummary log, List<Snapshot> snapshots) {
        StringBuilder sb = new StringBuilder(log.describe()).append('\n');
        for (Snapshot s : snapshots) {
            sb.append("  ").append(s.describe(log.last())).append('\n');
        }
        return sb.toString();
    }
}
