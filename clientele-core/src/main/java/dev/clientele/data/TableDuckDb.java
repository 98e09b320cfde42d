package dev.clientele.data;

import java.sql.Connection;
import java.sql.SQLException;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Copies a {@link Table} into a DuckDB table (numeric to DOUBLE, categorical to VARCHAR, boolean to
 * BOOLEAN, timestamp to TIMESTAMP) so SQL can run over it: derived features, exports.
 */
public final class TableDuckDb {
    private TableDuckDb() {
    }

    public static void register(Connection duck, Table table, String name) throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE OR REPLACE TABLE ").append(DuckDb.ident(name)).append(" (");
        for (int j = 0; j < table.columnCount(); j++) {
            Column c = table.columns().get(j);
            String t = switch (c.type()) {
                case NUMERIC -> "DOUBLE";
                case CATEGORICAL -> "VARCHAR";
                case BOOLEAN -> "BOOLEAN";
                case TIMESTAMP -> "TIMESTAMP";
            };
            ddl.append(j == 0 ? "" : ", ").append(DuckDb.ident(c.name())).append(' ').append(t);
        }
        DuckDb.exec(duck, ddl.append(')').toString());
        try (DuckDBAppender app = duck.unwrap(DuckDBConnection.class).createAppender("main", name)) {
            for (int i = 0; i < table.rowCount(); i++) {
                app.beginRow();
                for (Column c : table.columns()) {
                    if (c.isMissing(i)) {
                        app.appendNull();
                        continue;
                    }
                    if (c instanceof NumericColumn n) {
                        app.append(n.get(i));
                    } else if (c instanceof CategoricalColumn k) {
                        app.append(k.level(k.code(i)));
                    } else if (c instanceof BooleanColumn b) {
                        app.append(b.code(i) == 1);
                    } else {
                        app.appendEpochMicros(((TimestampColumn) c).micros(i));
                    }
                }
                app.endRow();
            }
        }
    }
}
