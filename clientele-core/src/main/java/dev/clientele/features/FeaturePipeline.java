package dev.clientele.features;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientele.data.BooleanColumn;
import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.Column;
import dev.clientele.data.DataException;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A fitted, immutable preprocessing pipeline: one {@link ColumnEncoder} per input column, giving two
 * designs, the linear view (for logistic regression) and the tree view (for boosted trees). Fitted on
 * training rows only ({@link #fit}); applied to any table with the same columns through {@link #bind}.
 * Round-trips through JSON ({@link #toJson}, {@link #fromJson}).
 *
 * <p>Numeric and boolean columns become {@link NumericEncoder}s, text columns {@link CategoricalEncoder}s;
 * the caller decides which columns are inputs (ids, timestamps and the target are never passed in).
 */
public final class FeaturePipeline {
    static final ObjectMapper JSON = new ObjectMapper();
    private final List<ColumnEncoder> encoders;
    private final Layout linear;
    private final Layout tree;

    /**
     * The outputs of one view.
     *
     * @param names  output names, e.g. {@code plan=Basic} or {@code age (missing)}
     * @param source per output, the index of the encoder (input column) it comes from
     */
    public record Layout(List<String> names, int[] source) {
        public Layout {
            names = List.copyOf(names);
            source = source.clone();
        }

        /** Number of outputs. */
        public int width() {
            return names.size();
        }

        @Override
        public int[] source() {
            return source.clone();
        }
    }

    public FeaturePipeline(List<ColumnEncoder> encoders) {
        this.encoders = List.copyOf(encoders);
        this.linear = layout(true);
        this.tree = layout(false);
    }

    /**
     * Fits the pipeline on some rows of a table.
     *
     * @param rows    the training rows
     * @param y       0/1 labels of those rows (same order), used only to judge missing indicators
     * @param columns input column names; each must be numeric, boolean or text
     */
    public static FeaturePipeline fit(Table table, int[] rows, int[] y, List<String> columns, FeatureOptions options) {
        if (y.length != rows.length) {
            throw new IllegalArgumentException("y has " + y.length + " labels for " + rows.length + " rows");
        }
        List<ColumnEncoder> encoders = new ArrayList<>();
        for (String name : columns) {
            Column c = table.column(name);
            if (c instanceof CategoricalColumn cat) {
                int[] codes = new int[rows.length];
                for (int k = 0; k < rows.length; k++) {
                    codes[k] = cat.code(rows[k]);
                }
                encoders.add(CategoricalEncoder.fit(name, codes, cat.levels(), y, options));
            } else if (c instanceof NumericColumn || c instanceof BooleanColumn) {
                double[] v = new double[rows.length];
                for (int k = 0; k < rows.length; k++) {
                    v[k] = numeric(c, rows[k]);
                }
                encoders.add(NumericEncoder.fit(name, v, y, options));
            } else {
                throw new DataException(table.source(), 0, name, "holds " + c.type().label()
                        + " values, which cannot be a model input; leave it out with --exclude " + name);
            }
        }
        return new FeaturePipeline(encoders);
    }

    /** A numeric or boolean cell as a double (boolean 1/0), NaN when missing. */
    static double numeric(Column c, int row) {
        if (c instanceof NumericColumn n) {
            return n.get(row);
        }
        int code = ((BooleanColumn) c).code(row);
        return code < 0 ? Double.NaN : code;
    }

    public List<ColumnEncoder> encoders() {
        return encoders;
    }

    /** The input column names, in order. */
    public List<String> columns() {
        return encoders.stream().map(ColumnEncoder::column).toList();
    }

    /** Outputs of the linear view (imputed, scaled, one-hot with pooling, missing indicators). */
    public Layout linear() {
        return linear;
    }

    /** Outputs of the tree view (raw numbers, one-hot, NaN for missing). */
    public Layout tree() {
        return tree;
    }

    /**
     * Binds the pipeline to a table to transform its rows. Extra columns are ignored.
     *
     * @throws DataException when a required column is absent or has an unusable type
     */
    public BoundTable bind(Table table) {
        return new BoundTable(this, table);
    }

    private Layout layout(boolean linearView) {
        List<String> names = new ArrayList<>();
        List<Integer> source = new ArrayList<>();
        for (int j = 0; j < encoders.size(); j++) {
            List<String> out = linearView ? encoders.get(j).linearNames() : encoders.get(j).treeNames();
            names.addAll(out);
            for (int k = 0; k < out.size(); k++) {
                source.add(j);
            }
        }
        return new Layout(names, source.stream().mapToInt(Integer::intValue).toArray());
    }

    /** {@code {"encoders": [{"kind": "numeric"|"categorical", ...}]}}. */
    public ObjectNode toJson() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("encoders");
        for (ColumnEncoder e : encoders) {
            list.add(JSON.valueToTree(e));
        }
        return root;
    }

    public static FeaturePipeline fromJson(JsonNode json) {
        List<ColumnEncoder> encoders = new ArrayList<>();
        try {
            for (JsonNode e : json.path("encoders")) {
                encoders.add(JSON.treeToValue(e, ColumnEncoder.class));
            }
        } catch (JsonProcessingException e) {
            throw new DataException("feature pipeline JSON is not valid: " + e.getOriginalMessage());
        }
        return new FeaturePipeline(encoders);
    }
}
