package dev.clientele.segment;

import dev.clientele.Progress;

/**
 * Exact Euclidean silhouette in O(n^2 d) time and O(n k) memory. The points are sorted by cluster and
 * cut into tiles of {@link Tiles#ROWS}; {@code sums[p * k + l]} collects the distances from point
 * {@code p} to the members of cluster {@code l}. Each pair of tiles is visited once and each distance
 * added to both points' sums (symmetry halves the work); a tile against itself adds only to its rows.
 * Groups of tiles pair up in the rounds of a {@link PairSchedule}, within a group pair the tile pairs go
 * in a fixed order, so results do not depend on the thread count.
 *
 * <p>The inner loops run over one tile pair at a time (2 x 20 KB for 10 features: they stay in L1).
 * Pairs of full tiles holding a single cluster each go to the {@link PairKernel} given (the Vector API
 * one when available); the others to {@link #scalarPair}, whose loops HotSpot vectorises by itself.
 */
final class ExactSilhouette {
    /** A faster routine for pairs of full single-cluster tiles. */
    interface PairKernel {
        /**
         * Adds the distances between tiles {@code a <= b} to the sums, both ways unless {@code a == b}.
         * Returns {@code false}, having done nothing, if it does not handle this pair.
         */
        boolean pair(ExactSilhouette s, int a, int b, double[] scratch);

        /** Prepares the kernel (once); {@code false} if it cannot be used after all. */
        default boolean ready() {
            return true;
        }
    }

    /**
     * Tiles are gathered into this many groups (fewer when there are fewer tiles): a task is a pair of
     * groups and a round of the schedule has 32 of them, so only 64 rounds end in a wait for the slowest
     * thread (rounds of single tile pairs were many short waits, costly when the machine is busy). A
     * constant, so the order of the sums never depends on the thread count.
     */
    static final int GROUPS = 64;

    final Tiles x;
    final int k;
    final int[] label;
    final int[] size;
    final double[] sums;
    /** Per tile, the runs of equal cluster as {start, end, cluster} triples (tile-relative rows). */
    final int[][] runs;

    private ExactSilhouette(Tiles x, int k, int[] label, int[] size) {
        this.x = x;
        this.k = k;
        this.label = label;
        this.size = size;
        this.sums = new double[x.n * k];
        this.runs = new int[x.count][];
        for (int t = 0; t < x.count; t++) {
            runs[t] = runs(label, t * Tiles.ROWS, x.rows(t));
        }
    }

    /**
     * Silhouette of each point into {@code out} (input order) and their mean.
     *
     * @param kernel fast kernel for uniform tile pairs, or {@code null} for the scalar loops only
     */
    static double compute(double[] points, int n, int d, int[] labels, int k, double[] out, Workers workers,
                          PairKernel kernel, Progress progress) {
        int[] size = new int[k];
        for (int l : labels) {
            size[l]++;
        }
        int[] start = new int[k + 1];
        for (int l = 0; l < k; l++) {
            start[l + 1] = start[l] + size[l];
        }
        int[] order = new int[n];
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++) {
            int p = start[labels[i]]++;
            order[p] = i;
            sorted[p] = labels[i];
        }
        ExactSilhouette s = new ExactSilhouette(Tiles.of(points, n, d, order, workers), k, sorted, size);
        s.accumulate(workers, kernel, progress);
        double[] score = new double[n];
        workers.run(s.x.count, t -> {
            for (int p = t * Tiles.ROWS; p < t * Tiles.ROWS + s.x.rows(t); p++) {
                score[order[p]] = Silhouette.score(s.sums, p * k, size, sorted[p], k);
            }
        });
        double total = 0;
        for (int i = 0; i < n; i++) {
            out[i] = score[i];
            total += score[i];
        }
        return total / n;
    }

    private void accumulate(Workers workers, PairKernel kernel, Progress progress) {
        ThreadLocal<double[][]> scratch = ThreadLocal.withInitial(() -> new double[][] {
            new double[Tiles.ROWS], new double[Tiles.ROWS], new double[x.d]});
        int groups = Math.min(GROUPS, x.count);
        PairSchedule schedule = new PairSchedule(groups);
        progress.start("exact silhouette", schedule.rounds() + 1L);
        try {
            workers.run(groups, g -> {
                double[][] sc = scratch.get();
                for (int a = firstTile(g, groups); a < firstTile(g + 1, groups); a++) {
                    for (int b = a; b < firstTile(g + 1, groups); b++) {
                        visit(a, b, kernel, sc);
                    }
                }
            });
            progress.advance(1);
            for (int r = 0; r < schedule.rounds(); r++) {
                int round = r;
                workers.run(schedule.pairsPerRound(), q -> {
                    int[] p = schedule.pair(round, q);
                    if (p == null) {
                        return;
                    }
                    double[][] sc = scratch.get();
                    for (int a = firstTile(p[0], groups); a < firstTile(p[0] + 1, groups); a++) {
                        for (int b = firstTile(p[1], groups); b < firstTile(p[1] + 1, groups); b++) {
                            visit(a, b, kernel, sc);
                        }
                    }
                });
                progress.advance(1);
            }
        } finally {
            progress.finish();
        }
    }

    /** First tile of group {@code g} of {@code groups} (equal shares of the tiles, in order). */
    private int firstTile(int g, int groups) {
        return (int) ((long) g * x.count / groups);
    }

    private void visit(int a, int b, PairKernel kernel, double[][] scratch) {
        if (kernel == null || !kernel.pair(this, a, b, scratch[0])) {
            scalarPair(a, b, scratch[0], scratch[1], scratch[2]);
        }
    }

    /** Whether tile {@code t} is full and holds one cluster; returns that cluster or -1. */
    int uniformCluster(int t) {
        return x.rows(t) == Tiles.ROWS && runs[t].length == 3 ? runs[t][2] : -1;
    }

    /**
     * Any tile pair; distances in {@code buf}, column-side partial sums in {@code colAcc}, the current
     * row of tile a in {@code point}.
     */
    void scalarPair(int a, int b, double[] buf, double[] colAcc, double[] point) {
        double[][] ta = x.data[a];
        int ma = x.rows(a);
        int mb = x.rows(b);
        boolean diag = a == b;
        int i0 = a * Tiles.ROWS;
        int j0 = b * Tiles.ROWS;
        int[] segments = runs[b];
        java.util.Arrays.fill(colAcc, 0);
        int run = label[i0];
        for (int ii = 0; ii < ma; ii++) {
            int li = label[i0 + ii];
            if (!diag && li != run) {
                flush(colAcc, j0, mb, run);
                run = li;
            }
            for (int f = 0; f < x.d; f++) {
                point[f] = ta[f][ii];
            }
            x.dist2(b, point, 0, buf);
            if (diag) {
                for (int j = 0; j < mb; j++) {
                    buf[j] = Math.sqrt(buf[j]);
                }
            } else {
                for (int j = 0; j < mb; j++) {
                    double v = Math.sqrt(buf[j]);
                    buf[j] = v;
                    colAcc[j] += v;
                }
            }
            int row = (i0 + ii) * k;
            for (int q = 0; q < segments.length; q += 3) {
                sums[row + segments[q + 2]] += sum(buf, segments[q], segments[q + 1]);
            }
        }
        if (!diag) {
            flush(colAcc, j0, mb, run);
        }
    }

    private void flush(double[] colAcc, int j0, int mb, int cluster) {
        for (int j = 0; j < mb; j++) {
            sums[(j0 + j) * k + cluster] += colAcc[j];
            colAcc[j] = 0;
        }
    }

    private static double sum(double[] v, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = from;
        for (; j + 3 < to; j += 4) {
            s0 += v[j];
            s1 += v[j + 1];
            s2 += v[j + 2];
            s3 += v[j + 3];
        }
        for (; j < to; j++) {
            s0 += v[j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static int[] runs(int[] label, int first, int rows) {
        int count = 0;
        for (int r = 0; r < rows; r++) {
            count += r == 0 || label[first + r] != label[first + r - 1] ? 1 : 0;
        }
        int[] out = new int[3 * count];
        int q = 0;
        for (int r = 0; r < rows; r++) {
            if (r == 0 || label[first + r] != label[first + r - 1]) {
                if (q > 0) {
                    out[q - 2] = r;
                }
                out[q] = r;
                out[q + 2] = label[first + r];
                q += 3;
            }
        }
        out[q - 2] = rows;
        return out;
    }
}
