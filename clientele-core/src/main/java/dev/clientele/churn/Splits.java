package dev.clientele.churn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded, stratified row splits: every fold (or the held-out part) gets the same share of churners as
 * the whole, up to rounding. Within each class the rows are shuffled (Fisher-Yates) and dealt out in turn,
 * so fold sizes differ by at most one per class.
 */
public final class Splits {
    private Splits() {
    }

    /**
     * Stratified k-fold assignment.
     *
     * @param rows row indexes to split
     * @param y    labels of those rows (0/1, aligned with rows)
     * @return per position of {@code rows}, its fold in {@code [0, k)}
     */
    public static int[] kFold(int[] rows, int[] y, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("folds must be >= 2, got " + k);
        }
        int[] fold = new int[rows.length];
        SplittableRandom rnd = new SplittableRandom(seed);
        int offset = 0;
        for (int cls = 0; cls <= 1; cls++) {
            int[] members = shuffledMembers(y, cls, rnd);
            for (int i = 0; i < members.length; i++) {
                fold[members[i]] = (offset + i) % k;
            }
            offset = (offset + members.length) % k;
        }
        return fold;
    }

    /**
     * Stratified hold-out: per class, {@code round(fraction * count)} positions go to the held-out part.
     *
     * @return per position of the labels, true when held out
     */
    public static boolean[] holdOut(int[] y, double fraction, long seed) {
        boolean[] out = new boolean[y.length];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int cls = 0; cls <= 1; cls++) {
            int[] members = shuffledMembers(y, cls, rnd);
            int take = (int) Math.round(fraction * members.length);
            for (int i = 0; i < take; i++) {
                out[members[i]] = true;
            }
        }
        return out;
    }

    /** Positions whose fold is (or is not) {@code f}, in ascending order. */
    public static int[] select(int[] fold, int f, boolean equal) {
        int count = 0;
        for (int v : fold) {
            count += (v == f) == equal ? 1 : 0;
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < fold.length; i++) {
            if ((fold[i] == f) == equal) {
                out[k++] = i;
            }
        }
        return out;
    }

    /** Indexes where {@code flags} equals {@code value}, ascending. */
    public static int[] positions(boolean[] flags, boolean value) {
        int count = 0;
        for (boolean f : flags) {
            count += f == value ? 1 : 0;
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < flags.length; i++) {
            if (flags[i] == value) {
                out[k++] = i;
            }
        }
        return out;
    }

    /** {@code values[positions[i]]} for each i. */
    public static int[] gather(int[] values, int[] positions) {
        int[] out = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            out[i] = values[positions[i]];
        }
        return out;
    }

    private static int[] shuffledMembers(int[] y, int cls, SplittableRandom rnd) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (y[i] == cls) {
                list.add(i);
            }
        }
        int[] m = list.stream().mapToInt(Integer::intValue).toArray();
        for (int i = m.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = m[i];
            m[i] = m[j];
            m[j] = t;
        }
        return m;
    }
}
