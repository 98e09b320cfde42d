package dev.clientele.churn;

import java.util.Locale;

/**
 * Logistic regression with its penalty chosen by inner cross-validation: for each inner fold the
 * regularisation path over {@link #grid} is followed from the strongest penalty to the weakest (each fit
 * warm-started from the previous one); the {@code C} with the lowest held-out (weighted) log loss wins.
 * The held-out margins at that {@code C} fit the calibration; the final fit uses all rows.
 *
 * @param grid       values of {@code C = 1 / lambda}, ascending
 * @param innerFolds  inner folds, >= 2
 * @param calibration how the held-out margins become probabilities
 */
record LogisticLearner(double[] grid, int innerFolds, Calibration calibration) implements Learner {
    static final double[] DEFAULT_GRID = {0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};

    LogisticLearner {
        grid = grid.clone();
        if (grid.length == 0) {
            throw new IllegalArgumentException("grid must not be empty");
        }
        if (innerFolds < 2) {
            throw new IllegalArgumentException("innerFolds must be >= 2, got " + innerFolds);
        }
    }

    static LogisticLearner defaults() {
        return new LogisticLearner(DEFAULT_GRID, 3, Calibration.PLATT);
    }

    LogisticLearner withCalibration(Calibration c) {
        return new LogisticLearner(grid, innerFolds, c);
    }

    @Override
    public String name() {
        return "logistic";
    }

    @Override
    public Fitted fit(TrainingRows data, long seed) {
        double[] x = data.linear();
        int n = data.size();
        int p = data.bound.pipeline().linear().width();
        int[] positions = new int[n];
        for (int i = 0; i < n; i++) {
            positions[i] = i;
        }
        int[] fold = Splits.kFold(positions, data.y, innerFolds, seed);
        double[][] oof = new double[grid.length][n];
        java.util.stream.IntStream.range(0, innerFolds).parallel().forEach(f -> {
            int[] train = Splits.select(fold, f, false);
            int[] held = Splits.select(fold, f, true);
            SparseRows xt = SparseRows.of(rows(x, p, train), train.length, p);
            int[] yt = Splits.gather(data.y, train);
            double[] wt = data.weights == null ? null : gather(data.weights, train);
            double[] beta = null;
            for (int g = grid.length - 1; g >= 0; g--) {
                beta = LogisticRegression.fit(xt, yt, wt, 1 / grid[g], beta);
                for (int h : held) {
                    oof[g][h] = LogisticRegression.eta(x, h, p, beta);
                }
            }
        });
        int best = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (int g = 0; g < grid.length; g++) {
            double loss = logLoss(oof[g], data.y, data.weights);
            if (loss < bestLoss - 1e-12) {
                bestLoss = loss;
                best = g;
            }
        }
        double c = grid[best];
        double[] beta = LogisticRegression.fit(x, n, p, data.y, data.weights, 1 / c, null);
        LinearScorer scorer = new LinearScorer(beta, LinearScorer.columnMeans(x, n, p), c);
        String note = String.format(Locale.ROOT, "C=%s (inner %d-fold CV)", trim(c), innerFolds);
        return new Fitted(scorer, calibration.fit(oof[best], data.y), note);
    }

    static String trim(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static double[] rows(double[] x, int p, int[] rows) {
        double[] out = new double[rows.length * p];
        for (int k = 0; k < rows.length; k++) {
            System.arraycopy(x, rows[k] * p, out, k * p, p);
        }
        return out;
    }

    private static double[] gather(double[] v, int[] idx) {
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = v[idx[i]];
        }
        return out;
    }

    /** Mean (weighted) log loss of margins. */
    static double logLoss(double[] margins, int[] y, double[] w) {
        double s = 0;
        double total = 0;
        for (int i = 0; i < margins.length; i++) {
            double wi = w == null ? 1 : w[i];
            s += wi * (LogisticRegression.softplus(margins[i]) - y[i] * margins[i]);
            total += wi;
        }
        return s / total;
    }
}
