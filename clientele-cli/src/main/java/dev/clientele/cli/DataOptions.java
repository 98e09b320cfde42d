package dev.clientele.cli;

import dev.clientele.data.DataSource;
import picocli.CommandLine.Option;

/** The data-source options shared by every command that reads a table. */
final class DataOptions {
    @Option(names = "--data", required = true, paramLabel = "FILE|URL",
            description = "CSV/TSV/whitespace-aligned text, .parquet, .json(l), .duckdb file, or a jdbc: URL.")
    String data;

    @Option(names = "--query", paramLabel = "SQL",
            description = "SQL to run on the source; a file is table 'data', its columns typed.")
    String query;

    @Option(names = "--table", paramLabel = "NAME", description = "Table to read from a database source.")
    String table;

    @Option(names = "--encoding", paramLabel = "NAME", description = "Text encoding (default utf-8), e.g. latin1.")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "Field delimiter: , ; | tab or whitespace (default: detected).")
    String delimiter;

    DataSource source() {
        if (query != null && table != null) {
            throw new Errors.UsageException("give either --query or --table, not both");
        }
        return new DataSource(data, query, table, encoding, delimiter);
    }
}
