package dev.clientele.churn;

import dev.clientele.data.Table;
import dev.clientele.eval.ClassificationMetrics;
import dev.clientele.features.AutoFeature;
import dev.clientele.features.Moments;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Decisions taken on cross-validated scores: which automatic features to keep and which algorithm (or
 * blend) to use. Each learner's out-of-fold results are computed once per table and input list.
 */
final class Selection {
    /** A blend is chosen only when its mean CV ROC AUC beats the best single model by at least this much. */
    static final double BLEND_MIN_GAIN = 0.002;
    private final CrossValidation cv;
    private final Calibration calibration;
    private final Consumer<String> log;
    private final Map<String, CrossValidation.Result> cache = new HashMap<>();
    private final List<ChurnEvaluation.Candidate> candidates = new ArrayList<>();

    /** @param calibration the calibration of every learner tried, including for automatic features */
    Selection(CrossValidation cv, Calibration calibration, Consumer<String> log) {
        this.cv = cv;
        this.calibration = calibration;
        this.log = log;
    }

    /** The chosen algorithm: its learners (two for a blend) and out-of-fold log-odds. */
    record Choice(String name, List<Learner> learners, double[] logits, String reason) {
        double[] probabilities() {
            double[] p = new double[logits.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = LogisticRegression.sigmoid(logits[i]);
            }
            return p;
        }
    }

    List<ChurnEvaluation.Candidate> candidates() {
        return List.copyOf(candidates);
    }

    /**
     * Tries each generic automatic feature with the logistic model (greedily, in order), keeping those that
     * raise the mean CV ROC AUC by at least {@link ChurnTrainer#AUTO_FEATURE_GAIN}.
     *
     * @return the table with the kept features added; {@code inputs} and {@code kept} are extended
     */
    Table autoFeatures(Table table, List<String> inputs, List<ChurnEvaluation.AutoDecision> decisions,
                       List<AutoFeature> kept) {
        Learner logistic = LogisticLearner.defaults().withCalibration(calibration);
        List<String> current = new ArrayList<>(inputs);
        double base = meanAuc(run(logistic, table, current).logits());
        Table t = table;
        for (AutoFeature f : AutoFeature.candidates(table, inputs)) {
            Table withF = t.with(f.compute(t));
            List<String> in = new ArrayList<>(current);
            in.add(f.name());
            double auc = meanAuc(run(logistic, withF, in).logits());
            boolean keep = auc - base >= ChurnTrainer.AUTO_FEATURE_GAIN;
            decisions.add(new ChurnEvaluation.AutoDecision(f.name(), f.kind(), f.columns(), base, auc, keep));
            log.accept(String.format(Locale.ROOT, "automatic feature %s (%s of %d columns): CV ROC AUC %.4f -> %.4f, %s",
                    f.name(), f.kind(), f.columns().size(), base, auc, keep ? "kept" : "not kept (gain < "
                            + ChurnTrainer.AUTO_FEATURE_GAIN + ")"));
            if (keep) {
                t = withF;
                current = in;
                kept.add(f);
                base = auc;
            }
        }
        return t;
    }

    /** Cross-validates each learner (and, when asked, the equal-weight blend of the best two families). */
    Choice choose(List<Learner> learners, Table table, List<String> inputs, boolean blend) {
        List<Choice> options = new ArrayList<>();
        for (Learner l : learners) {
            CrossValidation.Result r = run(l, table, inputs);
            options.add(new Choice(l.name(), List.of(l), r.logits(), null));
            record(l.name(), r.logits(), summarise(r.notes()));
        }
        if (blend && learners.size() >= 2) {
            double[] a = options.get(0).logits();
            double[] b = options.get(1).logits();
            double[] mix = new double[a.length];
            for (int i = 0; i < mix.length; i++) {
                mix[i] = 0.5 * (a[i] + b[i]);
            }
            String name = "blend";
            options.add(new Choice(name, List.of(learners.get(0), learners.get(1)), mix, null));
            record(name, mix, "mean of the calibrated log-odds of " + learners.get(0).name() + " and " + learners.get(1).name());
        }
        int singles = learners.size();
        int best = 0;
        for (int k = 1; k < singles; k++) {
            if (candidates.get(k).rocAuc() > candidates.get(best).rocAuc()) {
                best = k;
            }
        }
        boolean blendWins = options.size() > singles
                && candidates.get(singles).rocAuc() >= candidates.get(best).rocAuc() + BLEND_MIN_GAIN;
        String reason;
        if (options.size() == 1) {
            reason = options.get(0).name() + " as requested (CV ROC AUC " + fmt(candidates.get(0).rocAuc()) + ")";
        } else {
            StringBuilder all = new StringBuilder();
            for (ChurnEvaluation.Candidate k : candidates.subList(0, singles)) {
                all.append(all.length() == 0 ? "" : ", ").append(k.name()).append(' ').append(fmt(k.rocAuc()));
            }
            String top = options.get(best).name();
            reason = top + " has the highest mean CV ROC AUC of the single models (" + all + ")";
            if (options.size() > singles) {
                double gain = candidates.get(singles).rocAuc() - candidates.get(best).rocAuc();
                reason = blendWins
                        ? "blend: mean CV ROC AUC " + fmt(candidates.get(singles).rocAuc()) + ", " + String.format(Locale.ROOT,
                        "%+.4f", gain) + " over " + top + ", the best single model (" + all + ")"
                        : reason + "; the blend (" + fmt(candidates.get(singles).rocAuc()) + ") would need +"
                        + BLEND_MIN_GAIN + " over it to pay for its complexity";
            }
        }
        Choice c = options.get(blendWins ? singles : best);
        log.accept("chose " + reason);
        return new Choice(c.name(), c.learners(), c.logits(), reason);
    }

    /** Metrics of each fold at a threshold. */
    List<Metrics> perFold(double[] p, double threshold) {
        int[] fold = cv.fold();
        int[] y = cv.y();
        List<Metrics> out = new ArrayList<>();
        for (int f = 0; f < cv.folds(); f++) {
            int[] pos = Splits.select(fold, f, true);
            double[] pf = new double[pos.length];
            for (int k = 0; k < pos.length; k++) {
                pf[k] = p[pos[k]];
            }
            out.add(Metrics.of(Splits.gather(y, pos), pf, threshold));
        }
        return out;
    }

    private CrossValidation.Result run(Learner l, Table table, List<String> inputs) {
        // the calibration is part of the key: the same learner calibrated otherwise gives other out-of-fold log-odds
        String key = l.name() + "|" + l.calibration() + "|" + System.identityHashCode(table) + "|" + inputs;
        CrossValidation.Result known = cache.get(key);
        if (known != null) {
            cv.skip();
            return known;
        }
        CrossValidation.Result r = cv.run(l, table, inputs);
        cache.put(key, r);
        return r;
    }

    private void record(String name, double[] logits, String note) {
        double[] aucs = foldAucs(logits);
        double mean = 0;
        for (double a : aucs) {
            mean += a;
        }
        mean /= aucs.length;
        candidates.add(new ChurnEvaluation.Candidate(name, mean, Moments.populationStd(aucs), note));
        log.accept(String.format(Locale.ROOT, "%-9s CV ROC AUC %.4f +- %.4f  (%s)", name, mean, Moments.populationStd(aucs), note));
    }

    /** Mean over folds of the ROC AUC of out-of-fold log-odds (ROC AUC depends only on their order). */
    double meanAuc(double[] logits) {
        double s = 0;
        for (double a : foldAucs(logits)) {
            s += a;
        }
        return s / cv.folds();
    }

    private double[] foldAucs(double[] logits) {
        int[] fold = cv.fold();
        int[] y = cv.y();
        double[] aucs = new double[cv.folds()];
        for (int f = 0; f < aucs.length; f++) {
            int[] pos = Splits.select(fold, f, true);
            double[] s = new double[pos.length];
            for (int k = 0; k < pos.length; k++) {
                s[k] = logits[pos[k]];
            }
            aucs[f] = ClassificationMetrics.rocAuc(Splits.gather(y, pos), s);
        }
        return aucs;
    }

    private static String summarise(List<String> notes) {
        return String.join("; ", new LinkedHashSet<>(notes));
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
