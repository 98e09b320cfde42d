package dev.clientele.cli;

import dev.clientele.churn.Assessment;
import dev.clientele.churn.ChurnEvaluation;
import dev.clientele.churn.Metrics;
import dev.clientele.eval.BinaryReport;
import dev.clientele.eval.Calibration;
import dev.clientele.eval.ConfusionMatrix;
import dev.clientele.eval.Gains;
import dev.clientele.eval.ThresholdRule;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plain-text renderings of churn evaluations for the terminal. */
final class ChurnReport {
    private static final Map<String, String> LABELS = Map.of("rocAuc", "ROC AUC", "prAuc", "PR AUC", "logLoss",
            "log loss", "brier", "Brier", "accuracy", "accuracy", "precision", "precision", "recall", "recall", "f1", "F1");

    private ChurnReport() {
    }

    /** Candidates, choice, metrics, confusion, gains, calibration and drivers of a training run. */
    static String training(ChurnEvaluation e) {
        StringBuilder sb = new StringBuilder();
        sb.append("target ").append(e.labels().column()).append(" (churn = '").append(e.labels().positive())
                .append("'); ").append(String.join(", ", e.dropped().isEmpty() ? List.of("no columns left out")
                        : List.of("left out: " + String.join(", ", e.dropped())))).append('\n');
        for (ChurnEvaluation.AutoDecision d : e.autoFeatures()) {
            sb.append(String.format(Locale.ROOT, "automatic feature %s (%s of %d columns): CV ROC AUC %.4f -> %.4f, %s%n",
                    d.name(), d.kind(), d.columns().size(), d.rocAucWithout(), d.rocAucWith(), d.kept() ? "kept" : "not kept"));
        }
        TextTable cands = new TextTable("algorithm", "CV ROC AUC", "+-", "inside each fold").alignRight(1, 2);
        for (ChurnEvaluation.Candidate c : e.candidates()) {
            cands.add(c.name(), f4(c.rocAuc()), f4(c.rocAucStd()), shorten(c.note(), 90));
        }
        sb.append('\n').append(cands.render());
        sb.append("chosen: ").append(e.reason()).append('\n');
        sb.append('\n').append(String.format(Locale.ROOT, "%d-fold stratified CV on %,d rows", e.folds(), e.cvRows()));
        if (e.test() != null) {
            sb.append(String.format(Locale.ROOT, "; test split %,d rows", e.testRows()));
        }
        boolean fixed = ThresholdRule.parse(e.thresholdRule()).kind() == ThresholdRule.Kind.FIXED;
        sb.append(String.format(Locale.ROOT, "; threshold %.3f (%s)%n", e.threshold(),
                fixed ? "fixed" : e.thresholdRule() + ", chosen on out-of-fold predictions"));
        sb.append(metrics(e.cvMean(), e.cvStd(), e.test()));
        BinaryReport shown = e.test() != null ? e.test() : e.pooled();
        String where = e.test() != null ? "test split" : "out-of-fold CV predictions";
        sb.append('\n').append(details(shown, where));
        sb.append('\n').append(drivers(e.importance(), 8));
        sb.append(String.format(Locale.ROOT, "final model: %s, %s-calibrated, fitted on %,d rows%s (%.1f s)%n", e.chosen(),
                e.calibration(), e.finalRows(), e.refit() ? " (refitted on all labelled rows after evaluation)" : "", e.seconds()));
        return sb.toString();
    }

    /** Metrics of a model on new labelled data. */
    static String assessment(Assessment a, String thresholdRule) {
        BinaryReport r = a.report();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%,d labelled rows (%,d churners)", r.rows(), r.positives()));
        if (a.missingTarget() > 0) {
            sb.append(String.format(Locale.ROOT, "; %,d rows without a target value skipped", a.missingTarget()));
        }
        sb.append(String.format(Locale.ROOT, "; threshold %.3f (%s)%n", r.confusion().threshold(), thresholdRule));
        TextTable t = new TextTable("metric", "value").alignRight(1);
        for (String n : Metrics.NAMES) {
            t.add(LABELS.get(n), f4(value(r, n)));
        }
        sb.append(t.render()).append('\n').append(details(r, "this data"));
        return sb.toString();
    }

    static String metrics(Metrics mean, Metrics std, BinaryReport test) {
        TextTable t = test == null ? new TextTable("metric", "CV mean", "CV std").alignRight(1, 2)
                : new TextTable("metric", "CV mean", "CV std", "test").alignRight(1, 2, 3);
        for (String n : Metrics.NAMES) {
            if (test == null) {
                t.add(LABELS.get(n), f4(mean.get(n)), f4(std.get(n)));
            } else {
                t.add(LABELS.get(n), f4(mean.get(n)), f4(std.get(n)), f4(value(test, n)));
            }
        }
        return t.render();
    }

    /** Confusion matrix, lift by decile and calibration table. */
    static String details(BinaryReport r, String where) {
        ConfusionMatrix cm = r.confusion();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "confusion (%s): %d churners caught, %d missed; %d false alarms, %d correctly "
                + "left alone%n", where, cm.tp(), cm.fn(), cm.fp(), cm.tn()));
        TextTable g = new TextTable("decile", "rows", "churners", "rate", "lift", "cum. gain").alignRight(0, 1, 2, 3, 4, 5);
        for (Gains.LiftRow row : r.gains()) {
            g.add(row.decile(), row.rows(), row.positives(), pct(row.rate()), f2(row.lift()), pct(row.cumulativeGain()));
        }
        sb.append("\nlift and gains by decile (").append(where).append(")\n").append(g.render());
        TextTable c = new TextTable("predicted", "rows", "mean predicted", "observed").alignRight(1, 2, 3);
        for (Calibration.Bin b : r.calibration()) {
            if (b.rows() > 0) {
                c.add(String.format(Locale.ROOT, "%.1f-%.1f", b.lower(), b.upper()), b.rows(), pct(b.meanPredicted()),
                        pct(b.observedRate()));
            }
        }
        sb.append("\ncalibration (").append(where).append(")\n").append(c.render());
        return sb.toString();
    }

    static String drivers(List<ChurnEvaluation.Importance> importance, int top) {
        boolean gain = !importance.isEmpty() && !Double.isNaN(importance.get(0).gainShare());
        TextTable t = gain ? new TextTable("driver", "mean |contribution|", "gain share").alignRight(1, 2)
                : new TextTable("driver", "mean |contribution|").alignRight(1);
        for (ChurnEvaluation.Importance i : importance.subList(0, Math.min(top, importance.size()))) {
            if (gain) {
                t.add(i.column(), f4(i.meanAbsContribution()), pct(i.gainShare()));
            } else {
                t.add(i.column(), f4(i.meanAbsContribution()));
            }
        }
        return "top churn drivers (log-odds)\n" + t.render();
    }

    private static double value(BinaryReport r, String name) {
        return switch (name) {
            case "rocAuc" -> r.rocAuc();
            case "prAuc" -> r.prAuc();
            case "logLoss" -> r.logLoss();
            case "brier" -> r.brier();
            case "accuracy" -> r.confusion().accuracy();
            case "precision" -> r.confusion().precision();
            case "recall" -> r.confusion().recall();
            default -> r.confusion().f1();
        };
    }

    static String f4(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
