package dev.clientele.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

/**
 * Writes a {@link Table} to CSV, TSV or Parquet (chosen by extension), atomically (see {@link AtomicFiles}).
 * CSV follows RFC 4180: comma-separated, fields quoted only when they hold a comma, quote or line break,
 * missing cells empty, numbers in shortest round-trip form.
 */
public final class TableWriter {
    private TableWriter() {
    }

    public static void write(Table table, Path out) {
        OutputFormat format = OutputFormat.of(out);
        if (format == OutputFormat.PARQUET) {
            AtomicFiles.write(out, tmp -> writeParquet(table, tmp));
        } else {
            AtomicFiles.write(out, tmp -> writeDelimited(table, tmp, format.separator()));
        }
    }

    private static void writeParquet(Table table, Path tmp) throws Exception {
        try (Connection duck = DuckDb.open()) {
            TableDuckDb.register(duck, table, "out_table");
            DuckDb.exec(duck, "COPY out_table TO " + DuckDb.literal(tmp.toString()) + " (FORMAT parquet)");
        }
    }

    private static void writeDelimited(Table table, Path tmp, char sep) throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 16)) {
            int m = table.columnCount();
            for (int j = 0; j < m; j++) {
                if (j > 0) {
                    w.write(sep);
                }
                w.write(quote(table.columns().get(j).name(), sep));
            }
            w.write('\n');
            for (int i = 0; i < table.rowCount(); i++) {
                for (int j = 0; j < m; j++) {
                    if (j > 0) {
                        w.write(sep);
                    }
                    String t = table.columns().get(j).text(i);
                    if (t != null) {
                        w.write(quote(t, sep));
                    }
                }
                w.write('\n');
            }
        }
    }

    /** Quotes a field when it holds the separator, a quote or a line break. */
    static String quote(String s, char sep) {
        boolean needs = s.indexOf(sep) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
