package dev.clientele.cli;

import dev.clientele.data.DataSource;
import picocli.CommandLine.Option;

/** The data-source options shared by every command that reads a table. */
final class DataOptions extends SourceOptions {
    @Option(names = "--data", required = true, paramLabel = "FILE|URL",
            description = "CSV/TSV/whitespace-aligned text, .parquet, .json(l), .duckdb file, or a jdbc: URL.")
    String data;

    DataSource source() {
        return source("--data", data);
    }
}
