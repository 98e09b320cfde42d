package dev.clientele.data;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The formats tables are written in, chosen by the output file's extension: {@code .csv} (comma separated),
 * {@code .tsv} (tab separated) or {@code .parquet}. The one place that maps extensions to formats, for every
 * writer and for the command line's up-front check.
 */
public enum OutputFormat {
    CSV(','),
    TSV('\t'),
    PARQUET((char) 0);

    private final char separator;

    OutputFormat(char separator) {
        this.separator = separator;
    }

    /** The field separator of a delimited format. */
    public char separator() {
        return separator;
    }

    /** The format named by the file's extension (case-insensitive), or null when it names none. */
    public static OutputFormat ofOrNull(Path out) {
        Path name = out.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (OutputFormat f : values()) {
            if (lower.endsWith("." + f.name().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }

    /**
     * The format named by the file's extension.
     *
     * @throws DataException when the extension names no format
     */
    public static OutputFormat of(Path out) {
        OutputFormat f = ofOrNull(out);
        if (f == null) {
            throw new DataException(out.toString(), 0, null, "unknown output format; use a .csv, .tsv or .parquet file name");
        }
        return f;
    }
}
