package dev.clientele.segment;

import java.util.Map;

/**
 * Rows of a table put into segments.
 *
 * @param segment    per table row, the segment in {@code [0, k)}, or -1 when the row could not be assigned
 *                   (a feature missing and the model does not impute)
 * @param distance   per table row, Euclidean distance to the segment's centroid in the model's scaled
 *                   space, NaN when not assigned
 * @param incomplete rows not assigned
 * @param unseen     per text column, rows with a level the model never saw (encoded as no level)
 */
public record Assignment(int[] segment, double[] distance, int incomplete, Map<String, Integer> unseen) {

    /** Rows per segment. */
    public int[] sizes(int k) {
        int[] s = new int[k];
        for (int l : segment) {
            if (l >= 0) {
                s[l]++;
            }
        }
        return s;
    }
}
