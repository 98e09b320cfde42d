package dev.clientele.cli;

import dev.clientele.churn.Algorithm;
import dev.clientele.churn.Calibration;
import dev.clientele.churn.ChurnBundle;
import dev.clientele.churn.ChurnModel;
import dev.clientele.churn.ChurnOptions;
import dev.clientele.churn.ChurnTrainer;
import dev.clientele.data.Table;
import dev.clientele.data.TableReader;
import dev.clientele.eval.ThresholdRule;
import dev.clientele.features.DerivedFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code clientele churn train}: cross-validate, choose, calibrate and save a churn model. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a calibrated churn model: stratified k-fold CV plus a held-out test split, metrics "
                + "printed and written to MODEL/metrics.json, final model refitted on all rows and saved as a bundle.",
        footer = {"%nExamples:",
                "  clientele churn train --data examples/telco_churn.csv --target churn \\",
                "      --model churn-model",
                "  clientele churn train --data crm.parquet --target status --positive Churned \\",
                "      --id account --algorithm gbm --threshold cost:500,50 \\",
                "      --feature \"arpu = revenue / greatest(months, 1)\" --model crm-model.zip"})
final class ChurnTrainCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--target", required = true, paramLabel = "COL", description = "The churn column (two values).")
    String target;

    @Option(names = "--positive", paramLabel = "VALUE",
            description = "The value meaning churn (default: recognised, e.g. Yes, 1, True, Churned).")
    String positive;

    @Option(names = "--id", paramLabel = "COL", description = "Customer id column (default: the column inferred as id).")
    String id;

    @Option(names = "--exclude", split = ",", paramLabel = "COL", description = "Columns never used as features.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--algorithm", defaultValue = "auto", paramLabel = "auto|gbm|logistic",
            description = "Model family; auto tries both and their blend and keeps the best by CV ROC AUC (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--test-fraction", defaultValue = "0.2", paramLabel = "F",
            description = "Share of rows held out as a test split, 0 for none (default: ${DEFAULT-VALUE}).")
    double testFraction;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed; same seed, same model (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--feature", paramLabel = "NAME = SQL",
            description = "Derived feature as a DuckDB SQL expression over the columns (repeatable).")
    List<String> features = new ArrayList<>();

    @Option(names = "--threshold", defaultValue = "f1", paramLabel = "0.5|f1|youden|cost:FN,FP",
            description = "Decision threshold or the rule choosing it on out-of-fold predictions (default: ${DEFAULT-VALUE}).")
    String threshold;

    @Option(names = "--positive-weight", defaultValue = "1", paramLabel = "W|balanced",
            description = "Weight of churners in the fit (default: ${DEFAULT-VALUE}); probabilities stay calibrated.")
    String positiveWeight;

    @Option(names = "--calibration", defaultValue = "platt", paramLabel = "platt|isotonic",
            description = "How out-of-sample margins become probabilities: Platt scaling or isotonic regression "
                    + "(default: ${DEFAULT-VALUE}).")
    String calibration;

    @Option(names = "--no-refit", description = "Keep the model fitted without the test split instead of refitting on all rows.")
    boolean noRefit;

    @Option(names = "--no-auto-features", description = "Do not try the generic automatic features.")
    boolean noAutoFeatures;

    @Option(names = "--model", required = true, paramLabel = "DIR|FILE.zip", description = "Where to write the model bundle.")
    Path model;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<DerivedFeature> derived = features.stream().map(DerivedFeature::parse).toList();
        ChurnOptions options = new ChurnOptions(target, positive, id, exclude, Algorithm.parse(algorithm), folds,
                testFraction, seed, derived, ThresholdRule.parse(threshold),
                ChurnOptions.parsePositiveWeight(positiveWeight), !noRefit, !noAutoFeatures,
                Calibration.parse(calibration));
        Table table = TableReader.read(data.source());
        OptionChecks.column(table, "--target", target);
        OptionChecks.column(table, "--id", id);
        OptionChecks.columns(table, "--exclude", exclude);
        Log.info(String.format("training churn model on %s: %,d rows, %d columns", table.source(), table.rowCount(),
                table.columnCount()));
        ChurnTrainer.Result result = new ChurnTrainer(options, CliProgress.forTerminal(), Log::debug, Log::warn).fit(table);
        try (ChurnModel fitted = result.model()) {
            ChurnBundle.write(model, result, table, options);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(ChurnReport.training(result.evaluation()));
        out.println("model written to " + model + " (evaluation in its metrics.json, rows used in "
                + ChurnBundle.ROWS_FILE + ")");
        out.flush();
        return 0;
    }
}
