package dev.clientele.features;

import dev.clientele.data.BooleanColumn;
import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.Column;
import dev.clientele.data.DataException;
import dev.clientele.data.Names;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link FeaturePipeline} bound to one table: required columns resolved (extra columns ignored), text
 * levels mapped to one-hot slots once, and per column the number of cells the pipeline could not use
 * (a level never seen in training, or text in a numeric column), which are treated as missing.
 *
 * <p>Invariant: {@link #linear} and {@link #tree} fill exactly {@code pipeline.linear().width()} and
 * {@code pipeline.tree().width()} values per row. Thread-safe (read-only after construction).
 */
public final class BoundTable {
    private final FeaturePipeline pipeline;
    private final Table table;
    private final Column[] columns;
    private final double[][] parsedLevels; // numeric encoder on a text column: level code -> number
    private final int[][] slotOfCode;      // categorical encoder on a text column: level code -> slot or -1
    private final Map<String, Integer> slotOfText[];
    private final Map<String, Integer> unusable = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    BoundTable(FeaturePipeline pipeline, Table table) {
        this.pipeline = pipeline;
        this.table = table;
        List<ColumnEncoder> encoders = pipeline.encoders();
        int m = encoders.size();
        columns = new Column[m];
        parsedLevels = new double[m][];
        slotOfCode = new int[m][];
        slotOfText = new Map[m];
        for (int j = 0; j < m; j++) {
            ColumnEncoder e = encoders.get(j);
            if (!table.has(e.column())) {
                throw new DataException(table.source(), 0, e.column(), "required by the model but absent from the data; "
                        + Names.suggestion(e.column(), table.columnNames()));
            }
            Column c = table.column(e.column());
            columns[j] = c;
            if (c.type() == dev.clientele.data.ColumnType.TIMESTAMP) {
                throw new DataException(table.source(), 0, e.column(), "holds timestamps, but the model was trained on "
                        + (e instanceof NumericEncoder ? "numbers" : "text") + " in this column");
            }
            if (e instanceof NumericEncoder && c instanceof CategoricalColumn cat) {
                parsedLevels[j] = parse(cat);
            } else if (e instanceof CategoricalEncoder ce) {
                slotOfText[j] = slots(ce);
                if (c instanceof CategoricalColumn cat) {
                    slotOfCode[j] = new int[cat.levelCount()];
                    for (int code = 0; code < cat.levelCount(); code++) {
                        slotOfCode[j][code] = slotOfText[j].getOrDefault(cat.level(code), -1);
                    }
                }
            }
            int bad = 0;
            for (int i = 0; i < table.rowCount(); i++) {
                if (!c.isMissing(i) && unusableCell(j, i)) {
                    bad++;
                }
            }
            if (bad > 0) {
                unusable.put(e.column(), bad);
            }
        }
    }

    private static double[] parse(CategoricalColumn cat) {
        double[] v = new double[cat.levelCount()];
        for (int code = 0; code < v.length; code++) {
            try {
                v[code] = Double.parseDouble(cat.level(code).trim());
            } catch (NumberFormatException e) {
                v[code] = Double.NaN;
            }
        }
        return v;
    }

    private static Map<String, Integer> slots(CategoricalEncoder e) {
        Map<String, Integer> slots = new HashMap<>();
        for (int s = 0; s < e.levels().size(); s++) {
            slots.put(e.levels().get(s), s);
        }
        for (String p : e.pooled()) {
            slots.put(p, e.levels().size());
        }
        return slots;
    }

    private boolean unusableCell(int j, int row) {
        if (pipeline.encoders().get(j) instanceof NumericEncoder) {
            return Double.isNaN(number(j, row));
        }
        return slot(j, row) < 0;
    }

    public FeaturePipeline pipeline() {
        return pipeline;
    }

    public Table table() {
        return table;
    }

    public int rowCount() {
        return table.rowCount();
    }

    /**
     * Per input column, how many non-missing cells were unusable and treated as missing: text levels never
     * seen in training, or text that is not a number in a numeric column. Empty when all cells were usable.
     */
    public Map<String, Integer> unusable() {
        return Collections.unmodifiableMap(unusable);
    }

    /** The value of numeric input {@code j} in a row, NaN when missing or unusable. */
    double number(int j, int row) {
        Column c = columns[j];
        if (parsedLevels[j] != null) {
            int code = ((CategoricalColumn) c).code(row);
            return code < 0 ? Double.NaN : parsedLevels[j][code];
        }
        return FeaturePipeline.numeric(c, row);
    }

    /** The one-hot slot of text input {@code j} in a row, -1 when missing or unseen in training. */
    int slot(int j, int row) {
        if (slotOfCode[j] != null) {
            int code = ((CategoricalColumn) columns[j]).code(row);
            return code < 0 ? -1 : slotOfCode[j][code];
        }
        String text = columns[j].text(row);
        return text == null ? -1 : slotOfText[j].getOrDefault(text, -1);
    }

    /** Writes the linear-view values of a row at {@code out[offset ...]}. */
    public void linear(int row, double[] out, int offset) {
        int at = offset;
        List<ColumnEncoder> encoders = pipeline.encoders();
        for (int j = 0; j < encoders.size(); j++) {
            ColumnEncoder e = encoders.get(j);
            if (e instanceof NumericEncoder n) {
                double v = number(j, row);
                out[at++] = n.linear(v);
                if (n.indicator()) {
                    out[at++] = Double.isNaN(v) ? 1 : 0;
                }
            } else {
                CategoricalEncoder c = (CategoricalEncoder) e;
                int width = c.width();
                int s = slot(j, row);
                for (int k = 0; k < width; k++) {
                    out[at + k] = 0;
                }
                if (width > 0) { // zero width: no level at all among the training rows
                    out[at + (s < 0 ? c.mode() : s)] = 1;
                }
                at += width;
                if (c.indicator()) {
                    out[at++] = s < 0 ? 1 : 0;
                }
            }
        }
    }

    /** Writes the tree-view values of a row at {@code out[offset ...]} (NaN = missing). */
    public void tree(int row, float[] out, int offset) {
        int at = offset;
        List<ColumnEncoder> encoders = pipeline.encoders();
        for (int j = 0; j < encoders.size(); j++) {
            ColumnEncoder e = encoders.get(j);
            if (e instanceof NumericEncoder) {
                out[at++] = (float) number(j, row);
            } else {
                int width = ((CategoricalEncoder) e).width();
                int s = slot(j, row);
                float fill = s < 0 ? Float.NaN : 0f;
                for (int k = 0; k < width; k++) {
                    out[at + k] = fill;
                }
                if (s >= 0) {
                    out[at + s] = 1f;
                }
                at += width;
            }
        }
    }

    /** Linear-view design of some rows, row-major. */
    public double[] linear(int[] rows) {
        int p = pipeline.linear().width();
        double[] x = new double[rows.length * p];
        for (int k = 0; k < rows.length; k++) {
            linear(rows[k], x, k * p);
        }
        return x;
    }

    /** Tree-view design of some rows, row-major. */
    public float[] tree(int[] rows) {
        int p = pipeline.tree().width();
        float[] x = new float[rows.length * p];
        for (int k = 0; k < rows.length; k++) {
            tree(rows[k], x, k * p);
        }
        return x;
    }

    /**
     * How input {@code j} of a row reads in an explanation: its text, or {@code (missing)} when the cell is
     * missing or, in a numeric input, is text that is not a number (which the model took for missing).
     */
    public String display(int j, int row) {
        String t = columns[j].text(row);
        if (t == null || pipeline.encoders().get(j) instanceof NumericEncoder && Double.isNaN(number(j, row))) {
            return "(missing)";
        }
        if (t.length() > 8 && columns[j] instanceof NumericColumn n) {
            return new java.math.BigDecimal(n.get(row)).round(new java.math.MathContext(6)).stripTrailingZeros()
                    .toPlainString();
        }
        return t;
    }
}
