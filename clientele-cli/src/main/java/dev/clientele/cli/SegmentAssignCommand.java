package dev.clientele.cli;

import dev.clientele.data.Table;
import dev.clientele.data.TableReader;
import dev.clientele.data.TableWriter;
import dev.clientele.segment.Assignment;
import dev.clientele.segment.SegmentationModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code clientele segment assign}: put new customers into the segments of a saved model. */
@Command(name = "assign", mixinStandardHelpOptions = true,
        description = "Put customers into the segments of a model written by 'clientele segment' (nearest centroid "
                + "after the model's own imputation and scaling).",
        footer = {"%nExamples:", "  clientele segment assign --model seg/model --data new.csv --out new_segments.csv"})
final class SegmentAssignCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model bundle (DIR/model of 'clientele segment').")
    Path model;

    @Option(names = "--id", paramLabel = "COL", description = "Id column copied to the output (default: row numbers).")
    String id;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output .csv, .tsv or .parquet.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OptionChecks.tableFile("--out", out);
        SegmentationModel m = SegmentationModel.load(model);
        Table table = TableReader.read(data.source());
        OptionChecks.column(table, "--id", id);
        Assignment a = m.assign(table);
        if (a.incomplete() > 0) {
            Log.warn(String.format(Locale.ROOT, "%,d %s a missing value in %s and %s not assigned (the model was "
                    + "trained without --impute)", a.incomplete(), a.incomplete() == 1 ? "row has" : "rows have",
                    m.space().columns(), a.incomplete() == 1 ? "was" : "were"));
        }
        a.unseen().forEach((col, count) -> Log.warn(String.format(Locale.ROOT, "column '%s': %,d %s a level the model "
                + "never saw; %s as no level", col, count, count == 1 ? "row holds" : "rows hold", count == 1 ? "it counts" : "they count")));
        TableWriter.write(table(table, m, a), out);
        int[] sizes = a.sizes(m.k());
        TextTable t = new TextTable("segment", "name", "customers", "share").alignRight(0, 2, 3);
        int assigned = Arrays.stream(sizes).sum();
        for (int l = 0; l < m.k(); l++) {
            t.add(l + 1, m.names().get(l), String.format(Locale.ROOT, "%,d", sizes[l]),
                    SegmentReport.pct(assigned == 0 ? Double.NaN : (double) sizes[l] / assigned));
        }
        PrintWriter pw = spec.commandLine().getOut();
        pw.print(t.render());
        pw.flush();
        Log.info(String.format(Locale.ROOT, "wrote %s (%,d rows, %,d assigned)", out, table.rowCount(), assigned));
        return 0;
    }

    private Table table(Table table, SegmentationModel m, Assignment a) {
        return new Table(table.source(), SegmentRun.assignmentColumns(table, id, a, m.names()));
    }
}
