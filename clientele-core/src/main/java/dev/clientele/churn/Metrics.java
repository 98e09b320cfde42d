package dev.clientele.churn;

import dev.clientele.eval.ClassificationMetrics;
import dev.clientele.eval.ConfusionMatrix;
import dev.clientele.features.Moments;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-fold metrics summarised as mean and standard deviation over folds.
 *
 * @param values metric name to value, in {@link #NAMES} order
 */
public record Metrics(Map<String, Double> values) {
    /** Metric names, in report order. */
    public static final List<String> NAMES = List.of("rocAuc", "prAuc", "logLoss", "brier", "accuracy", "precision",
            "recall", "f1");

    public Metrics {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** All metrics of probabilities {@code p} against labels {@code y} at a threshold. */
    public static Metrics of(int[] y, double[] p, double threshold) {
        ConfusionMatrix cm = ConfusionMatrix.at(y, p, threshold);
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("rocAuc", ClassificationMetrics.rocAuc(y, p));
        v.put("prAuc", ClassificationMetrics.prAuc(y, p));
        v.put("logLoss", ClassificationMetrics.logLoss(y, p));
        v.put("brier", ClassificationMetrics.brier(y, p));
        v.put("accuracy", cm.accuracy());
        v.put("precision", cm.precision());
        v.put("recall", cm.recall());
        v.put("f1", cm.f1());
        return new Metrics(v);
    }

    public double get(String name) {
        return values.get(name);
    }

    /** Mean over folds of each metric. */
    public static Metrics mean(List<Metrics> folds) {
        Map<String, Double> v = new LinkedHashMap<>();
        for (String n : NAMES) {
            v.put(n, folds.stream().mapToDouble(m -> m.get(n)).average().orElse(Double.NaN));
        }
        return new Metrics(v);
    }

    /** Population standard deviation over folds of each metric (as numpy.std, used by scikit-learn reports). */
    public static Metrics std(List<Metrics> folds) {
        Map<String, Double> v = new LinkedHashMap<>();
        for (String n : NAMES) {
            v.put(n, Moments.populationStd(folds.stream().mapToDouble(m -> m.get(n)).toArray()));
        }
        return new Metrics(v);
    }
}
