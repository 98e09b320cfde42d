package dev.clientele.churn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientele.bundle.BundleException;
import dev.clientele.bundle.Manifest;
import dev.clientele.bundle.ModelBundle;
import dev.clientele.data.Column;
import dev.clientele.data.DataFingerprint;
import dev.clientele.data.Table;
import dev.clientele.eval.ThresholdRule;
import dev.clientele.features.AutoFeature;
import dev.clientele.features.DerivedFeature;
import dev.clientele.features.FeaturePipeline;
import dev.clientele.features.FeatureSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Churn models as bundles ({@link ModelBundle}, kind {@value #KIND}). Files: {@code model.json} (labels, id
 * column, threshold and rule, components with their calibration (Platt {@code a, b} or the isotonic map's
 * thresholds {@code x} and values {@code y}) and, for logistic regression, the
 * coefficients by name), {@code pipeline.json} (fitted encoders, derived and automatic features),
 * {@code booster-N.ubj} (XGBoost models), {@code metrics.json} (the evaluation) and {@value #ROWS_FILE}
 * (which rows each reported metric came from).
 */
public final class ChurnBundle {
    public static final String KIND = "churn-model";
    public static final String ROWS_FILE = "evaluation_rows.csv";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ChurnBundle() {
    }

    /** A bundle read back: the model, its manifest and its {@code metrics.json}. */
    public record Loaded(ChurnModel model, Manifest manifest, JsonNode metrics) {
    }

    /** Writes a trained model with its evaluation; {@code raw} is the training table as read. */
    public static Manifest write(Path target, ChurnTrainer.Result result, Table raw, ChurnOptions options) {
        ChurnModel model = result.model();
        Map<String, byte[]> files = new LinkedHashMap<>();
        ObjectNode m = JSON.createObjectNode();
        m.put("format", 1);
        m.put("target", model.labels().column()).put("positive", model.labels().positive())
                .put("negative", model.labels().negative());
        m.put("idColumn", model.idColumn());
        m.put("algorithm", model.algorithm());
        m.put("thresholdRule", model.thresholdRule().label());
        m.put("threshold", model.threshold());
        ArrayNode comps = m.putArray("components");
        int k = 0;
        for (Component c : model.components()) {
            ObjectNode n = comps.addObject();
            n.put("algorithm", c.scorer().algorithm()).put("weight", c.weight());
            putCalibrator(n, c.calibrator());
            if (c.scorer() instanceof LinearScorer l) {
                n.put("C", l.c());
                n.put("intercept", l.coefficients()[0]);
                ObjectNode coef = n.putObject("coefficients");
                ObjectNode means = n.putObject("means");
                List<String> names = model.pipeline().linear().names();
                for (int j = 0; j < names.size(); j++) {
                    coef.put(names.get(j), l.coefficients()[j + 1]);
                    means.put(names.get(j), l.means()[j]);
                }
            } else {
                BoostedScorer b = (BoostedScorer) c.scorer();
                String file = "booster-" + (++k) + ".ubj";
                n.put("file", file).put("rounds", b.rounds()).put("depth", b.depth());
                files.put(file, b.modelBytes());
            }
        }
        files.put("model.json", bytes(m));
        files.put("pipeline.json", bytes(pipelineJson(model)));
        files.put("metrics.json", bytes(EvaluationJson.of(result.evaluation())));
        files.put(ROWS_FILE, rowsCsv(result.evaluation(), raw, model.idColumn()).getBytes(StandardCharsets.UTF_8));
        return ModelBundle.write(target, KIND, options.seed(), DataFingerprint.of(raw), options.toJson(),
                EvaluationJson.summary(result.evaluation()), model.pipeline().columns(), files);
    }

    /** Reads and verifies a churn bundle (directory or .zip). */
    public static Loaded read(Path location) {
        ModelBundle.Loaded b = ModelBundle.read(location, KIND);
        String where = location.toString();
        JsonNode m = b.json("model.json");
        JsonNode p = b.json("pipeline.json");
        FeaturePipeline pipeline = FeaturePipeline.fromJson(p.path("pipeline"));
        FeatureSpec spec = spec(p, where);
        ChurnLabels labels = new ChurnLabels(m.path("target").asText(), m.path("positive").asText(),
                m.path("negative").asText());
        List<Component> components = new ArrayList<>();
        for (JsonNode c : m.path("components")) {
            Calibrator calibrator = calibrator(c, where);
            Scorer scorer;
            if (c.path("algorithm").asText().equals("logistic")) {
                List<String> names = pipeline.linear().names();
                double[] coef = new double[names.size() + 1];
                double[] means = new double[names.size()];
                coef[0] = c.path("intercept").asDouble();
                for (int j = 0; j < names.size(); j++) {
                    JsonNode v = c.path("coefficients").get(names.get(j));
                    if (v == null) {
                        throw new BundleException(where, "model.json has no coefficient for '" + names.get(j) + "'");
                    }
                    coef[j + 1] = v.asDouble();
                    means[j] = c.path("means").path(names.get(j)).asDouble();
                }
                scorer = new LinearScorer(coef, means, c.path("C").asDouble());
            } else {
                scorer = BoostedScorer.load(b.file(c.path("file").asText()), c.path("rounds").asInt(),
                        c.path("depth").asInt(), where);
            }
            components.add(new Component(scorer, calibrator, c.path("weight").asDouble()));
        }
        if (components.isEmpty()) {
            throw new BundleException(where, "model.json lists no model components; retrain the model");
        }
        String id = m.path("idColumn").isNull() ? null : m.path("idColumn").asText(null);
        ChurnModel model = new ChurnModel(labels, id, spec, pipeline, components,
                ThresholdRule.parse(m.path("thresholdRule").asText()), m.path("threshold").asDouble());
        return new Loaded(model, b.manifest(), b.json("metrics.json"));
    }

    /** {@code "calibration": "platt", "platt": {"a", "b"}} or {@code "calibration": "isotonic", "isotonic": {"x", "y"}}. */
    private static void putCalibrator(ObjectNode n, Calibrator calibrator) {
        n.put("calibration", calibrator.method().label());
        if (calibrator instanceof Platt p) {
            n.putObject("platt").put("a", p.a()).put("b", p.b());
        } else if (calibrator instanceof Isotonic iso) {
            ObjectNode o = n.putObject("isotonic");
            ArrayNode x = o.putArray("x");
            ArrayNode y = o.putArray("y");
            for (double v : iso.x()) {
                x.add(v);
            }
            for (double v : iso.y()) {
                y.add(v);
            }
        }
    }

    /** The calibration of a component; bundles written before isotonic calibration existed have Platt's only. */
    private static Calibrator calibrator(JsonNode c, String where) {
        if (!c.has("isotonic")) {
            return new Platt(c.path("platt").path("a").asDouble(), c.path("platt").path("b").asDouble());
        }
        JsonNode x = c.path("isotonic").path("x");
        JsonNode y = c.path("isotonic").path("y");
        double[] xs = new double[x.size()];
        double[] ys = new double[y.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = x.get(i).asDouble(Double.NaN);
        }
        for (int i = 0; i < ys.length; i++) {
            ys[i] = y.get(i).asDouble(Double.NaN);
        }
        try {
            return new Isotonic(xs, ys);
        } catch (IllegalArgumentException e) {
            throw new BundleException(where, "model.json has an invalid isotonic calibration: " + e.getMessage()
                    + "; retrain the model");
        }
    }

    private static ObjectNode pipelineJson(ChurnModel model) {
        ObjectNode p = JSON.createObjectNode();
        ArrayNode derived = p.putArray("derived");
        for (DerivedFeature d : model.spec().derived()) {
            derived.addObject().put("name", d.name()).put("sql", d.sql());
        }
        p.set("automatic", JSON.valueToTree(model.spec().auto()));
        p.set("pipeline", model.pipeline().toJson());
        return p;
    }

    private static FeatureSpec spec(JsonNode p, String where) {
        try {
            List<DerivedFeature> derived = new ArrayList<>();
            for (JsonNode d : p.path("derived")) {
                derived.add(new DerivedFeature(d.path("name").asText(), d.path("sql").asText()));
            }
            List<AutoFeature> auto = new ArrayList<>();
            for (JsonNode a : p.path("automatic")) {
                auto.add(JSON.treeToValue(a, AutoFeature.class));
            }
            return new FeatureSpec(derived, auto);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BundleException(where, "pipeline.json has invalid features: " + e.getMessage());
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code row,[id,]split,fold}: per input row (1-based) cv with its fold, test, or unlabelled. */
    static String rowsCsv(ChurnEvaluation e, Table raw, String idColumn) {
        Column id = idColumn != null && raw.has(idColumn) ? raw.column(idColumn) : null;
        StringBuilder sb = new StringBuilder(id == null ? "row,split,fold\n" : "row," + csv(idColumn) + ",split,fold\n");
        int[] split = e.split();
        for (int i = 0; i < split.length; i++) {
            sb.append(i + 1).append(',');
            if (id != null) {
                String v = id.text(i);
                sb.append(v == null ? "" : csv(v)).append(',');
            }
            int s = split[i];
            sb.append(s >= 0 ? "cv," + (s + 1) : s == ChurnEvaluation.TEST ? "test," : "unlabelled,").append('\n');
        }
        return sb.toString();
    }

    private static String csv(String s) {
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
