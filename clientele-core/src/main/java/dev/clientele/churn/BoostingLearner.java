package dev.clientele.churn;

import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Gradient-boosted trees through XGBoost4J. A stratified share {@link BoostingParams#validation()} of the
 * training rows is held out: boosting stops when its log loss has not improved for
 * {@link BoostingParams#patience()} rounds, the best round is kept, and the held-out margins fit the
 * calibration. As with scikit-learn's HistGradientBoosting early stopping, the trees are grown on the
 * remaining rows only.
 *
 * @param params      booster settings
 * @param calibration how the held-out margins become probabilities
 */
record BoostingLearner(BoostingParams params, Calibration calibration) implements Learner {

    /** Platt-calibrated. */
    BoostingLearner(BoostingParams params) {
        this(params, Calibration.PLATT);
    }

    @Override
    public String name() {
        return params.maxDepth() == BoostingParams.DEFAULTS.maxDepth() ? "gbm" : "gbm(depth=" + params.maxDepth() + ")";
    }

    @Override
    public Fitted fit(TrainingRows data, long seed) {
        int p = data.bound.pipeline().tree().width();
        float[] x = data.tree();
        boolean[] held = Splits.holdOut(data.y, params.validation(), seed);
        int[] fitPos = Splits.positions(held, false);
        int[] valPos = Splits.positions(held, true);
        float[] xFit = rows(x, p, fitPos);
        float[] xVal = rows(x, p, valPos);
        int[] yVal = Splits.gather(data.y, valPos);
        DMatrix dFit = null;
        DMatrix dVal = null;
        try {
            dFit = matrix(xFit, fitPos, p, data);
            dVal = matrix(xVal, valPos, p, data);
            Booster booster = XGBoost.train(dFit, params.xgboost(seed, data.threads), 0, Map.of("val", dVal), null, null);
            int best = boost(booster, dFit, dVal);
            BoostedScorer scorer = new BoostedScorer(booster, best, params.maxDepth());
            double[] valMargins = scorer.margins(xVal, valPos.length, p);
            String note = "depth " + params.maxDepth() + ", " + best + " trees (early stopping on " + valPos.length + " rows)";
            return new Fitted(scorer, calibration.fit(valMargins, yVal), note);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
        } finally {
            if (dFit != null) {
                dFit.dispose();
            }
            if (dVal != null) {
                dVal.dispose();
            }
        }
    }

    /** Boosts round by round; returns the number of rounds with the best validation log loss. */
    private int boost(Booster booster, DMatrix dFit, DMatrix dVal) throws XGBoostError {
        DMatrix[] watch = {dVal};
        String[] names = {"val"};
        float[] metric = new float[1];
        double bestLoss = Double.POSITIVE_INFINITY;
        int best = 1;
        for (int iter = 0; iter < params.maxRounds(); iter++) {
            booster.update(dFit, iter);
            booster.evalSet(watch, names, iter, metric);
            if (metric[0] < bestLoss - 1e-7) {
                bestLoss = metric[0];
                best = iter + 1;
            } else if (iter + 1 - best >= params.patience()) {
                break;
            }
        }
        return best;
    }

    private static DMatrix matrix(float[] x, int[] pos, int p, TrainingRows data) throws XGBoostError {
        DMatrix d = new DMatrix(x, pos.length, p, Float.NaN);
        float[] label = new float[pos.length];
        for (int i = 0; i < pos.length; i++) {
            label[i] = data.y[pos[i]];
        }
        d.setLabel(label);
        if (data.weights != null) {
            float[] w = new float[pos.length];
            for (int i = 0; i < pos.length; i++) {
                w[i] = (float) data.weights[pos[i]];
            }
            d.setWeight(w);
        }
        return d;
    }

    private static float[] rows(float[] x, int p, int[] rows) {
        float[] out = new float[rows.length * p];
        for (int k = 0; k < rows.length; k++) {
            System.arraycopy(x, rows[k] * p, out, k * p, p);
        }
        return out;
    }
}
