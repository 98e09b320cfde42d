package dev.clientele.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A column of strings held as {@code int} codes into a dictionary of levels sorted in natural (UTF-16)
 * order, so that two loads of the same data give the same codes whatever the row order. Code -1 is missing.
 */
public final class CategoricalColumn implements Column {
    private final String name;
    private final int[] codes;
    private final String[] levels;
    private final int missingCount;

    private CategoricalColumn(String name, int[] codes, String[] levels) {
        this.name = name;
        this.codes = codes;
        this.levels = levels;
        int count = 0;
        for (int c : codes) {
            if (c < 0) {
                count++;
            }
        }
        this.missingCount = count;
    }

    /** Builds a column from values ({@code null} = missing); levels are sorted. */
    public static CategoricalColumn of(String name, String... values) {
        Map<String, Integer> index = new HashMap<>();
        int[] raw = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            raw[i] = values[i] == null ? -1 : index.computeIfAbsent(values[i], k -> index.size());
        }
        String[] firstSeen = new String[index.size()];
        index.forEach((k, v) -> firstSeen[v] = k);
        return sorted(name, raw, firstSeen);
    }

    /**
     * Builds a column from codes into distinct levels in any order, re-coding so the levels end up sorted.
     * A {@code null} level stands for a missing value: its cells get code -1 and it is dropped. Takes
     * ownership of {@code codes}.
     */
    static CategoricalColumn sorted(String name, int[] codes, String[] levels) {
        int kept = 0;
        for (String level : levels) {
            kept += level == null ? 0 : 1;
        }
        Integer[] order = new Integer[kept];
        for (int i = 0, k = 0; i < levels.length; i++) {
            if (levels[i] != null) {
                order[k++] = i;
            }
        }
        Arrays.sort(order, (a, b) -> levels[a].compareTo(levels[b]));
        int[] remap = new int[levels.length];
        Arrays.fill(remap, -1);
        String[] sortedLevels = new String[kept];
        for (int rank = 0; rank < order.length; rank++) {
            remap[order[rank]] = rank;
            sortedLevels[rank] = levels[order[rank]];
        }
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] >= 0) {
                codes[i] = remap[codes[i]];
            }
        }
        return new CategoricalColumn(name, codes, sortedLevels);
    }

    @Override public String name() { return name; }
    @Override public int size() { return codes.length; }
    @Override public ColumnType type() { return ColumnType.CATEGORICAL; }
    @Override public boolean isMissing(int row) { return codes[row] < 0; }
    @Override public int missingCount() { return missingCount; }

    /** The code of a row: an index into {@link #levels()}, or -1 when missing. */
    public int code(int row) {
        return codes[row];
    }

    /** Number of distinct levels. */
    public int levelCount() {
        return levels.length;
    }

    /** The level with this code. */
    public String level(int code) {
        return levels[code];
    }

    /** The sorted levels (a copy). */
    public String[] levels() {
        return levels.clone();
    }

    /** Code of a level, or -1 when the level does not occur. */
    public int codeOf(String level) {
        int i = Arrays.binarySearch(levels, level);
        return i >= 0 ? i : -1;
    }

    @Override
    public String text(int row) {
        int c = codes[row];
        return c < 0 ? null : levels[c];
    }

    @Override
    public CategoricalColumn take(int[] rows) {
        int[] c = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            c[i] = codes[rows[i]];
        }
        return new CategoricalColumn(name, c, levels);
    }

    @Override
    public CategoricalColumn renamed(String newName) {
        return new CategoricalColumn(newName, codes, levels);
    }

    @Override
    public String toString() {
        return "CategoricalColumn[" + name + ", " + codes.length + " rows, levels=" + Arrays.toString(levels) + "]";
    }
}
