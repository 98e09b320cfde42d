package dev.clientele.cli;

import dev.clientele.data.Names;
import dev.clientele.data.OutputFormat;
import dev.clientele.data.Table;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks of option values that need no work first: an output file's format before anything is computed,
 * and, right after loading, that the columns named on the command line exist. Both are usage errors (exit
 * 2) naming the option, e.g. {@code --target 'statsu': no such column in churn.csv; did you mean 'status'?}.
 */
final class OptionChecks {
    private OptionChecks() {
    }

    /** Fails unless {@code out} names a {@code .csv}, {@code .tsv} or {@code .parquet} file. */
    static void tableFile(String option, Path out) {
        if (OutputFormat.ofOrNull(out) == null) {
            throw new Errors.UsageException(option + " must name a .csv, .tsv or .parquet file, got '" + out + "'");
        }
    }

    /** Fails when {@code name} (ignored when null) is not a column of {@code table}. */
    static void column(Table table, String option, String name) {
        if (name != null && !table.has(name)) {
            throw new Errors.UsageException(option + " '" + name + "': no such column in " + table.source() + "; "
                    + Names.suggestion(name, table.columnNames()));
        }
    }

    /** {@link #column} for each name. */
    static void columns(Table table, String option, List<String> names) {
        for (String name : names) {
            column(table, option, name);
        }
    }
}
