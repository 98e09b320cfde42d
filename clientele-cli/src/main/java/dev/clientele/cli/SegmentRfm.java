package dev.clientele.cli;

import dev.clientele.data.Table;
import dev.clientele.segment.Assignment;
import dev.clientele.transactions.RfmResult;
import dev.clientele.transactions.RfmScoring;
import dev.clientele.transactions.RfmSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code clientele segment --rfm}: classic RFM segments ({@link RfmScoring}) next to the K-Means segments,
 * each with its churn rate, and which K-Means segments each RFM segment falls into.
 */
final class SegmentRfm {
    private SegmentRfm() {
    }

    /**
     * Scores the table.
     *
     * @param columns recency, frequency and monetary columns, or empty for the names {@code clientele features} writes
     */
    static RfmResult score(Table table, List<String> columns) {
        List<String> c = columns(columns);
        return RfmScoring.score(table, c.get(0), c.get(1), c.get(2), null);
    }

    /** The recency, frequency and monetary columns: the given three, or those {@code clientele features} writes. */
    static List<String> columns(List<String> columns) {
        if (columns.isEmpty()) {
            return List.of(RfmScoring.RECENCY, RfmScoring.FREQUENCY, RfmScoring.MONETARY);
        }
        if (columns.size() != 3) {
            throw new Errors.UsageException("--rfm-columns takes three columns RECENCY,FREQUENCY,MONETARY, got " + columns);
        }
        return List.copyOf(columns);
    }

    /**
     * One row per RFM segment: customers, share, churn rate (with an outcome) and the K-Means segments that
     * hold most of its customers.
     *
     * @param outcome per row 1/0 or a probability (NaN unknown), or {@code null}
     */
    static String render(RfmResult rfm, List<String> columns, double[] outcome, Assignment kmeans, List<String> names) {
        int n = rfm.rowCount();
        int k = names.size();
        int s = RfmSegment.values().length;
        int[] size = new int[s];
        double[] churn = new double[s];
        int[] known = new int[s];
        int[][] cross = new int[s][k];
        for (int i = 0; i < n; i++) {
            int r = rfm.segment(i).ordinal();
            size[r]++;
            if (outcome != null && !Double.isNaN(outcome[i])) {
                churn[r] += outcome[i];
                known[r]++;
            }
            if (kmeans.segment()[i] >= 0) {
                cross[r][kmeans.segment()[i]]++;
            }
        }
        List<String> header = new ArrayList<>(List.of("RFM segment", "customers", "share"));
        if (outcome != null) {
            header.add("churn");
        }
        header.add("K-Means segments");
        TextTable t = new TextTable(header.toArray(String[]::new)).alignRight(1, 2);
        for (RfmSegment seg : RfmSegment.values()) {
            int r = seg.ordinal();
            List<Object> row = new ArrayList<>(List.of(seg.label(), String.format(Locale.ROOT, "%,d", size[r]),
                    SegmentReport.pct((double) size[r] / n)));
            if (outcome != null) {
                row.add(known[r] == 0 ? "-" : SegmentReport.pct(churn[r] / known[r]));
            }
            row.add(mainSegments(cross[r], size[r]));
            t.add(row.toArray());
        }
        return String.format(Locale.ROOT, "RFM segments (quintile scores 1-5 of %s) and the K-Means segments "
                + "holding at least 20%% of each:%n", String.join(", ", columns(columns))) + t.render();
    }

    /** The K-Means segments holding at least 20% of an RFM segment, largest first, e.g. "2 (61%), 1 (30%)". */
    private static String mainSegments(int[] counts, int size) {
        List<Integer> order = new ArrayList<>();
        for (int l = 0; l < counts.length; l++) {
            order.add(l);
        }
        order.sort((a, b) -> Integer.compare(counts[b], counts[a]));
        List<String> parts = new ArrayList<>();
        for (int l : order) {
            if (size > 0 && counts[l] >= 0.2 * size) {
                parts.add(String.format(Locale.ROOT, "%d (%.0f%%)", l + 1, 100.0 * counts[l] / size));
            }
        }
        return String.join(", ", parts);
    }
}
