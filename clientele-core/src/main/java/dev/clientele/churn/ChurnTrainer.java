package dev.clientele.churn;

import dev.clientele.Progress;
import dev.clientele.data.Table;
import dev.clientele.eval.BinaryReport;
import dev.clientele.features.AutoFeature;
import dev.clientele.features.FeatureOptions;
import dev.clientele.features.FeaturePipeline;
import dev.clientele.features.FeatureSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Trains a churn model and measures it honestly. Steps: read the target and choose the inputs
 * ({@link ChurnData}); hold out a stratified test split; on the other (development) rows run stratified
 * k-fold cross-validation, where every fitted thing (pipeline, penalty, early stopping, calibration) sees the
 * training folds only; try the automatic features and keep those that raise the logistic model's CV ROC AUC
 * by at least {@link #AUTO_FEATURE_GAIN}; cross-validate the candidate algorithms and choose by mean ROC AUC;
 * choose the threshold on the out-of-fold predictions; fit on the development rows and score the test
 * split; finally refit on all labelled rows (unless disabled).
 *
 * <p>Holds only options, so one trainer may train many tables. Same options and seed, same model.
 */
public final class ChurnTrainer {
    /** Minimum gain in mean CV ROC AUC for keeping an automatic feature. */
    public static final double AUTO_FEATURE_GAIN = 0.002;
    /** From this many rows on, a final fit gives XGBoost every core; below, one thread is faster. */
    static final int PARALLEL_BOOSTING_ROWS = 50_000;
    private final ChurnOptions options;
    private final Progress progress;
    private final Consumer<String> log;
    private final Consumer<String> warn;

    /**
     * @param progress told about each fitted fold
     * @param log      receives one line per decision (candidates, automatic features, choice)
     * @param warn     receives one line per doubtful input that is still used (e.g. an --id that is not unique)
     */
    public ChurnTrainer(ChurnOptions options, Progress progress, Consumer<String> log, Consumer<String> warn) {
        this.options = options;
        this.progress = progress;
        this.log = log;
        this.warn = warn;
    }

    /** A trainer whose warnings go to the decision log. */
    public ChurnTrainer(ChurnOptions options, Progress progress, Consumer<String> log) {
        this(options, progress, log, log);
    }

    public ChurnTrainer(ChurnOptions options) {
        this(options, Progress.NONE, line -> { });
    }

    /** The trained model and its evaluation. */
    public record Result(ChurnModel model, ChurnEvaluation evaluation) {
    }

    /** One-liner for library users: trains {@code auto} with defaults on a table. */
    public static Result train(Table table, String target) {
        return new ChurnTrainer(ChurnOptions.defaults(target)).fit(table);
    }

    public Result fit(Table raw) {
        long start = System.nanoTime();
        ChurnData data = ChurnData.prepare(raw, options, warn);
        int n = data.rows().length;
        boolean[] held = options.testFraction() > 0 ? Splits.holdOut(data.y(), options.testFraction(), options.seed())
                : new boolean[n];
        int[] devPos = Splits.positions(held, false);
        int[] testPos = Splits.positions(held, true);
        List<Learner> learners = learners();
        boolean tryAuto = options.autoFeatures() && !AutoFeature.candidates(data.table(), data.inputs()).isEmpty();
        int autoRuns = tryAuto ? 1 + AutoFeature.candidates(data.table(), data.inputs()).size() : 0;
        progress.start("churn " + options.algorithm().label(), (long) options.folds() * (learners.size() + autoRuns) + 2);
        try {
            CrossValidation cv = new CrossValidation(data.rowsAt(devPos), Splits.gather(data.y(), devPos),
                    options.folds(), options.seed(), options.positiveWeight(), progress);
            Selection sel = new Selection(cv, options.calibration(), log);
            Table table = data.table();
            List<String> inputs = data.inputs();
            List<ChurnEvaluation.AutoDecision> decisions = new ArrayList<>();
            FeatureSpec spec = data.spec();
            if (tryAuto) {
                List<AutoFeature> kept = new ArrayList<>();
                table = sel.autoFeatures(table, inputs, decisions, kept);
                spec = spec.withAuto(kept);
                inputs = new ArrayList<>(inputs);
                inputs.addAll(kept.stream().map(AutoFeature::name).toList());
            }
            Selection.Choice choice = sel.choose(learners, table, inputs, options.algorithm() == Algorithm.AUTO);
            double[] oof = choice.probabilities();
            double threshold = options.threshold().choose(cv.y(), oof);
            List<Metrics> perFold = sel.perFold(oof, threshold);
            BinaryReport pooled = BinaryReport.of(cv.y(), oof, threshold);
            Fits fits = finalFits(data, table, inputs, spec, choice.learners(), devPos, testPos, threshold);
            BinaryReport test = null;
            if (fits.dev() != null) {
                double[] p = probabilities(fits.dev(), table, data.rowsAt(testPos));
                test = BinaryReport.of(Splits.gather(data.y(), testPos), p, threshold);
                if (fits.dev() != fits.finalModel()) {
                    fits.dev().close();
                }
            }
            ChurnModel model = fits.finalModel();
            int[] finalRows = fits.finalRows();
            List<ChurnEvaluation.Importance> importance = Importance.of(model, table, finalRows, options.seed());
            int[] split = splitColumn(raw.rowCount(), data, devPos, testPos, cv.fold());
            ChurnEvaluation eval = new ChurnEvaluation(data.target().labels(), raw.rowCount(), split, options.folds(),
                    finalRows.length, options.refit() && testPos.length > 0, sel.candidates(), choice.name(),
                    choice.reason(), options.calibration().label(), decisions, inputs, data.dropped(), options.threshold().label(), threshold,
                    perFold, pooled, test, importance, (System.nanoTime() - start) / 1e9);
            return new Result(model, eval);
        } finally {
            progress.finish();
        }
    }

    /** The model scoring the test split (null without one) and the final model, with the rows it was fitted on. */
    private record Fits(ChurnModel dev, ChurnModel finalModel, int[] finalRows) {
    }

    /**
     * Fits the model on the development rows (to score the test split) and, when refitting, the final model on
     * all labelled rows; the two fits are independent and run side by side.
     */
    private Fits finalFits(ChurnData data, Table table, List<String> inputs, FeatureSpec spec, List<Learner> chosen,
                           int[] devPos, int[] testPos, double threshold) {
        boolean separate = testPos.length > 0 && options.refit();
        CompletableFuture<ChurnModel> all = separate || testPos.length == 0
                ? CompletableFuture.supplyAsync(() -> fitModel(data, table, inputs, spec, chosen, data.rows(), data.y(),
                threshold)) : null;
        ChurnModel dev = testPos.length > 0 ? fitModel(data, table, inputs, spec, chosen, data.rowsAt(devPos),
                Splits.gather(data.y(), devPos), threshold) : null;
        progress.advance(1);
        ChurnModel fin;
        try {
            fin = all == null ? dev : all.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (dev != null) {
                dev.close();
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        progress.advance(1);
        return new Fits(dev, fin, all == null ? data.rowsAt(devPos) : data.rows());
    }

    private List<Learner> learners() {
        List<Learner> list = new ArrayList<>();
        if (options.algorithm() != Algorithm.GBM) {
            list.add(LogisticLearner.defaults().withCalibration(options.calibration()));
        }
        if (options.algorithm() != Algorithm.LOGISTIC) {
            list.add(new BoostingLearner(BoostingParams.DEFAULTS, options.calibration()));
        }
        return list;
    }

    /** Fits pipeline and learners on some rows; blends log-odds with equal weights when several. */
    private ChurnModel fitModel(ChurnData data, Table table, List<String> inputs, FeatureSpec spec, List<Learner> chosen,
                                int[] rows, int[] y, double threshold) {
        FeaturePipeline pipeline = FeaturePipeline.fit(table, rows, y, inputs, FeatureOptions.DEFAULTS);
        TrainingRows training = new TrainingRows(pipeline.bind(table), rows, y,
                TrainingRows.weights(y, CrossValidation.resolveWeight(options.positiveWeight(), y)),
                rows.length >= PARALLEL_BOOSTING_ROWS ? Runtime.getRuntime().availableProcessors() : 1);
        List<Component> components = new ArrayList<>();
        for (Learner l : chosen) {
            Fitted f = l.fit(training, options.seed() * 7919 + 101);
            components.add(new Component(f.scorer(), f.calibrator(), 1.0 / chosen.size()));
        }
        return new ChurnModel(data.target().labels(), data.idColumn(), spec, pipeline, components,
                options.threshold(), threshold);
    }

    /** Probabilities of some rows of a table that already holds the model's features. */
    private static double[] probabilities(ChurnModel model, Table table, int[] rows) {
        double[] logit = model.logits(model.pipeline().bind(table), rows);
        double[] p = new double[logit.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = LogisticRegression.sigmoid(logit[i]);
        }
        return p;
    }

    private static int[] splitColumn(int inputRows, ChurnData data, int[] devPos, int[] testPos, int[] fold) {
        int[] split = new int[inputRows];
        java.util.Arrays.fill(split, ChurnEvaluation.UNLABELLED);
        int[] dev = data.rowsAt(devPos);
        for (int k = 0; k < dev.length; k++) {
            split[dev[k]] = fold[k];
        }
        for (int r : data.rowsAt(testPos)) {
            split[r] = ChurnEvaluation.TEST;
        }
        return split;
    }
}
