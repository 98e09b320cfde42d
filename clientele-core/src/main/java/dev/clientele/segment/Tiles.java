package dev.clientele.segment;

import dev.clientele.data.DataException;

/**
 * Points copied column by column into tiles of {@link #ROWS} rows: {@code data[t][f][r]} is feature
 * {@code f} of point {@code t * ROWS + r} (in the order given by an optional permutation). Every
 * feature of a tile is its own array indexed from 0, the layout HotSpot's loop vectoriser handles
 * (in Java 17 it does not vectorise a loop that mixes {@code a[o + j]} and {@code b[j]}).
 *
 * <p>Invariant: only the first {@link #rows(int)} entries of the last tile are points; the rest are 0.
 */
final class Tiles {
    /** Rows per tile: a tile of 10 features (20 KB) and its distance buffers stay in a 48 KB L1 cache. */
    static final int ROWS = 256;

    final int n;
    final int d;
    final int count;
    final double[][][] data;
    /** The row-major source when the tiles keep its order (for per-point work), else {@code null}. */
    private final double[] rowMajor;
    /** Per tile, per feature: sum and sum of squares of the values minus the first point's. */
    private final double[][] moments;

    private Tiles(int n, int d, double[][][] data, double[] rowMajor, double[][] moments) {
        this.n = n;
        this.d = d;
        this.count = data.length;
        this.data = data;
        this.rowMajor = rowMajor;
        this.moments = moments;
    }

    /** Number of points in tile {@code t}. */
    int rows(int t) {
        return Math.min(ROWS, n - t * ROWS);
    }

    /**
     * Copies row-major points into tiles, point {@code order[p]} of {@code x} (or {@code p} when
     * {@code order} is {@code null}) becoming tile point {@code p}.
     *
     * @throws DataException naming the first row and feature (1-based) that is NaN or infinite
     */
    static Tiles of(double[] x, int n, int d, int[] order, Workers workers) {
        int count = (n + ROWS - 1) / ROWS;
        double[][][] data = new double[count][d][ROWS];
        long[] firstBad = new long[count];
        double[][] moments = new double[count][2 * d];
        double[] shift = new double[d];
        System.arraycopy(x, (order == null ? 0 : order[0]) * d, shift, 0, d);
        workers.run(count, t -> firstBad[t] = fill(x, d, order, data[t], t * ROWS, Math.min(ROWS, n - t * ROWS),
            shift, moments[t]));
        long first = -1;
        for (long bad : firstBad) {
            if (bad >= 0 && (first < 0 || bad < first)) {
                first = bad;
            }
        }
        if (first >= 0) {
            throw notFinite(x, d, first);
        }
        return new Tiles(n, d, data, order == null ? x : null, moments);
    }

    /** Throws the {@link #of} message for the first value of {@code x} that is NaN or infinite. */
    static void checkFinite(double[] x, int d) {
        for (int q = 0; q < x.length; q++) {
            if (!Double.isFinite(x[q])) {
                throw notFinite(x, d, q);
            }
        }
    }

    private static DataException notFinite(double[] x, int d, long q) {
        return new DataException("row " + (q / d + 1) + ", feature " + (q % d + 1) + ": value " + x[(int) q]
            + " is not a finite number; drop or impute missing and infinite values before clustering");
    }

    /**
     * Fills one tile and its moments (shifted by {@code shift} to keep the sums small); returns the
     * smallest flat index of a non-finite value in it, or -1.
     */
    private static long fill(double[] x, int d, int[] order, double[][] tile, int first, int rows, double[] shift,
                             double[] moments) {
        long bad = -1;
        for (int r = 0; r < rows; r++) {
            int i = order == null ? first + r : order[first + r];
            int o = i * d;
            for (int f = 0; f < d; f++) {
                double v = x[o + f];
                tile[f][r] = v;
                double u = v - shift[f];
                moments[f] += u;
                moments[d + f] += u * u;
                if (!Double.isFinite(v) && (bad < 0 || o + f < bad)) {
                    bad = o + f;
                }
            }
        }
        return bad;
    }

    /**
     * Mean over features of the population variance, as numpy's {@code np.mean(np.var(X, axis=0))}, from
     * the moments gathered while filling (tile order, so independent of the thread count).
     */
    double meanVariance() {
        double total = 0;
        for (int f = 0; f < d; f++) {
            double s1 = 0;
            double s2 = 0;
            for (double[] m : moments) {
                s1 += m[f];
                s2 += m[d + f];
            }
            double mean = s1 / n;
            total += Math.max(0, s2 / n - mean * mean);
        }
        return total / d;
    }

    /**
     * Squared Euclidean distance from point {@code i} to {@code c[co .. co + d)}, read from the row-major
     * source (one or two cache lines per point) for tiles in source order.
     */
    double dist2(int i, double[] c, int co) {
        double[] x = rowMajor;
        int o = i * d;
        double s = 0;
        for (int f = 0; f < d; f++) {
            double u = x[o + f] - c[co + f];
            s += u * u;
        }
        return s;
    }

    /**
     * Squared Euclidean distances from every point of tile {@code t} to centres {@code first .. first +
     * count - 1} of the row-major {@code centres}: {@code out[q][r]} for centre {@code first + q}. Same
     * arithmetic, in the same order, as {@link #dist2(int, double[], int)}, so both give equal bits.
     */
    void dist2(int t, double[] centres, int first, int count, double[][] out) {
        for (int q = 0; q < count; q++) {
            dist2(t, centres, (first + q) * d, out[q]);
        }
    }

    /** Squared distances from every point of tile {@code t} to {@code c[co .. co + d)} into {@code out}. */
    void dist2(int t, double[] c, int co, double[] out) {
        double[][] tile = data[t];
        int rows = rows(t);
        double c0 = c[co];
        double[] col = tile[0];
        for (int r = 0; r < rows; r++) {
            double u = col[r] - c0;
            out[r] = u * u;
        }
        int f = 1;
        for (; f + 1 < d; f += 2) {
            double cf = c[co + f];
            double cg = c[co + f + 1];
            double[] colF = tile[f];
            double[] colG = tile[f + 1];
            for (int r = 0; r < rows; r++) {
                double u = colF[r] - cf;
                double v = colG[r] - cg;
                out[r] = out[r] + u * u + v * v;
            }
        }
        if (f < d) {
            double cf = c[co + f];
            col = tile[f];
            for (int r = 0; r < rows; r++) {
                double u = col[r] - cf;
                out[r] = out[r] + u * u;
            }
        }
    }

    /**
     * For the first {@code rows} points, the nearest of {@code k} centres given their squared distances
     * {@code dist[l][r]} (lowest index on ties) into {@code nearest}, that distance into {@code d1} and,
     * if {@code d2} is not {@code null}, the second-smallest distance into {@code d2}. Loops run centre by
     * centre over the points so that HotSpot vectorises them (no data-dependent branch per point).
     */
    static void nearest(double[][] dist, int k, int rows, int[] nearest, double[] d1, double[] d2) {
        double[] first = dist[0];
        for (int r = 0; r < rows; r++) {
            nearest[r] = 0;
            d1[r] = first[r];
        }
        if (d2 != null) {
            java.util.Arrays.fill(d2, 0, rows, Double.POSITIVE_INFINITY);
        }
        for (int l = 1; l < k; l++) {
            double[] dl = dist[l];
            for (int r = 0; r < rows; r++) {
                nearest[r] = dl[r] < d1[r] ? l : nearest[r];
            }
            if (d2 != null) {
                for (int r = 0; r < rows; r++) {
                    d2[r] = Math.min(d2[r], Math.max(d1[r], dl[r]));
                }
            }
            for (int r = 0; r < rows; r++) {
                d1[r] = Math.min(d1[r], dl[r]);
            }
        }
    }

    /** Adds point {@code i}, times {@code sign}, to {@code sums[so .. so + d)} (tiles in source order). */
    void addTo(int i, double sign, double[] sums, int so) {
        double[] x = rowMajor;
        int o = i * d;
        for (int f = 0; f < d; f++) {
            sums[so + f] += sign * x[o + f];
        }
    }

    /** Copies point {@code i} into {@code out[o .. o + d)} (tiles in source order). */
    void copy(int i, double[] out, int o) {
        System.arraycopy(rowMajor, i * d, out, o, d);
    }
}
