package dev.clientele.segment;

import dev.clientele.features.Moments;

/**
 * The two O(n k d) silhouettes, from cluster means: the squared-Euclidean silhouette (the one Spark's
 * {@code ClusteringEvaluator} reports), exact through the identity
 * {@code sum_{j in l} |x_i - x_j|^2 = n_l |x_i - m_l|^2 + W_l} with {@code W_l} the scatter of cluster
 * {@code l} about its mean {@code m_l}; and the simplified silhouette, with a = distance to the own mean
 * and b = distance to the nearest other mean. Blocks combine in order: thread count does not matter.
 */
final class CentroidSilhouettes {
    private final Tiles x;
    private final int[] labels;
    private final int k;
    private final int blocks;
    final int[] size;
    final double[] means;

    CentroidSilhouettes(Tiles x, int[] labels, int k, Workers workers) {
        this.x = x;
        this.labels = labels;
        this.k = k;
        this.blocks = (x.count + KMeansPlusPlus.BLOCK_TILES - 1) / KMeansPlusPlus.BLOCK_TILES;
        this.size = new int[k];
        for (int l : labels) {
            size[l]++;
        }
        int d = x.d;
        double[][] partial = new double[blocks][k * d];
        workers.run(blocks, b -> forEachPoint(b, (t, r, i) -> x.addTo(i, 1, partial[b], labels[i] * d)));
        this.means = new double[k * d];
        for (double[] p : partial) {
            for (int q = 0; q < means.length; q++) {
                means[q] += p[q];
            }
        }
        for (int l = 0; l < k; l++) {
            for (int f = 0; f < d; f++) {
                means[l * d + f] /= Math.max(1, size[l]);
            }
        }
    }

    /** Squared-Euclidean silhouette of each point into {@code out}; returns the mean. */
    double squared(double[] out, Workers workers) {
        double[][] partial = new double[blocks][k];
        workers.run(blocks, b -> forEachPoint(b, (t, r, i) -> partial[b][labels[i]] += x.dist2(i, means, labels[i] * x.d)));
        double[] scatter = new double[k];
        for (double[] p : partial) {
            for (int l = 0; l < k; l++) {
                scatter[l] += p[l];
            }
        }
        workers.run(x.count, t -> {
            double[][] dist = new double[k][Tiles.ROWS];
            double[] sums = new double[k];
            x.dist2(t, means, 0, k, dist);
            for (int r = 0; r < x.rows(t); r++) {
                for (int l = 0; l < k; l++) {
                    sums[l] = size[l] * dist[l][r] + scatter[l];
                }
                int i = t * Tiles.ROWS + r;
                out[i] = Silhouette.score(sums, 0, size, labels[i], k);
            }
        });
        return Moments.mean(out);
    }

    /** Simplified (centroid) silhouette of each point into {@code out}; returns the mean. */
    double simplified(double[] out, Workers workers) {
        workers.run(x.count, t -> {
            double[][] dist = new double[k][Tiles.ROWS];
            x.dist2(t, means, 0, k, dist);
            for (int r = 0; r < x.rows(t); r++) {
                int i = t * Tiles.ROWS + r;
                int own = labels[i];
                double a = Math.sqrt(dist[own][r]);
                double b = Double.POSITIVE_INFINITY;
                for (int l = 0; l < k; l++) {
                    if (l != own && size[l] > 0) {
                        b = Math.min(b, Math.sqrt(dist[l][r]));
                    }
                }
                double m = Math.max(a, b);
                out[i] = size[own] <= 1 || !(m > 0) || !Double.isFinite(b) ? 0 : (b - a) / m;
            }
        });
        return Moments.mean(out);
    }

    private interface PointVisitor {
        void visit(int tile, int row, int index);
    }

    private void forEachPoint(int block, PointVisitor v) {
        int last = Math.min(x.count, (block + 1) * KMeansPlusPlus.BLOCK_TILES);
        for (int t = block * KMeansPlusPlus.BLOCK_TILES; t < last; t++) {
            for (int r = 0; r < x.rows(t); r++) {
                v.visit(t, r, t * Tiles.ROWS + r);
            }
        }
    }
}
