package dev.clientele.churn;

import dev.clientele.data.Column;
import dev.clientele.data.ColumnProfile;
import dev.clientele.data.ColumnRole;
import dev.clientele.data.ColumnType;
import dev.clientele.data.DataException;
import dev.clientele.data.Names;
import dev.clientele.data.SchemaInference;
import dev.clientele.data.Table;
import dev.clientele.features.FeatureSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * A training table made ready: the target read, user features added, input columns chosen (never the
 * target, ids, timestamps or excluded columns; constant columns dropped; all-missing columns refused), and
 * the labelled rows listed.
 *
 * @param table     the input table with derived features added
 * @param target    the labels
 * @param rows      rows with a label, ascending
 * @param y         their labels
 * @param inputs    input columns of the pipeline
 * @param idColumn  the customer id column (given or inferred), or null
 * @param dropped   columns left out, with why, e.g. {@code customer_id (id)}
 * @param spec      the user's derived features
 */
record ChurnData(Table table, Target target, int[] rows, int[] y, List<String> inputs, String idColumn,
                 List<String> dropped, FeatureSpec spec) {

    static ChurnData prepare(Table raw, ChurnOptions options) {
        Target target = Target.resolve(raw, options.target(), options.positive());
        for (String e : options.exclude()) {
            if (!raw.has(e)) {
                throw new DataException(raw.source(), 0, null, "--exclude names no column '" + e + "'; "
                        + Names.suggestion(e, raw.columnNames()));
            }
        }
        if (options.id() != null && !raw.has(options.id())) {
            throw new DataException(raw.source(), 0, null, "--id names no column '" + options.id() + "'; "
                    + Names.suggestion(options.id(), raw.columnNames()));
        }
        FeatureSpec spec = new FeatureSpec(options.features(), List.of());
        Table table = spec.apply(raw, List.of(options.target()));
        List<String> ids = new ArrayList<>(SchemaInference.idColumns(raw));
        ids.remove(options.target());
        String idColumn = options.id() != null ? options.id() : ids.isEmpty() ? null : ids.get(0);
        List<String> inputs = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (Column c : table.columns()) {
            String name = c.name();
            if (name.equals(options.target())) {
                continue;
            }
            String why = reasonToDrop(raw.source(), c, options, ids, idColumn);
            if (why != null) {
                dropped.add(name + " (" + why + ")");
            } else {
                inputs.add(name);
            }
        }
        if (inputs.isEmpty()) {
            throw new DataException(raw.source(), 0, null, "no usable feature columns besides the target '"
                    + options.target() + "' (left out: " + String.join(", ", dropped) + ")");
        }
        int labelled = raw.rowCount() - target.missing();
        int[] rows = new int[labelled];
        int[] y = new int[labelled];
        int k = 0;
        for (int i = 0; i < raw.rowCount(); i++) {
            if (target.y()[i] >= 0) {
                rows[k] = i;
                y[k++] = target.y()[i];
            }
        }
        requireEnough(raw, options, y);
        return new ChurnData(table, target, rows, y, inputs, idColumn, dropped, spec);
    }

    private static String reasonToDrop(String source, Column c, ChurnOptions options, List<String> ids, String idColumn) {
        String name = c.name();
        if (options.exclude().contains(name)) {
            return "excluded";
        }
        if (name.equals(idColumn) || ids.contains(name)) {
            return "id";
        }
        if (c.type() == ColumnType.TIMESTAMP) {
            return "timestamp";
        }
        ColumnProfile p = SchemaInference.profile(c);
        if (p.role() == ColumnRole.EMPTY) {
            throw new DataException(source, 0, name, "is missing in every row, so it cannot be a feature; "
                    + "leave it out with --exclude " + name);
        }
        return p.role() == ColumnRole.CONSTANT && c.missingCount() == 0 ? "constant" : null;
    }

    private static void requireEnough(Table raw, ChurnOptions options, int[] y) {
        int pos = 0;
        for (int v : y) {
            pos += v;
        }
        int neg = y.length - pos;
        int need = options.folds() * 2;
        if (Math.min(pos, neg) < need) {
            throw new DataException(raw.source(), 0, options.target(), "only " + Math.min(pos, neg) + " "
                    + (pos < neg ? "churners" : "non-churners") + " among " + y.length + " labelled rows; "
                    + options.folds() + "-fold cross-validation needs at least " + need + " of each class "
                    + "(lower --folds or add data)");
        }
    }

    /** The labelled rows at some positions. */
    int[] rowsAt(int[] positions) {
        return Splits.gather(rows, positions);
    }
}
