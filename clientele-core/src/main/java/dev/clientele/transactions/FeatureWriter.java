package dev.clientele.transactions;

import dev.clientele.data.AtomicFiles;
import dev.clientele.data.DataException;
import dev.clientele.data.DuckDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a DuckDB table to CSV, TSV or Parquet with DuckDB's own (parallel) writer, through a temporary
 * file renamed into place ({@link AtomicFiles}). In CSV and TSV, integral DOUBLE values print without a
 * decimal point, as {@link dev.clientele.data.NumericColumn#format} prints them.
 */
final class FeatureWriter {
    private FeatureWriter() {
    }

    static void checkExtension(Path out) {
        format(out);
    }

    /** Copies {@code table} to {@code out}; returns its column names. */
    static List<String> copy(Connection duck, String table, Path out) throws SQLException {
        String format = format(out);
        List<String> names = new ArrayList<>();
        StringBuilder select = new StringBuilder("SELECT ");
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery("DESCRIBE " + DuckDb.ident(table))) {
            while (rs.next()) {
                String name = rs.getString(1);
                String q = DuckDb.ident(name);
                select.append(names.isEmpty() ? "" : ", ");
                if (!format.equals("parquet") && rs.getString(2).equals("DOUBLE")) {
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
            case "parquet" -> "(FORMAT parquet)";
            case "tsv" -> "(FORMAT csv, HEADER, DELIMITER '\\t')";
            default -> "(FORMAT csv, HEADER)";
        };
        String from = select.append(" FROM ").append(DuckDb.ident(table)).toString();
        AtomicFiles.write(out, tmp -> DuckDb.exec(duck, "COPY (" + from + ") TO " + DuckDb.literal(tmp.toString()) + " " + options));
        return names;
    }

    private static String format(Path out) {
        String lower = out.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ext : List.of("parquet", "csv", "tsv")) {
            if (lower.endsWith("." + ext)) {
                return ext;
            }
        }
        throw new DataException(out.toString(), 0, null, "unknown output format; use a .csv, .tsv or .parquet file name");
    }
}
