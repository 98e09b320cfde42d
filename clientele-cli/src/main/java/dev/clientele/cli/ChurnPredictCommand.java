package dev.clientele.cli;

import dev.clientele.churn.ChurnBundle;
import dev.clientele.churn.ChurnModel;
import dev.clientele.churn.Reason;
import dev.clientele.churn.Scores;
import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.Column;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import dev.clientele.data.TableReader;
import dev.clientele.data.TableWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code clientele churn predict}: score customers with a saved model. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Score customers with a churn model: per input row (same order) the id (or row number), "
                + "churn_probability, churn_label and the top reasons. The output file is written atomically.",
        footer = {"%nExamples:",
                "  clientele churn predict --model churn-model --data customers.csv --out scores.csv",
                "  clientele churn predict --model churn-model.zip --data customers.parquet \\",
                "      --out scores.parquet --reasons 0"})
final class ChurnPredictCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--model", required = true, paramLabel = "DIR|FILE.zip", description = "A bundle written by churn train.")
    Path model;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv|FILE.parquet", description = "Where to write the scores.")
    Path out;

    @Option(names = "--reasons", defaultValue = "3", paramLabel = "N",
            description = "Reasons per customer, 0 for none (default: ${DEFAULT-VALUE}).")
    int reasons;

    @Override
    public Integer call() {
        if (reasons < 0 || reasons > 10) {
            throw new Errors.UsageException("--reasons must be in [0, 10], got " + reasons);
        }
        OptionChecks.tableFile("--out", out);
        ChurnBundle.Loaded loaded = ChurnBundle.read(model);
        Table table = TableReader.read(data.source());
        try (ChurnModel m = loaded.model()) {
            Scores scores = m.score(table, reasons);
            warnUnusable(scores.unusable(), table.rowCount());
            TableWriter.write(output(m, table, scores, reasons), out);
            Log.info(String.format("scored %,d customers with the %s model; %,d labelled '%s' at threshold %.3f; "
                    + "written to %s", scores.size(), m.algorithm(), count(scores.churn()), m.labels().positive(),
                    m.threshold(), out));
        }
        return 0;
    }

    static void warnUnusable(Map<String, Integer> unusable, int rows) {
        unusable.forEach((column, count) -> Log.warn(String.format("column '%s': %,d of %,d values were not seen in "
                + "training (or are not numbers) and were treated as missing", column, count, rows)));
    }

    /** The output table: id or row, churn_probability, churn_label, reason_1..reason_N. */
    static Table output(ChurnModel m, Table input, Scores scores, int reasons) {
        int n = scores.size();
        List<Column> cols = new ArrayList<>();
        if (m.idColumn() != null && input.has(m.idColumn())) {
            cols.add(input.column(m.idColumn()));
        } else {
            if (m.idColumn() != null) {
                Log.warn("the model's id column '" + m.idColumn() + "' is not in " + input.source()
                        + "; rows are identified by their number (column 'row', 1-based)");
            }
            double[] row = new double[n];
            for (int i = 0; i < n; i++) {
                row[i] = i + 1;
            }
            cols.add(new NumericColumn("row", row, null));
        }
        double[] p = new double[n];
        String[] label = new String[n];
        for (int i = 0; i < n; i++) {
            p[i] = Math.round(scores.probability()[i] * 1e6) / 1e6;
            label[i] = scores.churn()[i] ? m.labels().positive() : m.labels().negative();
        }
        cols.add(new NumericColumn("churn_probability", p, null));
        cols.add(CategoricalColumn.of("churn_label", label));
        for (int k = 0; k < reasons; k++) {
            String[] text = new String[n];
            for (int i = 0; i < n; i++) {
                Reason[] r = scores.reasons()[i];
                text[i] = k < r.length ? r[k].toString() : null;
            }
            cols.add(CategoricalColumn.of("reason_" + (k + 1), text));
        }
        return new Table(input.source(), cols);
    }

    private static int count(boolean[] flags) {
        int c = 0;
        for (boolean f : flags) {
            c += f ? 1 : 0;
        }
        return c;
    }
}
