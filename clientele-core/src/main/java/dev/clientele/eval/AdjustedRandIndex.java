package dev.clientele.eval;

import java.util.Arrays;

/**
 * Adjusted Rand index (Hubert &amp; Arabie 1985) between two partitions of the same points: the Rand
 * index (share of point pairs on which both partitions agree, together or apart) corrected for chance,
 * 1 for identical partitions (up to renaming), about 0 for independent ones, negative below chance.
 * Computed from the pair-confusion counts as scikit-learn 1.2's {@code adjusted_rand_score}, which also
 * gives 1 when neither partition puts any pair together or apart differently.
 *
 * <p>Example: {@code of({0, 0, 1, 1}, {1, 1, 0, 0})} is 1; {@code of({0, 0, 1, 1}, {0, 1, 0, 1})} is -0.5.
 */
public final class AdjustedRandIndex {
    private AdjustedRandIndex() {
    }

    /**
     * @param a cluster of each point (any int values)
     * @param b another clustering of the same points
     * @throws IllegalArgumentException when the lengths differ or are 0
     */
    public static double of(int[] a, int[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("both partitions need the same, positive number of points; got "
                + a.length + " and " + b.length);
        }
        int n = a.length;
        int[] ra = dense(a);
        int[] rb = dense(b);
        int kb = Arrays.stream(rb).max().orElse(0) + 1;
        long[] cells = new long[n];
        for (int i = 0; i < n; i++) {
            cells[i] = (long) ra[i] * kb + rb[i];
        }
        Arrays.sort(cells);
        double sumSquares = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && cells[j] == cells[i]) {
                j++;
            }
            sumSquares += (double) (j - i) * (j - i);
            i = j;
        }
        double rowSquares = squaredCounts(ra);
        double colSquares = squaredCounts(rb);
        // ordered-pair counts: together in both, together in a only, together in b only, apart in both
        double both = sumSquares - n;
        double onlyA = rowSquares - sumSquares;
        double onlyB = colSquares - sumSquares;
        double neither = (double) n * n - onlyA - onlyB - sumSquares;
        if (onlyA == 0 && onlyB == 0) {
            return 1.0;
        }
        return 2.0 * (both * neither - onlyA * onlyB)
            / ((both + onlyA) * (onlyA + neither) + (both + onlyB) * (onlyB + neither));
    }

    /** Relabels to 0..m-1 by order of value. */
    private static int[] dense(int[] labels) {
        int[] values = Arrays.stream(labels).distinct().sorted().toArray();
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = Arrays.binarySearch(values, labels[i]);
        }
        return out;
    }

    private static double squaredCounts(int[] dense) {
        long[] count = new long[Arrays.stream(dense).max().orElse(0) + 1];
        for (int l : dense) {
            count[l]++;
        }
        double s = 0;
        for (long c : count) {
            s += (double) c * c;
        }
        return s;
    }
}
