package dev.clientele.churn;

import dev.clientele.features.BoundTable;

/**
 * The rows a learner is fitted on: a table bound to a pipeline fitted on (a superset-free subset of) these
 * rows, their labels and weights, and the designs of both views, built once on first use.
 */
final class TrainingRows {
    final BoundTable bound;
    final int[] rows;
    final int[] y;
    final double[] weights; // null = all 1
    final int threads;      // threads a learner may use
    private double[] linear;
    private float[] tree;

    TrainingRows(BoundTable bound, int[] rows, int[] y, double[] weights, int threads) {
        this.bound = bound;
        this.rows = rows;
        this.y = y;
        this.weights = weights;
        this.threads = threads;
    }

    int size() {
        return rows.length;
    }

    synchronized double[] linear() {
        if (linear == null) {
            linear = bound.linear(rows);
        }
        return linear;
    }

    synchronized float[] tree() {
        if (tree == null) {
            tree = bound.tree(rows);
        }
        return tree;
    }

    /** Weights for rows with a positive-class weight: {@code positiveWeight} for churners, 1 otherwise; null for 1. */
    static double[] weights(int[] y, double positiveWeight) {
        if (positiveWeight == 1) {
            return null;
        }
        double[] w = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            w[i] = y[i] == 1 ? positiveWeight : 1;
        }
        return w;
    }
}
