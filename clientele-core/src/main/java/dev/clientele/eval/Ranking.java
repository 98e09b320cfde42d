package dev.clientele.eval;

import java.util.Arrays;

/** Stable orderings of scores: ties keep row order, so every metric is deterministic. */
final class Ranking {
    private Ranking() {
    }

    /** Row indexes sorted by ascending score (ties by ascending row). */
    static int[] ascending(double[] p) {
        return sorted(p, false);
    }

    /** Row indexes sorted by descending score (ties by ascending row). */
    static int[] descending(double[] p) {
        return sorted(p, true);
    }

    private static int[] sorted(double[] p, boolean desc) {
        int n = p.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> {
            int c = desc ? Double.compare(p[b], p[a]) : Double.compare(p[a], p[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = idx[i];
        }
        return out;
    }
}
