package dev.clientele.churn;

import dev.clientele.data.Table;
import dev.clientele.eval.ThresholdRule;
import dev.clientele.features.BoundTable;
import dev.clientele.features.FeaturePipeline;
import dev.clientele.features.FeatureSpec;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A trained churn model: immutable, safe to share between threads. Scoring applies the model's derived and
 * automatic features, binds its fitted pipeline to the table (extra columns ignored, a missing required
 * column is an error naming it), and combines the calibrated log-odds of its components:
 * {@code p = sigmoid(sum_k w_k c_k(m_k))}, where {@code c_k} is the component's calibration (Platt:
 * {@code a_k m_k + b_k}; isotonic: the logit of its fitted map). Reasons are the per-column contributions
 * summed over components the same way, each scaled by {@link Calibrator#reasonScale()}: in calibrated
 * log-odds under Platt, in the model's own (uncalibrated) log-odds under isotonic.
 */
public final class ChurnModel implements AutoCloseable {
    static final int CHUNK = 8192;
    private final ChurnLabels labels;
    private final String idColumn;
    private final FeatureSpec spec;
    private final FeaturePipeline pipeline;
    private final List<Component> components;
    private final ThresholdRule rule;
    private final double threshold;

    ChurnModel(ChurnLabels labels, String idColumn, FeatureSpec spec, FeaturePipeline pipeline,
               List<Component> components, ThresholdRule rule, double threshold) {
        this.labels = labels;
        this.idColumn = idColumn;
        this.spec = spec;
        this.pipeline = pipeline;
        this.components = List.copyOf(components);
        this.rule = rule;
        this.threshold = threshold;
    }

    public ChurnLabels labels() {
        return labels;
    }

    /** The customer id column seen in training, or null. */
    public String idColumn() {
        return idColumn;
    }

    public FeatureSpec spec() {
        return spec;
    }

    public FeaturePipeline pipeline() {
        return pipeline;
    }

    List<Component> components() {
        return components;
    }

    /** {@code logistic}, {@code gbm} or {@code blend}. */
    public String algorithm() {
        return components.size() > 1 ? "blend" : components.get(0).scorer().algorithm();
    }

    public ThresholdRule thresholdRule() {
        return rule;
    }

    /** Probability at or above which a customer is labelled a churner. */
    public double threshold() {
        return threshold;
    }

    /** The table as the pipeline sees it: derived and automatic features added. */
    public BoundTable bind(Table table) {
        return pipeline.bind(spec.apply(table, List.of(labels.column())));
    }

    /**
     * Scores every row of a table.
     *
     * @param reasons how many reasons to give per row (0 for none)
     */
    public Scores score(Table table, int reasons) {
        BoundTable bound = bind(table);
        int n = bound.rowCount();
        double[] prob = new double[n];
        boolean[] churn = new boolean[n];
        Reason[][] why = reasons > 0 ? new Reason[n][] : null;
        int chunks = (n + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int from = c * CHUNK;
            int[] rows = IntStream.range(from, Math.min(n, from + CHUNK)).toArray();
            double[] logit = logits(bound, rows);
            for (int r = 0; r < rows.length; r++) {
                prob[from + r] = LogisticRegression.sigmoid(logit[r]);
                churn[from + r] = prob[from + r] >= threshold;
            }
            if (why != null) {
                double[] contrib = contributions(bound, rows);
                int m = pipeline.encoders().size();
                for (int r = 0; r < rows.length; r++) {
                    why[from + r] = top(bound, rows[r], contrib, r * m, m, reasons);
                }
            }
        });
        return new Scores(prob, churn, why, bound.unusable());
    }

    /** Calibrated log-odds of some rows of a bound table. */
    double[] logits(BoundTable bound, int[] rows) {
        double[] out = new double[rows.length];
        for (Component c : components) {
            double[] m = c.scorer().margins(bound, rows);
            for (int r = 0; r < rows.length; r++) {
                out[r] += c.weight() * c.calibrator().logit(m[r]);
            }
        }
        return out;
    }

    /** Per row and input column, the contribution to the log-odds (see {@link Calibrator#reasonScale()}) ({@code out[r * m + j]}). */
    double[] contributions(BoundTable bound, int[] rows) {
        int m = pipeline.encoders().size();
        double[] out = new double[rows.length * m];
        for (Component c : components) {
            double[] part = c.scorer().contributions(bound, rows);
            double scale = c.weight() * c.calibrator().reasonScale();
            for (int k = 0; k < out.length; k++) {
                out[k] += scale * part[k];
            }
        }
        return out;
    }

    private Reason[] top(BoundTable bound, int row, double[] contrib, int offset, int m, int k) {
        int count = Math.min(k, m);
        int[] best = new int[count];
        boolean[] used = new boolean[m];
        for (int t = 0; t < count; t++) {
            int pick = -1;
            for (int j = 0; j < m; j++) {
                if (!used[j] && (pick < 0 || Math.abs(contrib[offset + j]) > Math.abs(contrib[offset + pick]))) {
                    pick = j;
                }
            }
            used[pick] = true;
            best[t] = pick;
        }
        Reason[] out = new Reason[count];
        for (int t = 0; t < count; t++) {
            int j = best[t];
            out[t] = new Reason(pipeline.encoders().get(j).column(), bound.display(j, row), contrib[offset + j]);
        }
        return out;
    }

    @Override
    public void close() {
        components.forEach(c -> c.scorer().close());
    }
}
