package dev.clientele.segment;

import java.util.function.DoubleConsumer;

/**
 * Lloyd iterations with Hamerly's bounds (Hamerly 2010, "Making k-means even faster"): per point an
 * upper bound on the distance to its centre and one lower bound on the distance to any other centre.
 * After centres move by {@code delta}, a point whose upper bound stays below
 * {@code max(lower bound, half the distance from its centre to the nearest other centre)} keeps its
 * label without any distance being computed, so on well-separated data later iterations touch only a
 * few points. The result is that of plain Lloyd (up to ties and rounding).
 *
 * <p>Cluster sums are updated incrementally from the points that change label; blocks of
 * {@link KMeansPlusPlus#BLOCK_TILES} tiles keep their partial sums apart and are combined in block order,
 * so the result does not depend on the thread count. Stops, as scikit-learn, when no label changes
 * (strict convergence), when the summed squared centre shift is at most {@code tol}, or after
 * {@code maxIterations}. Empty clusters get the point farthest from its centre (scikit-learn's rule).
 */
final class Hamerly {
    /** The fitted centres, final labels (nearest centre, ties to the lowest index) and their inertia. */
    record Outcome(double[] centres, int[] labels, double inertia, int iterations) {
    }

    /** Share of a tile's points failing the bound test from which the whole tile is recomputed. */
    static final double FULL_TILE_SHARE = 0.5;

    private final Tiles x;
    private final Workers workers;
    private final int n;
    private final int d;
    private final int k;
    private final int blocks;
    private final int[] labels;
    private final double[] upper;
    private final double[] lower;
    private final double[][] blockSums;
    private final int[][] blockCounts;
    private final int[] blockChanges;
    private final double[] blockInertia;
    private final double[] sums;
    private final long[] counts;

    Hamerly(Tiles x, int k, Workers workers) {
        this.x = x;
        this.workers = workers;
        this.n = x.n;
        this.d = x.d;
        this.k = k;
        this.blocks = (x.count + KMeansPlusPlus.BLOCK_TILES - 1) / KMeansPlusPlus.BLOCK_TILES;
        this.labels = new int[n];
        this.upper = new double[n];
        this.lower = new double[n];
        this.blockSums = new double[blocks][k * d];
        this.blockCounts = new int[blocks][k];
        this.blockChanges = new int[blocks];
        this.blockInertia = new double[blocks];
        this.sums = new double[k * d];
        this.counts = new long[k];
    }

    /**
     * Runs Lloyd from {@code initial} centres.
     *
     * @param trace if not {@code null}, receives after each assignment step the exact inertia of the
     *              labels against the centres they were assigned to (for tests; costs one pass)
     */
    Outcome run(double[] initial, int maxIterations, double tol, DoubleConsumer trace) {
        double[] c = initial.clone();
        double[] shift = new double[k];
        double[] half = new double[k];
        int it = 0;
        while (it < maxIterations) {
            it++;
            if (it == 1) {
                workers.run(blocks, b -> assignAll(b, c));
            } else {
                Shifts s = Shifts.of(shift);
                workers.run(blocks, b -> assignBounded(b, c, shift, half, s));
            }
            long changes = combine(it == 1);
            if (trace != null) {
                trace.accept(inertia(c));
            }
            if (it > 1 && changes == 0) {
                break;
            }
            relocateEmpty(c);
            double total = moveCentres(c, shift);
            halfGaps(c, half);
            if (total <= tol) {
                break;
            }
        }
        workers.run(blocks, b -> finish(b, c));
        double inertia = 0;
        for (double v : blockInertia) {
            inertia += v;
        }
        return new Outcome(c, labels.clone(), inertia, it);
    }

    /** Nearest and second-nearest centre of every point of block {@code b}, with full block sums. */
    private void assignAll(int b, double[] c) {
        double[] bs = blockSums[b];
        int[] bc = blockCounts[b];
        java.util.Arrays.fill(bs, 0);
        java.util.Arrays.fill(bc, 0);
        TileScratch scratch = new TileScratch(k);
        int changes = 0;
        for (int t = firstTile(b); t < lastTile(b); t++) {
            changes += exactTile(t, c, scratch, bs, bc, true);
        }
        blockChanges[b] = changes;
    }

    /** Per-task buffers for one tile: distances to every centre, nearest centre, two smallest distances. */
    private static final class TileScratch {
        final double[][] dist;
        final int[] nearest = new int[Tiles.ROWS];
        final double[] d1 = new double[Tiles.ROWS];
        final double[] d2 = new double[Tiles.ROWS];

        TileScratch(int k) {
            dist = new double[k][Tiles.ROWS];
        }
    }

    /**
     * Exact nearest (lowest index on ties) and second-nearest distances of every point of tile {@code t},
     * from the vectorised distances to all centres; returns the label changes, recorded in {@code bs}
     * and {@code bc} (every point counts as new when {@code first}).
     */
    private int exactTile(int t, double[] c, TileScratch s, double[] bs, int[] bc, boolean first) {
        x.dist2(t, c, 0, k, s.dist);
        int rows = x.rows(t);
        Tiles.nearest(s.dist, k, rows, s.nearest, s.d1, s.d2);
        int base = t * Tiles.ROWS;
        for (int r = 0; r < rows; r++) {
            s.d1[r] = Math.sqrt(s.d1[r]);
            s.d2[r] = Math.sqrt(s.d2[r]);
        }
        System.arraycopy(s.d1, 0, upper, base, rows);
        System.arraycopy(s.d2, 0, lower, base, rows);
        int changes = 0;
        for (int r = 0; r < rows; r++) {
            int i = base + r;
            int best = s.nearest[r];
            if (first) {
                labels[i] = best;
                x.addTo(i, 1, bs, best * d);
                bc[best]++;
                changes++;
            } else if (best != labels[i]) {
                move(i, best, bs, bc);
                changes++;
            }
        }
        return changes;
    }

    private void move(int i, int to, double[] bs, int[] bc) {
        int from = labels[i];
        labels[i] = to;
        x.addTo(i, -1, bs, from * d);
        x.addTo(i, 1, bs, to * d);
        bc[from]--;
        bc[to]++;
    }

    /** Largest and second-largest centre shift, for the lower-bound update. */
    private record Shifts(int argMax, double max, double second) {
        static Shifts of(double[] shift) {
            int arg = 0;
            double max = -1;
            double second = 0;
            for (int l = 0; l < shift.length; l++) {
                if (shift[l] > max) {
                    second = Math.max(max, 0);
                    max = shift[l];
                    arg = l;
                } else if (shift[l] > second) {
                    second = shift[l];
                }
            }
            return new Shifts(arg, max, second);
        }
    }

    /**
     * Hamerly's assignment step for block {@code b}; its sums and counts receive the label changes. A tile
     * in which at least {@link #FULL_TILE_SHARE} of the points fail the bound test is recomputed whole
     * with the vectorised distances (typical of the second iteration, when centres still move a lot);
     * otherwise only the failing points are examined, one by one.
     */
    private void assignBounded(int b, double[] c, double[] shift, double[] half, Shifts s) {
        double[] bs = blockSums[b];
        int[] bc = blockCounts[b];
        java.util.Arrays.fill(bs, 0);
        java.util.Arrays.fill(bc, 0);
        TileScratch scratch = null;
        int changes = 0;
        for (int t = firstTile(b); t < lastTile(b); t++) {
            int rows = x.rows(t);
            int first = t * Tiles.ROWS;
            int failing = 0;
            for (int i = first; i < first + rows; i++) {
                int a = labels[i];
                double u = upper[i] + shift[a];
                double lo = lower[i] - (a == s.argMax() ? s.second() : s.max());
                upper[i] = u;
                lower[i] = lo;
                failing += u > Math.max(half[a], lo) ? 1 : 0;
            }
            if (failing >= rows * FULL_TILE_SHARE) {
                scratch = scratch == null ? new TileScratch(k) : scratch;
                changes += exactTile(t, c, scratch, bs, bc, false);
                continue;
            }
            for (int i = first; failing > 0 && i < first + rows; i++) {
                int a = labels[i];
                double m = Math.max(half[a], lower[i]);
                if (upper[i] > m) {
                    failing--;
                    changes += examine(i, c, m, bs, bc) ? 1 : 0;
                }
            }
        }
        blockChanges[b] = changes;
    }

    /** A point that failed the bound test: tighten its upper bound, rescan the centres if still needed. */
    private boolean examine(int i, double[] c, double m, double[] bs, int[] bc) {
        int a = labels[i];
        double own = x.dist2(i, c, a * d);
        upper[i] = Math.sqrt(own);
        if (upper[i] <= m) {
            return false;
        }
        int best = a;
        double d1 = own;
        double d2 = Double.POSITIVE_INFINITY;
        for (int l = 0; l < k; l++) {
            if (l == a) {
                continue;
            }
            double v = x.dist2(i, c, l * d);
            if (v < d1 || (v == d1 && l < best)) {
                d2 = d1;
                d1 = v;
                best = l;
            } else if (v < d2) {
                d2 = v;
            }
        }
        upper[i] = Math.sqrt(d1);
        lower[i] = Math.sqrt(d2);
        if (best == a) {
            return false;
        }
        move(i, best, bs, bc);
        return true;
    }

    /** Adds the block partials, in block order, to the cluster sums; returns the number of label changes. */
    private long combine(boolean reset) {
        if (reset) {
            java.util.Arrays.fill(sums, 0);
            java.util.Arrays.fill(counts, 0);
        }
        long changes = 0;
        for (int b = 0; b < blocks; b++) {
            if (blockChanges[b] == 0) {
                continue;
            }
            changes += blockChanges[b];
            double[] bs = blockSums[b];
            for (int q = 0; q < sums.length; q++) {
                sums[q] += bs[q];
            }
            for (int l = 0; l < k; l++) {
                counts[l] += blockCounts[b][l];
            }
        }
        return changes;
    }

    /** Centres become the means of their points; returns the summed squared shift, fills {@code shift}. */
    private double moveCentres(double[] c, double[] shift) {
        double total = 0;
        for (int l = 0; l < k; l++) {
            double s2 = 0;
            if (counts[l] > 0) {
                for (int f = 0; f < d; f++) {
                    double v = sums[l * d + f] / counts[l];
                    double u = v - c[l * d + f];
                    s2 += u * u;
                    c[l * d + f] = v;
                }
            }
            shift[l] = Math.sqrt(s2);
            total += s2;
        }
        return total;
    }

    /** Half the distance from each centre to its nearest other centre. */
    private void halfGaps(double[] c, double[] half) {
        java.util.Arrays.fill(half, Double.POSITIVE_INFINITY);
        for (int l = 0; l < k; l++) {
            for (int m = l + 1; m < k; m++) {
                double g = 0;
                for (int f = 0; f < d; f++) {
                    double u = c[l * d + f] - c[m * d + f];
                    g += u * u;
                }
                g = Math.sqrt(g) / 2;
                half[l] = Math.min(half[l], g);
                half[m] = Math.min(half[m], g);
            }
        }
    }

    /**
     * Gives each empty cluster the point farthest from its centre (largest first, ties to the lower
     * index), moving it out of its old cluster's sums, as scikit-learn's {@code _relocate_empty_clusters}.
     */
    private void relocateEmpty(double[] c) {
        int empty = 0;
        for (long count : counts) {
            empty += count == 0 ? 1 : 0;
        }
        if (empty == 0) {
            return;
        }
        double[] far = new double[n];
        workers.run(blocks, b -> {
            for (int i = firstTile(b) * Tiles.ROWS; i < Math.min(n, lastTile(b) * Tiles.ROWS); i++) {
                far[i] = x.dist2(i, c, labels[i] * d);
            }
        });
        for (int l = 0; l < k; l++) {
            if (counts[l] != 0) {
                continue;
            }
            int i = 0;
            for (int j = 1; j < n; j++) {
                if (far[j] > far[i]) {
                    i = j;
                }
            }
            far[i] = Double.NEGATIVE_INFINITY;
            int old = labels[i];
            x.addTo(i, -1, sums, old * d);
            counts[old]--;
            java.util.Arrays.fill(sums, l * d, (l + 1) * d, 0);
            x.addTo(i, 1, sums, l * d);
            counts[l] = 1;
            labels[i] = l;
            upper[i] = 0;
            lower[i] = 0;
        }
    }

    /** Exact inertia of the current labels against centres {@code c}. */
    private double inertia(double[] c) {
        workers.run(blocks, b -> {
            double s = 0;
            for (int i = firstTile(b) * Tiles.ROWS; i < Math.min(n, lastTile(b) * Tiles.ROWS); i++) {
                s += x.dist2(i, c, labels[i] * d);
            }
            blockInertia[b] = s;
        });
        double total = 0;
        for (double v : blockInertia) {
            total += v;
        }
        return total;
    }

    /** Final labels (nearest centre, lowest index on ties) and the block's inertia. */
    private void finish(int b, double[] c) {
        TileScratch scratch = new TileScratch(k);
        double s = 0;
        for (int t = firstTile(b); t < lastTile(b); t++) {
            x.dist2(t, c, 0, k, scratch.dist);
            int rows = x.rows(t);
            Tiles.nearest(scratch.dist, k, rows, scratch.nearest, scratch.d1, null);
            System.arraycopy(scratch.nearest, 0, labels, t * Tiles.ROWS, rows);
            for (int r = 0; r < rows; r++) {
                s += scratch.d1[r];
            }
        }
        blockInertia[b] = s;
    }

    private int firstTile(int b) {
        return b * KMeansPlusPlus.BLOCK_TILES;
    }

    private int lastTile(int b) {
        return Math.min(x.count, (b + 1) * KMeansPlusPlus.BLOCK_TILES);
    }
}
