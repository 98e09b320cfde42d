package dev.clientele.churn;

import dev.clientele.data.Column;
import dev.clientele.data.ColumnProfile;
import dev.clientele.data.ColumnRole;
import dev.clientele.data.ColumnType;
import dev.clientele.data.DataException;
import dev.clientele.data.Names;
import dev.clientele.data.SchemaInference;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import dev.clientele.features.FeatureSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A training table made ready: the target read, user features added, input columns chosen (never the
 * target, ids, timestamps or excluded columns; constant columns dropped; all-missing columns refused), and
 * the labelled rows listed. Inferred ids are unique text or integer columns; when the user names the id with
 * {@code --id}, only unique text columns and row numbers (consecutive integers) are still taken for ids, since
 * another unique integer column is then more likely an amount than a second id.
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

    /** @param warn receives a line for each doubtful choice of the user (a non-unique --id) */
    static ChurnData prepare(Table raw, ChurnOptions options, Consumer<String> warn) {
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
        if (options.id() != null) {
            ids.removeIf(name -> raw.column(name).type() == ColumnType.NUMERIC && !isRowNumber(raw.column(name)));
            warnIfNotUnique(raw.column(options.id()), warn);
        }
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
            throw noInputs(raw, options, dropped);
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

    private static DataException noInputs(Table raw, ChurnOptions options, List<String> dropped) {
        StringBuilder todo = new StringBuilder("add columns that describe the customers to the data");
        if (!options.exclude().isEmpty()) {
            todo.append(", or --exclude fewer columns");
        }
        boolean numericId = dropped.stream().anyMatch(d -> d.endsWith(" (id)")
                && raw.column(d.substring(0, d.length() - 5)).type() == ColumnType.NUMERIC);
        if (options.id() == null && numericId) {
            todo.append(", or name the id column with --id so that unique whole-number columns are used");
        }
        return new DataException(raw.source(), 0, null, "no usable feature columns besides the target '"
                + options.target() + "'" + (dropped.isEmpty() ? "" : " (left out: " + String.join(", ", dropped) + ")")
                + "; " + todo);
    }

    /**
     * Whether a unique whole-number column holds consecutive numbers (max - min + 1 = rows): a row number or
     * sequential key, which stays an id even when {@code --id} names another column.
     */
    static boolean isRowNumber(Column c) {
        if (!(c instanceof NumericColumn n) || n.missingCount() > 0 || n.size() == 0) {
            return false;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n.size(); i++) {
            min = Math.min(min, n.get(i));
            max = Math.max(max, n.get(i));
        }
        return max - min + 1 == n.size();
    }

    private static void warnIfNotUnique(Column id, Consumer<String> warn) {
        ColumnProfile p = SchemaInference.profile(id);
        int repeats = id.size() - p.missing() - p.distinct();
        if (repeats > 0 || p.missing() > 0) {
            warn.accept("--id column '" + id.name() + "' is not unique (" + repeats + " repeated and " + p.missing()
                    + " missing values in " + id.size() + " rows); it is still used as the id in predictions, "
                    + "so check that it names the customer id");
        }
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
                    + (pos < neg ? "churner" : "non-churner") + (Math.min(pos, neg) == 1 ? "" : "s") + " among " + y.length + " labelled rows; "
                    + options.folds() + "-fold cross-validation needs at least " + need + " of each class "
                    + "(lower --folds or add data)");
        }
    }

    /** The labelled rows at some positions. */
    int[] rowsAt(int[] positions) {
        return Splits.gather(rows, positions);
    }
}
