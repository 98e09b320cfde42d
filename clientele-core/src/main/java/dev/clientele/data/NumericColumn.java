package dev.clientele.data;

import java.util.Arrays;

/**
 * A column of doubles with a missing mask. A missing cell reads as {@code NaN} from {@link #get(int)};
 * {@link #isMissing(int)} tells a missing cell from a real NaN that was in the data.
 */
public final class NumericColumn implements Column {
    private final String name;
    private final double[] values;
    private final boolean[] missing; // null when nothing is missing
    private final int missingCount;

    /**
     * @param values  the values; copied
     * @param missing missing flags, same length as values, or {@code null} when none is missing; copied
     */
    public NumericColumn(String name, double[] values, boolean[] missing) {
        this(name, values.clone(), missing == null ? null : missing.clone(), true);
    }

    private NumericColumn(String name, double[] values, boolean[] missing, boolean owned) {
        if (missing != null && missing.length != values.length) {
            throw new IllegalArgumentException("missing mask length " + missing.length + " != values " + values.length);
        }
        this.name = name;
        this.values = values;
        int count = 0;
        if (missing != null) {
            for (int i = 0; i < missing.length; i++) {
                if (missing[i]) {
                    values[i] = Double.NaN;
                    count++;
                }
            }
        }
        this.missing = count == 0 ? null : missing;
        this.missingCount = count;
    }

    /** Wraps arrays the caller will not touch again (no copy); used by loaders. */
    static NumericColumn adopt(String name, double[] values, boolean[] missing) {
        return new NumericColumn(name, values, missing, true);
    }

    /** A column without missing values; NaN entries are treated as missing. */
    public static NumericColumn of(String name, double... values) {
        boolean[] miss = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            miss[i] = Double.isNaN(values[i]);
        }
        return new NumericColumn(name, values.clone(), miss, true);
    }

    @Override public String name() { return name; }
    @Override public int size() { return values.length; }
    @Override public ColumnType type() { return ColumnType.NUMERIC; }
    @Override public boolean isMissing(int row) { return missing != null && missing[row]; }
    @Override public int missingCount() { return missingCount; }

    /** The value, NaN when missing. */
    public double get(int row) {
        return values[row];
    }

    /** A copy of the values (NaN where missing). */
    public double[] toArray() {
        return values.clone();
    }

    @Override
    public String text(int row) {
        if (isMissing(row)) {
            return null;
        }
        return format(values[row]);
    }

    /** Formats integral values without a decimal point ("42"), others in shortest round-trip form. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    @Override
    public NumericColumn take(int[] rows) {
        double[] v = new double[rows.length];
        boolean[] m = missing == null ? null : new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            v[i] = values[rows[i]];
            if (m != null) {
                m[i] = missing[rows[i]];
            }
        }
        return new NumericColumn(name, v, m, true);
    }

    @Override
    public NumericColumn renamed(String newName) {
        return new NumericColumn(newName, values, missing, true);
    }

    @Override
    public String toString() {
        return "NumericColumn[" + name + ", " + values.length + " rows, " + missingCount + " missing, head="
                + Arrays.toString(Arrays.copyOf(values, Math.min(5, values.length))) + "]";
    }
}
