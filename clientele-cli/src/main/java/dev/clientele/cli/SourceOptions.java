package dev.clientele.cli;

import dev.clientele.data.DataSource;
import picocli.CommandLine.Option;

/**
 * How to read a source, whatever option names its location ({@code --data}, {@code --transactions}): a
 * query or table inside it, its text encoding and delimiter.
 */
class SourceOptions {
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

    /** The source at {@code location} read with these options. */
    DataSource source(String location) {
        if (query != null && table != null) {
            throw new Errors.UsageException("give either --query or --table, not both");
        }
        return new DataSource(location, query, table, encoding, delimiter);
    }
}
