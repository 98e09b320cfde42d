package dev.clientele.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads any {@link DataSource} into a {@link Table}: stage it in an embedded DuckDB
 * ({@link Staging}), type its columns ({@link ColumnTyping}), stream them into arrays.
 *
 * <p>Example: {@code Table t = TableReader.read(DataSource.of("examples/telco_churn.csv"));} gives 7,043
 * rows and 20 columns, {@code churn} categorical with levels [No, Yes] and {@code total_charges} numeric
 * with 11 missing cells.
 */
public final class TableReader {
    private TableReader() {
    }

    /**
     * Reads the whole source. A delimited text file without a query is read straight from DuckDB's CSV
     * scanner, never copied into a staged table (a few passes over the file cost less than storing it).
     */
    public static Table read(DataSource source) {
        try (Connection duck = DuckDb.open()) {
            if (source.kind() == DataSource.Kind.TEXT && source.query() == null) {
                try (TextSource text = TextSource.open(source)) {
                    if (!text.header().whitespace()) {
                        return readDelimited(duck, text);
                    }
                }
            }
            return read(duck, source, "src");
        } catch (SQLException e) {
            throw new DataException(source.displayName(), 0, null, DuckDb.firstLine(e), e);
        }
    }

    private static Table readDelimited(Connection duck, TextSource text) {
        try {
            DuckDb.exec(duck, "CREATE TEMP VIEW src AS SELECT * FROM " + text.csvRelation(duck));
            text.checkColumnCount(duck, "src");
            Table t;
            try {
                t = TableLoader.load(duck, "src", ColumnTyping.guess(duck, "src"), -1, text.display());
            } catch (SQLException e) {
                if (!ColumnTyping.isGuardFailure(e)) {
                    throw e;
                }
                t = TableLoader.load(duck, "src", ColumnTyping.decide(duck, "src"), -1, text.display());
            }
            if (t.rowCount() == 0) {
                throw new DataException(text.display(), 0, null, "has a header but no data rows; nothing to analyse");
            }
            return t;
        } catch (SQLException e) {
            throw text.explain(e);
        }
    }

    /**
     * Reads a source through an existing DuckDB connection, staging it as table {@code stagingName}, which
     * stays there for further SQL (text columns as VARCHAR).
     */
    public static Table read(Connection duck, DataSource source, String stagingName) {
        long rows = Staging.stage(duck, source, stagingName);
        return load(duck, stagingName, rows, source.displayName());
    }

    /** Loads an already staged (or any) DuckDB table. */
    public static Table load(Connection duck, String table, long rows, String sourceName) {
        try {
            List<ColumnTyping.Typed> typed = ColumnTyping.decide(duck, table);
            return TableLoader.load(duck, table, typed, rows, sourceName);
        } catch (SQLException e) {
            throw new DataException(sourceName, 0, null, "cannot load: " + DuckDb.firstLine(e), e);
        }
    }
}
