package dev.clientele.churn;

import dev.clientele.Progress;
import dev.clientele.data.Table;
import dev.clientele.features.BoundTable;
import dev.clientele.features.FeatureOptions;
import dev.clientele.features.FeaturePipeline;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Stratified k-fold cross-validation over the development rows. For each fold the feature pipeline is
 * fitted on the other folds only (cached per table and input list, shared by all learners), the learner is
 * fitted (with its own inner choices and calibration) on those rows, and the held-out fold is scored: every
 * development row gets one out-of-fold calibrated log-odds.
 */
final class CrossValidation {
    private final int[] rows;   // development rows (table row indexes)
    private final int[] y;      // their labels
    private final int[] fold;   // their folds
    private final int folds;
    private final long seed;
    private final double positiveWeight;
    private final Progress progress;
    private final Map<String, BoundTable[]> pipelines = new HashMap<>();

    CrossValidation(int[] rows, int[] y, int folds, long seed, double positiveWeight, Progress progress) {
        this.rows = rows;
        this.y = y;
        this.folds = folds;
        this.seed = seed;
        this.positiveWeight = positiveWeight;
        this.progress = progress;
        this.fold = Splits.kFold(rows, y, folds, seed);
    }

    /** Out-of-fold results of one learner. */
    record Result(String learner, double[] logits, List<String> notes) {
    }

    int[] fold() {
        return fold.clone();
    }

    int folds() {
        return folds;
    }

    int[] y() {
        return y.clone();
    }

    /** Runs the learner over all folds. */
    Result run(Learner learner, Table table, List<String> inputs) {
        BoundTable[] bound = pipelines(table, inputs);
        double[] logits = new double[rows.length];
        String[] notes = new String[folds];
        // folds run in parallel, each learner single-threaded: coarse parallelism beats XGBoost's own
        // threads on small data, and every fold's result is independent of scheduling
        IntStream.range(0, folds).parallel().forEach(f -> {
            int[] trainPos = Splits.select(fold, f, false);
            int[] heldPos = Splits.select(fold, f, true);
            int[] yTrain = Splits.gather(y, trainPos);
            TrainingRows data = new TrainingRows(bound[f], Splits.gather(rows, trainPos), yTrain,
                    TrainingRows.weights(yTrain, resolveWeight(positiveWeight, yTrain)), 1);
            Fitted fitted = learner.fit(data, seed * 7919 + f);
            try {
                double[] m = fitted.scorer().margins(bound[f], Splits.gather(rows, heldPos));
                for (int k = 0; k < heldPos.length; k++) {
                    logits[heldPos[k]] = fitted.calibrator().logit(m[k]);
                }
            } finally {
                fitted.scorer().close();
            }
            notes[f] = fitted.note();
            progress.advance(1);
        });
        return new Result(learner.name(), logits, List.of(notes));
    }

    /** The pipelines of the folds, each fitted on its training rows only, bound to the table. */
    BoundTable[] pipelines(Table table, List<String> inputs) {
        String key = System.identityHashCode(table) + "|" + inputs;
        return pipelines.computeIfAbsent(key, k -> {
            BoundTable[] out = new BoundTable[folds];
            for (int f = 0; f < folds; f++) {
                int[] trainPos = Splits.select(fold, f, false);
                FeaturePipeline p = FeaturePipeline.fit(table, Splits.gather(rows, trainPos), Splits.gather(y, trainPos),
                        inputs, FeatureOptions.DEFAULTS);
                out[f] = p.bind(table);
            }
            return out;
        });
    }

    /** Reports a run answered from a cache as done (keeps the progress total exact). */
    void skip() {
        progress.advance(folds);
    }

    /** The churner weight: the given one, or negatives / positives for {@link ChurnOptions#BALANCED}. */
    static double resolveWeight(double positiveWeight, int[] y) {
        if (positiveWeight != ChurnOptions.BALANCED) {
            return positiveWeight;
        }
        int pos = 0;
        for (int v : y) {
            pos += v;
        }
        return pos == 0 ? 1 : (double) (y.length - pos) / pos;
    }
}
