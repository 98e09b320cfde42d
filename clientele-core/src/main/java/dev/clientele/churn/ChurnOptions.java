package dev.clientele.churn;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientele.eval.ThresholdRule;
import dev.clientele.features.DerivedFeature;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@link ChurnTrainer} does.
 *
 * @param target         the churn column
 * @param positive       the label meaning churn, or null to recognise it (Yes, 1, True, Churned, ...)
 * @param id             the customer id column, not the target, or null to use the column inferred as an id (if
 *                       any); when given, other unique integer columns are features, not inferred ids
 * @param exclude        columns never used as features
 * @param algorithm      model family
 * @param folds          cross-validation folds, in [2, 20]
 * @param testFraction   share of labelled rows held out as a test split, in [0, 0.5]
 * @param seed           seed of every random choice (same seed, same model)
 * @param features       user-declared SQL features, names distinct ignoring case
 * @param threshold      how the decision threshold is chosen
 * @param positiveWeight weight of churners in the fit: a number > 0, or {@link #BALANCED} (negatives / positives)
 * @param refit          refit the final model on all labelled rows after evaluation
 * @param autoFeatures   try the generic automatic features and keep those that help
 * @param calibration    how out-of-sample margins become probabilities (Platt or isotonic), not null
 */
public record ChurnOptions(String target, String positive, String id, List<String> exclude, Algorithm algorithm,
                           int folds, double testFraction, long seed, List<DerivedFeature> features,
                           ThresholdRule threshold, double positiveWeight, boolean refit, boolean autoFeatures,
                           Calibration calibration) {
    /** {@link #positiveWeight} value meaning "negatives / positives". */
    public static final double BALANCED = -1;

    public ChurnOptions {
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("the target column must be given (--target)");
        }
        if (target.equalsIgnoreCase(id)) {
            throw new IllegalArgumentException("--id '" + id + "' is the target column; give the customer id column "
                    + "to --id, or leave --id out");
        }
        exclude = List.copyOf(exclude);
        features = List.copyOf(features);
        Set<String> names = new HashSet<>();
        for (DerivedFeature f : features) {
            // DuckDB names are case-insensitive: a second "a" would silently come back as "a_1"
            if (!names.add(f.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("--feature name '" + f.name() + "' is given twice (names are "
                        + "case-insensitive); give each derived feature its own name");
            }
        }
        if (folds < 2 || folds > 20) {
            throw new IllegalArgumentException("folds must be in [2, 20], got " + folds);
        }
        if (!(testFraction >= 0 && testFraction <= 0.5)) {
            throw new IllegalArgumentException("test fraction must be in [0, 0.5], got " + testFraction);
        }
        if (!(positiveWeight > 0) && positiveWeight != BALANCED) {
            throw new IllegalArgumentException("positive weight must be > 0 or 'balanced', got " + positiveWeight);
        }
        if (calibration == null) {
            throw new IllegalArgumentException("calibration must be given: platt or isotonic");
        }
    }

    /** Options with Platt calibration (the default). */
    public ChurnOptions(String target, String positive, String id, List<String> exclude, Algorithm algorithm,
                        int folds, double testFraction, long seed, List<DerivedFeature> features,
                        ThresholdRule threshold, double positiveWeight, boolean refit, boolean autoFeatures) {
        this(target, positive, id, exclude, algorithm, folds, testFraction, seed, features, threshold, positiveWeight,
                refit, autoFeatures, Calibration.PLATT);
    }

    /**
     * Defaults for a target: auto, 5 folds, 20% test, seed 42, threshold f1, no weighting, refit, automatic
     * features, Platt calibration.
     */
    public static ChurnOptions defaults(String target) {
        return new ChurnOptions(target, null, null, List.of(), Algorithm.AUTO, 5, 0.2, 42, List.of(),
                ThresholdRule.parse("f1"), 1, true, true);
    }

    public ChurnOptions withAlgorithm(Algorithm a) {
        return new ChurnOptions(target, positive, id, exclude, a, folds, testFraction, seed, features, threshold,
                positiveWeight, refit, autoFeatures, calibration);
    }

    public ChurnOptions withSeed(long s) {
        return new ChurnOptions(target, positive, id, exclude, algorithm, folds, testFraction, s, features, threshold,
                positiveWeight, refit, autoFeatures, calibration);
    }

    public ChurnOptions withTestFraction(double f) {
        return new ChurnOptions(target, positive, id, exclude, algorithm, folds, f, seed, features, threshold,
                positiveWeight, refit, autoFeatures, calibration);
    }

    public ChurnOptions withCalibration(Calibration c) {
        return new ChurnOptions(target, positive, id, exclude, algorithm, folds, testFraction, seed, features, threshold,
                positiveWeight, refit, autoFeatures, c);
    }

    /** Parses {@code balanced} or a finite number > 0; anything else is refused. */
    public static double parsePositiveWeight(String text) {
        if (text.strip().equalsIgnoreCase("balanced")) {
            return BALANCED;
        }
        double w;
        try {
            w = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            w = Double.NaN;
        }
        // -1 is the BALANCED sentinel: a typed "-1" must not silently mean "balanced"
        if (!(w > 0) || Double.isInfinite(w)) {
            throw new IllegalArgumentException("positive weight must be a number > 0 or 'balanced', got '" + text + "'");
        }
        return w;
    }

    /** Flat JSON of the options (as stored in the bundle manifest). */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("target", target);
        o.put("positive", positive);
        o.put("id", id);
        ArrayNode ex = o.putArray("exclude");
        exclude.forEach(ex::add);
        o.put("algorithm", algorithm.label());
        o.put("folds", folds);
        o.put("testFraction", testFraction);
        o.put("seed", seed);
        ArrayNode f = o.putArray("features");
        features.forEach(d -> f.add(d.toString()));
        o.put("threshold", threshold.label());
        if (positiveWeight == BALANCED) {
            o.put("positiveWeight", "balanced");
        } else {
            o.put("positiveWeight", positiveWeight);
        }
        o.put("refit", refit);
        o.put("autoFeatures", autoFeatures);
        o.put("calibration", calibration.label());
        return o;
    }
}
