package dev.clientele.transactions;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of {@link TransactionFeatures#write}: where the features went and what they hold.
 *
 * @param file      the written file
 * @param rows      rows written (customers summed over snapshots)
 * @param columns   the columns, in order
 * @param snapshots one entry per cutoff, ascending
 * @param log       the checked log
 */
public record FeatureFile(Path file, long rows, List<String> columns, List<Snapshot> snapshots, LogSummary log) {

    public FeatureFile {
        columns = List.copyOf(columns);
        snapshots = List.copyOf(snapshots);
    }

    /** A few lines for humans: the log, then one line per snapshot. */
    public String describe() {
        return FeatureSet.describe(log, snapshots);
    }
}
