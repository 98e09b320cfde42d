package dev.clientele.transactions;

import dev.clientele.data.AtomicFiles;
import dev.clientele.data.DuckDb;
import dev.clientele.data.OutputFormat;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a DuckDB table to CSV, TSV or Parquet with DuckDB's own (parallel) writer, through a temporary
 * file renamed into place ({@link AtomicFiles}). In CSV and TSV, integral DOUBLE values print without a
 * decimal point, as {@link dev.clientele.data.NumericColumn#format} prints them.
 */
final class FeatureWriter {
    private FeatureWriter() {
    }

    static void checkExtension(Path out) {
        OutputFormat.of(out);
    }

    /** Copies {@code table} to {@code out}; returns its column names. */
    static List<String> copy(Connection duck, String table, Path out) throws SQLException {
        OutputFormat format = OutputFormat.of(out);
        List<String> names = new ArrayList<>();
        StringBuilder select = new StringBuilder("SELECT ");
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery("DESCRIBE " + DuckDb.ident(table))) {
            while (rs.next()) {
                String name = rs.getString(1);
                String q = DuckDb.ident(name);
                select.append(names.isEmpty() ? "" : ", ");
                if (format != OutputFormat.PARQUET && rs.getString(2).equals("DOUBLE")) {
                    select.append("CASE WHEN ").append(q).append(" = trunc(").append(q).append(") AND abs(").append(q)
                            .append(") < 1e15 THEN CAST(CAST(").append(q).append(" AS BIGINT) AS VARCHAR) ELSE CAST(")
                            .append(q).append(" AS VARCHAR) END AS ").append(q);
                } else {
                    select.append(q);
                }
                names.add(name);
            }
        }
        String options = switch (format) {
            case PARQUET -> "(FORMAT parquet)";
            case TSV -> "(FORMAT csv, HEADER, DELIMITER '\\t')";
            case CSV -> "(FORMAT csv, HEADER)";
        };
        String from = select.append(" FROM ").append(DuckDb.ident(table)).toString();
        AtomicFiles.write(out, tmp -> DuckDb.exec(duck, "COPY (" + from + ") TO " + DuckDb.literal(tmp.toString()) + " " + options));
        return names;
    }
}
