package dev.clientele.transactions;

import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RFM scores and segments per row (in the scored table's row order) and a summary per segment; see
 * {@link RfmScoring}. Immutable.
 */
public final class RfmResult {
    /**
     * One segment's summary.
     *
     * @param segment       the segment
     * @param customers     its size (0 for an empty segment, whose means are NaN)
     * @param share         its share of all customers
     * @param meanRecency   mean of the recency column
     * @param meanFrequency mean of the frequency column
     * @param meanMonetary  mean of the monetary column
     * @param churnRate     share of churned among its customers with a known label; NaN without a churn
     *                      column or without labelled customers
     */
    public record SegmentSummary(RfmSegment segment, int customers, double share, double meanRecency,
                                 double meanFrequency, double meanMonetary, double churnRate) {
    }

    private final String source;
    private final String[] columns;
    private final int[] r;
    private final int[] f;
    private final int[] m;
    private final RfmSegment[] segments;
    private final String churnColumn;
    private final List<SegmentSummary> summary;

    RfmResult(String source, String[] columns, double[] recency, double[] frequency, double[] monetary, int[] r,
              int[] f, int[] m, RfmSegment[] segments, byte[] churn, String churnColumn) {
        this.source = source;
        this.columns = columns;
        this.r = r;
        this.f = f;
        this.m = m;
        this.segments = segments;
        this.churnColumn = churnColumn;
        this.summary = summarise(recency, frequency, monetary, churn);
    }

    private List<SegmentSummary> summarise(double[] recency, double[] frequency, double[] monetary, byte[] churn) {
        int k = RfmSegment.values().length;
        int[] size = new int[k];
        double[][] sums = new double[3][k];
        int[] labelled = new int[k];
        int[] churned = new int[k];
        for (int i = 0; i < segments.length; i++) {
            int s = segments[i].ordinal();
            size[s]++;
            sums[0][s] += recency[i];
            sums[1][s] += frequency[i];
            sums[2][s] += monetary[i];
            if (churn != null && churn[i] >= 0) {
                labelled[s]++;
                churned[s] += churn[i];
            }
        }
        List<SegmentSummary> out = new ArrayList<>();
        for (RfmSegment seg : RfmSegment.values()) {
            int s = seg.ordinal();
            double n = size[s];
            out.add(new SegmentSummary(seg, size[s], n / segments.length, sums[0][s] / n, sums[1][s] / n,
                    sums[2][s] / n, labelled[s] == 0 ? Double.NaN : (double) churned[s] / labelled[s]));
        }
        return List.copyOf(out);
    }

    public int rowCount() {
        return segments.length;
    }

    /** Recency score 1-5 of a row (5 = most recent). */
    public int recencyScore(int row) {
        return r[row];
    }

    /** Frequency score 1-5 of a row (5 = most frequent). */
    public int frequencyScore(int row) {
        return f[row];
    }

    /** Monetary score 1-5 of a row (5 = highest spend). */
    public int monetaryScore(int row) {
        return m[row];
    }

    public RfmSegment segment(int row) {
        return segments[row];
    }

    /** One entry per segment, in {@link RfmSegment} order, empty segments included. */
    public List<SegmentSummary> summary() {
        return summary;
    }

    /** Whether churn rates were computed. */
    public boolean hasChurn() {
        return churnColumn != null;
    }

    /**
     * The scores as columns {@code r_score}, {@code f_score}, {@code m_score}, {@code rfm_score} (e.g. 545
     * for R=5, F=4, M=5) and {@code rfm_segment}, in row order.
     */
    public Table scores() {
        int n = segments.length;
        double[] rd = new double[n];
        double[] fd = new double[n];
        double[] md = new double[n];
        double[] code = new double[n];
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            rd[i] = r[i];
            fd[i] = f[i];
            md[i] = m[i];
            code[i] = 100 * r[i] + 10 * f[i] + m[i];
            names[i] = segments[i].label();
        }
        return Table.of("RFM scores of " + source, NumericColumn.of("r_score", rd), NumericColumn.of("f_score", fd),
                NumericColumn.of("m_score", md), NumericColumn.of("rfm_score", code),
                CategoricalColumn.of("rfm_segment", names));
    }

    /** {@code table} (the scored one, or any with the same rows) with the {@link #scores()} columns added. */
    public Table appendTo(Table table) {
        if (table.rowCount() != segments.length) {
            throw new IllegalArgumentException("table has " + table.rowCount() + " rows, the scores " + segments.length);
        }
        Table out = table;
        for (var c : scores().columns()) {
            out = out.with(c);
        }
        return out;
    }

    /** The summary as an aligned text table, one line per segment, headed by how the scores were made. */
    public String render() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "RFM segments of %,d customers (quintile scores 1-5: R from %s, F from %s, M from %s)%n",
                segments.length, columns[0], columns[1], columns[2]));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"segment", "customers", "share", "mean " + columns[0], "mean " + columns[1],
            "mean " + columns[2], hasChurn() ? "churn rate" : null});
        for (SegmentSummary s : summary) {
            boolean empty = s.customers() == 0;
            rows.add(new String[] {s.segment().label(), String.format(Locale.ROOT, "%,d", s.customers()),
                percent(s.share()), empty ? "-" : number(s.meanRecency()), empty ? "-" : number(s.meanFrequency()),
                empty ? "-" : number(s.meanMonetary()), hasChurn() ? percent(s.churnRate()) : null});
        }
        int cols = hasChurn() ? 7 : 6;
        int[] width = new int[cols];
        for (String[] row : rows) {
            for (int j = 0; j < cols; j++) {
                width[j] = Math.max(width[j], row[j].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int j = 0; j < cols; j++) {
                String cell = row[j];
                String pad = " ".repeat(width[j] - cell.length());
                line.append(j == 0 ? cell + pad : "  " + pad + cell);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.0f" : "%.2f", v);
    }
}
