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
 * so no per-candidate distance array is stored. Several seedings (the restarts of a fit) share each pass,
 * so the data is read once per step for all of them; each seeding keeps its own random stream and gets
 * exactly the centres it would get alone. Tiles are fixed row ranges and their sums are added in tile
 * order: the centres do not depend on the number of threads.
 */
final class KMeansPlusPlus {
    /** Tiles per block (4,096 rows): the unit of work and of partial sums. */
    static final int BLOCK_TILES = 16;

    private final Tiles x;
    private final Workers workers;
    private final int blocks;

    KMeansPlusPlus(Tiles x, Workers workers) {
        this.x = x;
        this.workers = workers;
        this.blocks = (x.count + BLOCK_TILES - 1) / BLOCK_TILES;
    }

    /** Number of candidates per step, as scikit-learn: {@code 2 + floor(ln k)}. */
    static int trials(int k) {
        return 2 + (int) Math.log(k);
    }

    /** One seeding in progress. */
    private final class Run {
        final SplittableRandom rnd;
        final double[] centres;
        final double[] closest = new double[x.n];
        /** The last chosen centre, then the candidates of the step (row-major). */
        final double[] probes;
        double[] weights;

        Run(SplittableRandom rnd, int k, int trials) {
            this.rnd = rnd;
            this.centres = new double[k * x.d];
            this.probes = new double[(1 + trials) * x.d];
            Arrays.fill(closest, Double.POSITIVE_INFINITY);
        }
    }

    /** Row-major {@code k * d} initial centres, all of them data points. */
    double[] centres(int k, SplittableRandom rnd) {
        return centres(k, new SplittableRandom[] {rnd})[0];
    }

    /** Initial centres for each random stream, as {@link #centres(int, SplittableRandom)} gives them one by one. */
    double[][] centres(int k, SplittableRandom[] rnds) {
        int d = x.d;
        int trials = trials(k);
        Run[] runs = new Run[rnds.length];
        for (int q = 0; q < runs.length; q++) {
            runs[q] = new Run(rnds[q], k, trials);
            x.copy(runs[q].rnd.nextInt(x.n), runs[q].centres, 0);
            System.arraycopy(runs[q].centres, 0, runs[q].probes, 0, d);
        }
        double[][][] potentials = pass(runs, 0);
        for (int q = 0; q < runs.length; q++) {
            runs[q].weights = column(potentials[q], 0);
        }
        for (int m = 1; m < k; m++) {
            for (Run run : runs) {
                double pot = sum(run.weights);
                for (int t = 0; t < trials; t++) {
                    int id = pot > 0 ? locate(run, run.rnd.nextDouble() * pot) : run.rnd.nextInt(x.n);
                    x.copy(id, run.probes, (1 + t) * d);
                }
            }
            potentials = pass(runs, trials);
            for (int q = 0; q < runs.length; q++) {
                Run run = runs[q];
                int best = 0;
                double bestPot = Double.POSITIVE_INFINITY;
                for (int t = 0; t < trials; t++) {
                    double p = sum(column(potentials[q], t + 1));
                    if (p < bestPot) {
                        bestPot = p;
                        best = t;
                    }
                }
                System.arraycopy(run.probes, (1 + best) * d, run.centres, m * d, d);
                System.arraycopy(run.probes, (1 + best) * d, run.probes, 0, d);
                run.weights = column(potentials[q], best + 1);
            }
        }
        double[][] out = new double[runs.length][];
        for (int q = 0; q < runs.length; q++) {
            out[q] = runs[q].centres;
        }
        return out;
    }

    /**
     * One sweep: for every run, folds its last centre into its nearest-centre distances and sums, per
     * tile, the folded distances (column 0) and, for each of its {@code count} candidates, the distances
     * that candidate would leave (columns 1..count). Each tile is read once for all runs.
     */
    private double[][][] pass(Run[] runs, int count) {
        double[][][] pot = new double[runs.length][x.count][count + 1];
        workers.run(blocks, b -> {
            double[][] dist = new double[count + 1][Tiles.ROWS];
            double[] cl = new double[Tiles.ROWS];
            int lastTile = Math.min(x.count, (b + 1) * BLOCK_TILES);
            for (int t = b * BLOCK_TILES; t < lastTile; t++) {
                int rows = x.rows(t);
                int base = t * Tiles.ROWS;
                for (int q = 0; q < runs.length; q++) {
                    double[] closest = runs[q].closest;
                    x.dist2(t, runs[q].probes, 0, count + 1, dist);
                    System.arraycopy(closest, base, cl, 0, rows);
                    double[] folded = dist[0];
                    for (int r = 0; r < rows; r++) {
                        cl[r] = Math.min(cl[r], folded[r]);
                    }
                    System.arraycopy(cl, 0, closest, base, rows);
                    double[] p = pot[q][t];
                    p[0] = sumOfMin(cl, cl, rows);
                    for (int c = 1; c <= count; c++) {
                        p[c] = sumOfMin(cl, dist[c], rows);
                    }
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
     * {@code min(closest[i], |x_i - last centre|^2)}: tiles in order by their sums from {@link #pass},
     * then rows in order within the tile (the last point of positive weight there if rounding leaves the
     * target just beyond the rows' running sum).
     */
    private int locate(Run run, double target) {
        double[] tileWeights = run.weights;
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
            double w = Math.min(run.closest[i], x.dist2(i, run.probes, 0));
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
