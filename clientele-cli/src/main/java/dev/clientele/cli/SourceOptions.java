package dev.clientele.cli;

import dev.clientele.data.DataException;
import dev.clientele.data.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * The source at {@code location}, given to {@code option}, read with these options. A local file that does
     * not exist is reported here, naming the option, before anything is read.
     */
    DataSource source(String option, String location) {
        if (query != null && table != null) {
            throw new Errors.UsageException("give either --query or --table, not both");
        }
        DataSource source = new DataSource(location, query, table, encoding, delimiter);
        if (!source.isJdbc() && !location.contains("://") && !Files.exists(Path.of(location))) {
            throw new DataException(source.displayName(), 0, null, "file not found; check the path given to " + option);
        }
        return source;
    }
}
