package dev.clientele.churn;

import dev.clientele.data.DataException;
import dev.clientele.features.BoundTable;
import dev.clientele.features.FeaturePipeline;
import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A fitted XGBoost booster on the pipeline's tree view, using its first {@link #rounds} boosting rounds
 * (the best round found by early stopping). Stored as XGBoost's UBJSON model ({@link #modelBytes}).
 */
final class BoostedScorer implements Scorer {
    private final Booster booster;
    private final byte[] modelBytes;
    private final int rounds;
    private final int depth;

    BoostedScorer(Booster booster, int rounds, int depth) {
        this.booster = booster;
        this.rounds = rounds;
        this.depth = depth;
        try {
            this.modelBytes = booster.toByteArray("ubj");
        } catch (XGBoostError e) {
            throw new IllegalStateException("cannot serialise the XGBoost model: " + e.getMessage(), e);
        }
    }

    /** Loads a booster saved with {@link #modelBytes()}. */
    static BoostedScorer load(byte[] ubj, int rounds, int depth, String where) {
        try {
            Booster b = XGBoost.loadModel(ubj);
            b.setParam("nthread", Runtime.getRuntime().availableProcessors());
            return new BoostedScorer(b, rounds, depth);
        } catch (XGBoostError | java.io.IOException e) {
            throw new DataException(where, 0, null, "the XGBoost model in the bundle cannot be loaded: " + e.getMessage());
        }
    }

    @Override
    public String algorithm() {
        return "gbm";
    }

    int rounds() {
        return rounds;
    }

    int depth() {
        return depth;
    }

    byte[] modelBytes() {
        return modelBytes.clone();
    }

    @Override
    public double[] margins(BoundTable bound, int[] rows) {
        int p = bound.pipeline().tree().width();
        float[] x = bound.tree(rows);
        try {
            float[][] pred = booster.inplace_predict(x, rows.length, p, Float.NaN, new int[] {0, rounds},
                    Booster.PredictionType.kMargin, null);
            double[] out = new double[rows.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = pred[i][0];
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
        }
    }

    /** Margins of a tree-view design (used during training, before a table is bound). */
    double[] margins(float[] x, int n, int p) {
        try {
            float[][] pred = booster.inplace_predict(x, n, p, Float.NaN, new int[] {0, rounds},
                    Booster.PredictionType.kMargin, null);
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = pred[i][0];
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
        }
    }

    @Override
    public double[] contributions(BoundTable bound, int[] rows) {
        FeaturePipeline pipe = bound.pipeline();
        int p = pipe.tree().width();
        int[] source = pipe.tree().source();
        int m = pipe.encoders().size();
        float[] x = bound.tree(rows);
        double[] out = new double[rows.length * m];
        DMatrix d = null;
        try {
            d = new DMatrix(x, rows.length, p, Float.NaN);
            float[][] shap = booster.predictContrib(d, rounds);
            for (int r = 0; r < rows.length; r++) {
                for (int j = 0; j < p; j++) {
                    out[r * m + source[j]] += shap[r][j];
                }
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost SHAP contributions failed: " + e.getMessage(), e);
        } finally {
            if (d != null) {
                d.dispose();
            }
        }
    }

    /**
     * Total gain per tree-view output ({@code total_gain}), 0 for outputs never split on. XGBoost is given
     * generated names {@code f0, f1, ...}: it rejects some characters in names, and null names crash it.
     */
    double[] totalGain(int width) {
        String[] names = new String[width];
        for (int j = 0; j < width; j++) {
            names[j] = "f" + j;
        }
        double[] gain = new double[width];
        try {
            Map<String, Double> score = new HashMap<>(booster.getScore(names, "total_gain"));
            for (int j = 0; j < width; j++) {
                gain[j] = score.getOrDefault(names[j], 0.0);
            }
            return gain;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost importance failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        booster.dispose();
    }
}
