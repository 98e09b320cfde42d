package dev.clientele.features;

import java.util.ArrayList;
import java.util.List;

/**
 * A text column, one-hot encoded. Levels seen in at least {@link FeatureOptions#rareMinCount()} training
 * rows (and {@link FeatureOptions#rareMinShare()} of them) get an output each; rarer training levels share
 * one {@code (other)} output. Linear view: missing cells take the most frequent output ({@link #mode}),
 * plus a missing indicator when {@link #indicator}. Tree view: the same one-hot outputs, all NaN when
 * missing. A level never seen in training is treated as missing (and counted, see {@link BoundTable}).
 *
 * @param column    input column name
 * @param levels    levels with their own output, sorted
 * @param pooled    rare training levels mapped to {@code (other)}, sorted (empty: no {@code (other)} output)
 * @param mode      output slot used for missing cells in the linear view (index into the one-hot block)
 * @param indicator whether a missing indicator follows the one-hot block in the linear view
 */
public record CategoricalEncoder(String column, List<String> levels, List<String> pooled, int mode,
                                 boolean indicator) implements ColumnEncoder {
    public static final String OTHER = "(other)";

    public CategoricalEncoder {
        levels = List.copyOf(levels);
        pooled = List.copyOf(pooled);
    }

    /**
     * Fits on training rows.
     *
     * @param codes  per training row, an index into {@code names} or -1 when missing
     * @param names  the column's level names, sorted
     * @param y      0/1 labels aligned with codes (or null)
     */
    static CategoricalEncoder fit(String column, int[] codes, String[] names, int[] y, FeatureOptions options) {
        int[] counts = new int[names.length];
        int present = 0;
        double[] missingMask = new double[codes.length];
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] >= 0) {
                counts[codes[i]]++;
                present++;
            } else {
                missingMask[i] = Double.NaN;
            }
        }
        double minCount = Math.max(options.rareMinCount(), options.rareMinShare() * present);
        List<String> kept = new ArrayList<>();
        List<String> pooled = new ArrayList<>();
        int bestCount = -1;
        int best = 0;
        int otherCount = 0;
        for (int c = 0; c < names.length; c++) {
            if (counts[c] == 0) {
                continue;
            }
            if (counts[c] >= minCount) {
                if (counts[c] > bestCount) {
                    bestCount = counts[c];
                    best = kept.size();
                }
                kept.add(names[c]);
            } else {
                pooled.add(names[c]);
                otherCount += counts[c];
            }
        }
        if (!pooled.isEmpty() && otherCount > bestCount) {
            best = kept.size();
        }
        boolean indicator = MissingIndicator.informative(missingMask, y, options);
        return new CategoricalEncoder(column, kept, pooled, best, indicator);
    }

    /** Number of one-hot outputs: kept levels plus {@code (other)} when some levels were pooled. */
    public int width() {
        return levels.size() + (pooled.isEmpty() ? 0 : 1);
    }

    @Override
    public List<String> linearNames() {
        List<String> names = oneHotNames();
        if (indicator) {
            names.add(column + MISSING_SUFFIX);
        }
        return names;
    }

    @Override
    public List<String> treeNames() {
        return oneHotNames();
    }

    private List<String> oneHotNames() {
        List<String> names = new ArrayList<>();
        for (String l : levels) {
            names.add(column + "=" + l);
        }
        if (!pooled.isEmpty()) {
            names.add(column + "=" + OTHER);
        }
        return names;
    }
}
