package dev.clientele.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Every evaluation number of one set of binary predictions, as printed by {@code churn train/evaluate}
 * and written to {@code metrics.json}.
 *
 * @param rows         rows evaluated
 * @param positives    positive rows
 * @param rocAuc       area under the ROC curve
 * @param prAuc        average precision
 * @param logLoss      mean log loss
 * @param brier        Brier score
 * @param confusion    counts at the threshold
 * @param gains        lift and cumulative gains by decile
 * @param calibration  10-bin calibration table
 * @param roc          ROC curve points
 * @param pr           precision-recall curve points
 */
public record BinaryReport(int rows, long positives, double rocAuc, double prAuc, double logLoss, double brier,
                           ConfusionMatrix confusion, List<Gains.LiftRow> gains, List<Calibration.Bin> calibration,
                           Curves.Curve roc, Curves.Curve pr) {

    /** Computes the report; both classes must be present. */
    public static BinaryReport of(int[] y, double[] p, double threshold) {
        long pos = 0;
        for (int v : y) {
            pos += v;
        }
        return new BinaryReport(y.length, pos, ClassificationMetrics.rocAuc(y, p), ClassificationMetrics.prAuc(y, p),
                ClassificationMetrics.logLoss(y, p), ClassificationMetrics.brier(y, p), ConfusionMatrix.at(y, p, threshold),
                Gains.byDecile(y, p), Calibration.table(y, p, 10), Curves.roc(y, p), Curves.pr(y, p));
    }

    /** The report as JSON; NaN and infinite numbers become {@code null}. */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("rows", rows);
        o.put("positives", positives);
        put(o, "rocAuc", rocAuc);
        put(o, "prAuc", prAuc);
        put(o, "logLoss", logLoss);
        put(o, "brier", brier);
        put(o, "threshold", confusion.threshold());
        put(o, "accuracy", confusion.accuracy());
        put(o, "precision", confusion.precision());
        put(o, "recall", confusion.recall());
        put(o, "f1", confusion.f1());
        ObjectNode cm = o.putObject("confusion");
        cm.put("tp", confusion.tp()).put("fp", confusion.fp()).put("tn", confusion.tn()).put("fn", confusion.fn());
        ArrayNode g = o.putArray("gains");
        for (Gains.LiftRow r : gains) {
            ObjectNode row = g.addObject().put("decile", r.decile()).put("rows", r.rows()).put("positives", r.positives());
            put(row, "rate", r.rate());
            put(row, "lift", r.lift());
            put(row, "cumulativeGain", r.cumulativeGain());
        }
        ArrayNode c = o.putArray("calibration");
        for (Calibration.Bin b : calibration) {
            ObjectNode bin = c.addObject().put("lower", b.lower()).put("upper", b.upper()).put("rows", b.rows());
            put(bin, "meanPredicted", b.meanPredicted());
            put(bin, "observedRate", b.observedRate());
        }
        curve(o.putObject("roc"), "fpr", "tpr", roc);
        curve(o.putObject("pr"), "recall", "precision", pr);
        return o;
    }

    private static void curve(ObjectNode o, String xName, String yName, Curves.Curve c) {
        array(o.putArray(xName), c.x());
        array(o.putArray(yName), c.y());
        array(o.putArray("thresholds"), c.thresholds());
    }

    private static void array(ArrayNode a, double[] v) {
        for (double d : v) {
            if (Double.isFinite(d)) {
                a.add(d);
            } else {
                a.addNull();
            }
        }
    }

    /** Puts a number, or null when it is NaN or infinite (JSON has neither). */
    public static void put(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) {
            o.put(name, v);
        } else {
            o.putNull(name);
        }
    }
}
