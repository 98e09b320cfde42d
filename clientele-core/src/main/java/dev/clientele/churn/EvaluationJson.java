package dev.clientele.churn;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientele.eval.BinaryReport;

/** {@code metrics.json}: a {@link ChurnEvaluation} as JSON (schema in the README, "Churn metrics.json"). */
final class EvaluationJson {
    static final int FORMAT = 1;

    private EvaluationJson() {
    }

    static ObjectNode of(ChurnEvaluation e) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("format", FORMAT);
        ObjectNode target = o.putObject("target");
        target.put("column", e.labels().column()).put("positive", e.labels().positive()).put("negative", e.labels().negative());
        ObjectNode rows = o.putObject("rows");
        rows.put("input", e.inputRows());
        rows.put("crossValidation", e.cvRows());
        rows.put("test", e.testRows());
        rows.put("unlabelled", e.inputRows() - e.cvRows() - e.testRows());
        rows.put("finalModel", e.finalRows());
        rows.put("refit", e.refit());
        rows.put("assignment", ChurnBundle.ROWS_FILE);
        ObjectNode alg = o.putObject("algorithm");
        alg.put("chosen", e.chosen());
        alg.put("reason", e.reason());
        alg.put("calibration", e.calibration());
        ArrayNode cands = alg.putArray("candidates");
        for (ChurnEvaluation.Candidate c : e.candidates()) {
            ObjectNode n = cands.addObject().put("name", c.name());
            BinaryReport.put(n, "rocAuc", c.rocAuc());
            BinaryReport.put(n, "rocAucStd", c.rocAucStd());
            n.put("note", c.note());
        }
        ObjectNode feats = o.putObject("features");
        ArrayNode in = feats.putArray("inputs");
        e.inputs().forEach(in::add);
        ArrayNode dropped = feats.putArray("dropped");
        e.dropped().forEach(dropped::add);
        ArrayNode auto = feats.putArray("automatic");
        for (ChurnEvaluation.AutoDecision d : e.autoFeatures()) {
            ObjectNode n = auto.addObject().put("name", d.name()).put("kind", d.kind());
            ArrayNode cols = n.putArray("columns");
            d.columns().forEach(cols::add);
            BinaryReport.put(n, "rocAucWithout", d.rocAucWithout());
            BinaryReport.put(n, "rocAucWith", d.rocAucWith());
            n.put("kept", d.kept());
        }
        ObjectNode thr = o.putObject("threshold");
        thr.put("rule", e.thresholdRule());
        BinaryReport.put(thr, "value", e.threshold());
        thr.put("chosenOn", "out-of-fold cross-validation predictions");
        ObjectNode cv = o.putObject("crossValidation");
        cv.put("folds", e.folds());
        cv.set("mean", metrics(e.cvMean()));
        cv.set("std", metrics(e.cvStd()));
        ArrayNode folds = cv.putArray("perFold");
        e.perFold().forEach(m -> folds.add(metrics(m)));
        cv.set("pooled", e.pooled().toJson());
        if (e.test() != null) {
            o.set("test", e.test().toJson());
        } else {
            o.putNull("test");
        }
        ArrayNode imp = o.putArray("importance");
        for (ChurnEvaluation.Importance i : e.importance()) {
            ObjectNode n = imp.addObject().put("column", i.column());
            BinaryReport.put(n, "meanAbsContribution", i.meanAbsContribution());
            BinaryReport.put(n, "gainShare", i.gainShare());
        }
        BinaryReport.put(o, "seconds", e.seconds());
        return o;
    }

    static ObjectNode metrics(Metrics m) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        m.values().forEach((k, v) -> BinaryReport.put(o, k, v));
        return o;
    }

    /** The short summary stored in the bundle manifest. */
    static ObjectNode summary(ChurnEvaluation e) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("algorithm", e.chosen());
        BinaryReport.put(o, "cvRocAuc", e.cvMean().get("rocAuc"));
        BinaryReport.put(o, "cvRocAucStd", e.cvStd().get("rocAuc"));
        if (e.test() != null) {
            BinaryReport.put(o, "testRocAuc", e.test().rocAuc());
        }
        o.put("thresholdRule", e.thresholdRule());
        BinaryReport.put(o, "threshold", e.threshold());
        o.put("cvRows", e.cvRows());
        o.put("testRows", e.testRows());
        o.put("finalModelRows", e.finalRows());
        return o;
    }
}
