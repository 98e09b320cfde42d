package dev.clientele.cli;

import dev.clientele.churn.Assessment;
import dev.clientele.churn.ChurnBundle;
import dev.clientele.churn.ChurnModel;
import dev.clientele.data.Table;
import dev.clientele.data.TableReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code clientele churn evaluate}: a saved model's metrics on new labelled data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measure a churn model on labelled data (the target column the model was trained on): ROC AUC, "
                + "PR AUC, log loss, Brier, threshold metrics, confusion, lift by decile, calibration.",
        footer = {"%nExamples:",
                "  clientele churn evaluate --model churn-model --data last_quarter.csv"})
final class ChurnEvaluateCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--model", required = true, paramLabel = "DIR|FILE.zip", description = "A bundle written by churn train.")
    Path model;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ChurnBundle.Loaded loaded = ChurnBundle.read(model);
        Table table = TableReader.read(data.source());
        try (ChurnModel m = loaded.model()) {
            Assessment a = Assessment.of(m, table);
            ChurnPredictCommand.warnUnusable(a.unusable(), table.rowCount());
            PrintWriter out = spec.commandLine().getOut();
            out.println(m.algorithm() + " model from " + model + " on " + table.source());
            out.print(ChurnReport.assessment(a, m.thresholdRule().label()));
            out.flush();
        }
        return 0;
    }
}
