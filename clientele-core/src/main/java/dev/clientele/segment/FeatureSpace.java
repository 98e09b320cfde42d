package dev.clientele.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.clientele.data.BooleanColumn;
import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.Column;
import dev.clientele.data.DataException;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import dev.clientele.features.ColumnScale;
import dev.clientele.features.Scaling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The fitted map from table rows to points: one dimension per numeric column (median-imputed when asked,
 * then scaled) and one 0/1 dimension per level of each text column (one-hot, unscaled). Immutable; fitted
 * on the training rows only and applied unchanged to new rows.
 *
 * <p>Example: columns {@code [age, plan]} with standard scaling fitted on ages 20, 40 and plans A, B give
 * the dimensions {@code age} (center 30, scale 10), {@code plan=A}, {@code plan=B}; the row (40, B) maps to
 * the point (1, 0, 1).
 */
public final class FeatureSpace {

    /** One dimension of the space. */
    public sealed interface Dimension permits NumericDimension, LevelDimension {
        /** The source column. */
        String column();

        /** A readable name: the column, or {@code column=level}. */
        String label();
    }

    /**
     * A numeric (or 0/1) column: missing values become {@code median} when imputing, then {@code scale} applies.
     */
    public record NumericDimension(String column, double median, ColumnScale scale) implements Dimension {
        @Override
        public String label() {
            return column;
        }
    }

    /** Indicator of one level of a text column. */
    public record LevelDimension(String column, String level) implements Dimension {
        @Override
        public String label() {
            return column + "=" + level;
        }
    }

    /**
     * Rows of a table mapped to points.
     *
     * @param x          row-major points, {@code n * d}
     * @param n          number of points
     * @param d          dimension
     * @param rows       the table row of each point (ascending)
     * @param incomplete table rows left out because a feature was missing (0 when imputing)
     * @param unseen     per text column, rows holding a level the space was not fitted on (encoded as no level)
     */
    public record Encoded(double[] x, int n, int d, int[] rows, int incomplete, Map<String, Integer> unseen) {
    }

    private final List<Dimension> dims;
    private final boolean impute;

    public FeatureSpace(List<Dimension> dims, boolean impute) {
        if (dims.isEmpty()) {
            throw new IllegalArgumentException("a feature space needs at least one dimension");
        }
        this.dims = List.copyOf(dims);
        this.impute = impute;
    }

    /**
     * Fits the space on a table: medians and scales from the rows that will be used (all rows when imputing,
     * else the rows with no missing feature); levels from those rows too.
     *
     * @param columns numeric, boolean or text columns of {@code table}
     * @param oneHot  those of {@code columns} to encode as one 0/1 dimension per level (text columns always are)
     */
    public static FeatureSpace fit(Table table, List<String> columns, java.util.Set<String> oneHot, Scaling scaling,
                                   boolean impute) {
        boolean[] use = usable(table, columns, impute);
        List<Dimension> dims = new ArrayList<>();
        for (String name : columns) {
            Column c = table.column(name);
            if (c instanceof CategoricalColumn || oneHot.contains(name)) {
                TreeSet<String> levels = new TreeSet<>();
                for (int i = 0; i < c.size(); i++) {
                    if (use[i] && !c.isMissing(i)) {
                        levels.add(c.text(i));
                    }
                }
                levels.forEach(l -> dims.add(new LevelDimension(name, l)));
            } else {
                double[] v = values(table, c, use);
                double median = median(v);
                for (int i = 0; i < v.length; i++) {
                    v[i] = Double.isNaN(v[i]) ? median : v[i];
                }
                dims.add(new NumericDimension(name, median, scaling.fit(v)));
            }
        }
        return new FeatureSpace(dims, impute);
    }

    public List<Dimension> dimensions() {
        return dims;
    }

    /** Number of dimensions. */
    public int dimension() {
        return dims.size();
    }

    public boolean imputes() {
        return impute;
    }

    /** The source columns, in order, each once. */
    public List<String> columns() {
        return dims.stream().map(Dimension::column).distinct().toList();
    }

    /** The scaling of the numeric dimensions (NONE when there are none). */
    public Scaling scaling() {
        for (Dimension dim : dims) {
            if (dim instanceof NumericDimension nd) {
                return nd.scale().kind();
            }
        }
        return Scaling.NONE;
    }

    /**
     * Maps the rows of {@code table} to points: missing numbers become the fitted median when imputing, a
     * missing or unseen level becomes no level; without imputation rows with a missing feature are left out.
     *
     * @throws DataException when a column is absent or of the wrong kind, or a value is infinite or NaN
     */
    public Encoded encode(Table table) {
        boolean[] use = usable(table, columns(), impute);
        int n = 0;
        for (boolean u : use) {
            n += u ? 1 : 0;
        }
        int d = dims.size();
        int[] rows = new int[n];
        for (int i = 0, r = 0; i < use.length; i++) {
            if (use[i]) {
                rows[r++] = i;
            }
        }
        double[] x = new double[n * d];
        Map<String, Integer> unseen = new LinkedHashMap<>();
        for (int j = 0; j < d; j++) {
            Dimension dim = dims.get(j);
            Column c = table.column(dim.column());
            if (dim instanceof NumericDimension nd) {
                fillNumeric(table, c, nd, rows, x, j, d);
            } else {
                fillLevel(c, (LevelDimension) dim, rows, x, j, d);
            }
        }
        for (String col : columns()) {
            if (table.column(col) instanceof CategoricalColumn cat) {
                int count = countUnseen(cat, rows);
                if (count > 0) {
                    unseen.put(col, count);
                }
            }
        }
        return new Encoded(x, n, d, rows, use.length - n, unseen);
    }

    private static void fillNumeric(Table table, Column c, NumericDimension nd, int[] rows, double[] x, int j, int d) {
        if (c instanceof CategoricalColumn) {
            throw new DataException(table.source(), 0, c.name(), "expected a numeric column (the model was trained on "
                    + "numbers), found text; check the file");
        }
        for (int r = 0; r < rows.length; r++) {
            double v = number(table, c, rows[r]);
            x[r * d + j] = nd.scale().apply(Double.isNaN(v) ? nd.median() : v);
        }
    }

    private void fillLevel(Column c, LevelDimension ld, int[] rows, double[] x, int j, int d) {
        if (c instanceof CategoricalColumn cat) {
            int code = cat.codeOf(ld.level());
            for (int r = 0; r < rows.length; r++) {
                x[r * d + j] = code >= 0 && cat.code(rows[r]) == code ? 1 : 0;
            }
        } else {
            for (int r = 0; r < rows.length; r++) {
                x[r * d + j] = ld.level().equals(c.text(rows[r])) ? 1 : 0;
            }
        }
    }

    private int countUnseen(CategoricalColumn cat, int[] rows) {
        boolean[] known = new boolean[cat.levelCount()];
        for (Dimension dim : dims) {
            if (dim instanceof LevelDimension ld && ld.column().equals(cat.name()) && cat.codeOf(ld.level()) >= 0) {
                known[cat.codeOf(ld.level())] = true;
            }
        }
        int count = 0;
        for (int r : rows) {
            int code = cat.code(r);
            count += code >= 0 && !known[code] ? 1 : 0;
        }
        return count;
    }

    /** Rows to use: all when imputing, else those with every column present. */
    static boolean[] usable(Table table, List<String> columns, boolean impute) {
        boolean[] use = new boolean[table.rowCount()];
        Arrays.fill(use, true);
        if (!impute) {
            for (String name : columns) {
                Column c = table.column(name);
                if (c.missingCount() > 0) {
                    for (int i = 0; i < use.length; i++) {
                        use[i] &= !c.isMissing(i);
                    }
                }
            }
        }
        return use;
    }

    /**
     * The value of a numeric or boolean cell (booleans as 0/1), NaN when missing.
     *
     * @throws DataException for a value that is present but infinite or NaN
     */
    static double number(Table table, Column c, int row) {
        if (c.isMissing(row)) {
            return Double.NaN;
        }
        if (c instanceof BooleanColumn b) {
            return b.code(row);
        }
        double v = ((NumericColumn) c).get(row);
        if (!Double.isFinite(v)) {
            throw new DataException(table.source(), 0, c.name(), "row " + (row + 1) + " holds " + v
                    + ", which cannot be segmented; fix or remove the value (missing values are dropped or imputed)");
        }
        return v;
    }

    private static double[] values(Table table, Column c, boolean[] use) {
        int n = 0;
        for (boolean u : use) {
            n += u ? 1 : 0;
        }
        double[] v = new double[n];
        for (int i = 0, r = 0; i < use.length; i++) {
            if (use[i]) {
                v[r++] = number(table, c, i);
            }
        }
        return v;
    }

    /** Median of the non-NaN values (mean of the middle two for an even count); 0 when there are none. */
    static double median(double[] values) {
        double[] v = Arrays.stream(values).filter(t -> !Double.isNaN(t)).sorted().toArray();
        if (v.length == 0) {
            return 0;
        }
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    /** JSON form: {@code {"impute", "dimensions": [{"column", "median", "scaling", "center", "scale"} | {"column", "level"}]}}. */
    public JsonNode toJson() {
        var root = JsonNodeFactory.instance.objectNode();
        root.put("impute", impute);
        ArrayNode arr = root.putArray("dimensions");
        for (Dimension dim : dims) {
            var o = arr.addObject().put("column", dim.column());
            if (dim instanceof NumericDimension nd) {
                o.put("median", nd.median()).put("scaling", nd.scale().kind().label())
                        .put("center", nd.scale().center()).put("scale", nd.scale().scale());
            } else {
                o.put("level", ((LevelDimension) dim).level());
            }
        }
        return root;
    }

    /** Reads {@link #toJson()}. */
    public static FeatureSpace fromJson(JsonNode json) {
        List<Dimension> dims = new ArrayList<>();
        for (JsonNode o : json.path("dimensions")) {
            String column = o.path("column").asText();
            if (o.has("level")) {
                dims.add(new LevelDimension(column, o.path("level").asText()));
            } else {
                ColumnScale s = new ColumnScale(Scaling.parse(o.path("scaling").asText()), o.path("center").asDouble(),
                        o.path("scale").asDouble());
                dims.add(new NumericDimension(column, o.path("median").asDouble(), s));
            }
        }
        return new FeatureSpace(dims, json.path("impute").asBoolean());
    }
}
