package dev.clientele.features;

import dev.clientele.data.Column;
import dev.clientele.data.ColumnType;
import dev.clientele.data.DataException;
import dev.clientele.data.DuckDb;
import dev.clientele.data.Table;
import dev.clientele.data.TableDuckDb;
import dev.clientele.data.TableReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Evaluates {@link DerivedFeature}s with DuckDB: the table is pushed into an in-memory database, the
 * expressions run in one SELECT in row order, and the results are appended as new columns.
 */
public final class DerivedFeatures {
    private DerivedFeatures() {
    }

    /**
     * The table with one column added per feature.
     *
     * @param hidden columns the expressions may not read (the churn target, so that no feature can leak it)
     * @throws DataException when an expression fails, names an existing column, or yields timestamps
     */
    public static Table apply(Table table, List<DerivedFeature> features, List<String> hidden) {
        if (features.isEmpty()) {
            return table;
        }
        for (DerivedFeature f : features) {
            if (table.has(f.name())) {
                throw new DataException(table.source(), 0, f.name(), "derived feature '" + f.name()
                        + "' has the name of an existing column; choose another name");
            }
        }
        try (Connection duck = DuckDb.open()) {
            TableDuckDb.register(duck, table.drop(hidden), "input");
            StringBuilder sql = new StringBuilder("CREATE TABLE derived AS SELECT ");
            for (int k = 0; k < features.size(); k++) {
                DerivedFeature f = features.get(k);
                sql.append(k == 0 ? "" : ", ").append('(').append(f.sql()).append(") AS ").append(DuckDb.ident(f.name()));
            }
            sql.append(" FROM input ORDER BY rowid");
            try {
                DuckDb.exec(duck, sql.toString());
            } catch (SQLException e) {
                throw failure(duck, table, features, hidden, e);
            }
            Table derived = TableReader.load(duck, "derived", table.rowCount(), table.source());
            Table out = table;
            for (Column c : derived.columns()) {
                if (c.type() == ColumnType.TIMESTAMP) {
                    throw new DataException(table.source(), 0, c.name(), "derived feature yields dates or times; "
                            + "features must be numbers, booleans or text (e.g. use date_diff)");
                }
                out = out.with(c);
            }
            return out;
        } catch (SQLException e) {
            throw new DataException(table.source(), 0, null, "cannot evaluate derived features: " + DuckDb.firstLine(e), e);
        }
    }

    /** Finds the first expression that fails on its own and says what is wrong with it. */
    private static DataException failure(Connection duck, Table table, List<DerivedFeature> features, List<String> hidden,
                                         SQLException all) {
        DerivedFeature culprit = null;
        String why = DuckDb.firstLine(all);
        for (DerivedFeature f : features) {
            try {
                DuckDb.exec(duck, "SELECT *, (" + f.sql() + ") FROM input LIMIT 0");
            } catch (SQLException e) {
                culprit = f;
                why = DuckDb.firstLine(e);
                break;
            }
        }
        if (why.contains("GROUP BY")) {
            why = "it aggregates over all rows (avg, sum, count, ...), but a derived feature must use only the row's "
                    + "own columns (values taken across rows leak between the cross-validation folds)";
        }
        String target = "";
        for (String h : hidden) {
            if (why.contains('"' + h + '"')) {
                target = " (the target column '" + h + "' cannot be used in features)";
            }
        }
        String which = culprit == null ? "derived features failed: " : "derived feature '" + culprit.name() + "' failed: ";
        return new DataException(table.source(), 0, null, which + why + target + "; fix the --feature expression"
                + (culprit == null ? "s" : " '" + culprit + "'"));
    }
}
