package dev.clientele.segment;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Greedy k-means++ seeding (Arthur &amp; Vassilvitskii 2007; greedy variant of scikit-learn's
 * {@code _kmeans_plusplus}): the first centre is a uniformly drawn point; each further centre is the
 * best, by the resulting potential (sum of squared distances to the nearest centre), of
 * {@code 2 + floor(ln k)} candidates drawn with probability proportional to that squared distance.
 *
 * <p>One pass over the data per centre: the pass for centre {@code m} folds centre {@code m - 1} into
 * the nearest-centre distances and, in the same sweep, computes each candidate's potential per tile.
 * Drawing a candidate needs only the per-tile potentials of the chosen centre plus one tile rescanned,
 * so no per-candidate distance array is stored. Tiles are fixed row ranges and their sums are added in
 * tile order: the centres do not depend on the number of threads.
 */
final class KMeansPlusPlus {
    /** Tiles per block (4,096 rows): the unit of work and of partial sums. */
    static final int BLOCK_TILES = 16;

    private final Tiles x;
    private final Workers workers;
    private final int blocks;
    private final double[] closest;

    KMeansPlusPlus(Tiles x, Workers workers) {
        this.x = x;
        this.workers = workers;
        this.blocks = (x.count + BLOCK_TILES - 1) / BLOCK_TILES;
        this.closest = new double[x.n];
    }

    /** Number of candidates per step, as scikit-learn: {@code 2 + floor(ln k)}. */
    static int trials(int k) {
        return 2 + (int) Math.log(k);
    }

    /** Row-major {@code k * d} initial centres, all of them data points. */
    double[] centres(int k, SplittableRandom rnd) {
        int d = x.d;
        int trials = trials(k);
        double[] centres = new double[k * d];
        x.copy(rnd.nextInt(x.n), centres, 0);
        Arrays.fill(closest, Double.POSITIVE_INFINITY);
        double[] pending = Arrays.copyOf(centres, d);
        double[][] potentials = pass(pending, new double[0], 0);
        double[] weights = column(potentials, 0);
        double[] candidates = new double[trials * d];
        int[] ids = new int[trials];
        for (int m = 1; m < k; m++) {
            double pot = sum(weights);
            for (int t = 0; t < trials; t++) {
                ids[t] = pot > 0 ? locate(weights, pending, rnd.nextDouble() * pot) : rnd.nextInt(x.n);
                x.copy(ids[t], candidates, t * d);
            }
            potentials = pass(pending, candidates, trials);
            int best = 0;
            double bestPot = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                double p = sum(column(potentials, t + 1));
                if (p < bestPot) {
                    bestPot = p;
                    best = t;
                }
            }
            System.arraycopy(candidates, best * d, centres, m * d, d);
            System.arraycopy(candidates, best * d, pending, 0, d);
            weights = column(potentials, best + 1);
        }
        return centres;
    }

    /**
     * One sweep: folds {@code pending} into {@link #closest} and sums, per tile, the folded distances
     * (column 0) and, for each candidate, the distances it would leave (columns 1..count).
     */
    private double[][] pass(double[] pending, double[] candidates, int count) {
        double[][] pot = new double[x.count][count + 1];
        double[] centres = new double[(count + 1) * x.d];
        System.arraycopy(pending, 0, centres, 0, x.d);
        System.arraycopy(candidates, 0, centres, x.d, count * x.d);
        workers.run(blocks, b -> {
            double[][] dist = new double[count + 1][Tiles.ROWS];
            double[] cl = new double[Tiles.ROWS];
            int lastTile = Math.min(x.count, (b + 1) * BLOCK_TILES);
            for (int t = b * BLOCK_TILES; t < lastTile; t++) {
                x.dist2(t, centres, 0, count + 1, dist);
                int rows = x.rows(t);
                int base = t * Tiles.ROWS;
                System.arraycopy(closest, base, cl, 0, rows);
                double[] folded = dist[0];
                for (int r = 0; r < rows; r++) {
                    cl[r] = Math.min(cl[r], folded[r]);
                }
                System.arraycopy(cl, 0, closest, base, rows);
                pot[t][0] = sumOfMin(cl, cl, rows);
                for (int q = 1; q <= count; q++) {
                    pot[t][q] = sumOfMin(cl, dist[q], rows);
                }
            }
        });
        return pot;
    }

    /** {@code sum_r min(a[r], b[r])} over the first {@code rows}, four running sums (latency, not order). */
    private static double sumOfMin(double[] a, double[] b, int rows) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int r = 0;
        for (; r + 3 < rows; r += 4) {
            s0 += Math.min(a[r], b[r]);
            s1 += Math.min(a[r + 1], b[r + 1]);
            s2 += Math.min(a[r + 2], b[r + 2]);
            s3 += Math.min(a[r + 3], b[r + 3]);
        }
        for (; r < rows; r++) {
            s0 += Math.min(a[r], b[r]);
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * The point where the running weight passes {@code target}, the weight of point {@code i} being
     * {@code min(closest[i], |x_i - pending|^2)}: tiles in order by their sums from {@link #pass}, then
     * rows in order within the tile (the last point of positive weight there if rounding leaves the
     * target just beyond the rows' running sum).
     */
    private int locate(double[] tileWeights, double[] pending, double target) {
        int t = 0;
        double before = 0;
        while (t < x.count && !(before + tileWeights[t] > target)) {
            before += tileWeights[t];
            t++;
        }
        double residual = target - before;
        if (t == x.count) {
            // rounding put the target past the total: take the last point of positive weight
            t = x.count - 1;
            while (t > 0 && !(tileWeights[t] > 0)) {
                t--;
            }
            residual = Double.POSITIVE_INFINITY;
        }
        double acc = 0;
        int lastPositive = t * Tiles.ROWS;
        for (int i = t * Tiles.ROWS; i < t * Tiles.ROWS + x.rows(t); i++) {
            double w = Math.min(closest[i], x.dist2(i, pending, 0));
            acc += w;
            if (w > 0) {
                lastPositive = i;
                if (acc > residual) {
                    return i;
                }
            }
        }
        return lastPositive;
    }

    private static double[] column(double[][] m, int c) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i][c];
        }
        return out;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double a : v) {
            s += a;
        }
        return s;
    }
}
