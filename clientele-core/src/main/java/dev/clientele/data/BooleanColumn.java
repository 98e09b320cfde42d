package dev.clientele.data;

/** A column of native booleans: 1 true, 0 false, -1 missing. Text renders as "true"/"false". */
public final class BooleanColumn implements Column {
    private final String name;
    private final byte[] values;
    private final int missingCount;

    private BooleanColumn(String name, byte[] values) {
        this.name = name;
        this.values = values;
        int count = 0;
        for (byte v : values) {
            if (v < 0) {
                count++;
            }
        }
        this.missingCount = count;
    }

    /** Builds a column from values ({@code null} = missing). */
    public static BooleanColumn of(String name, Boolean... values) {
        byte[] v = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            v[i] = values[i] == null ? -1 : (byte) (values[i] ? 1 : 0);
        }
        return new BooleanColumn(name, v);
    }

    /** Takes ownership of a code array (1, 0, -1). */
    static BooleanColumn adopt(String name, byte[] values) {
        return new BooleanColumn(name, values);
    }

    @Override public String name() { return name; }
    @Override public int size() { return values.length; }
    @Override public ColumnType type() { return ColumnType.BOOLEAN; }
    @Override public boolean isMissing(int row) { return values[row] < 0; }
    @Override public int missingCount() { return missingCount; }

    /** 1 for true, 0 for false, -1 when missing. */
    public int code(int row) {
        return values[row];
    }

    @Override
    public String text(int row) {
        byte v = values[row];
        return v < 0 ? null : (v == 1 ? "true" : "false");
    }

    @Override
    public BooleanColumn take(int[] rows) {
        byte[] v = new byte[rows.length];
        for (int i = 0; i < rows.length; i++) {
            v[i] = values[rows[i]];
        }
        return new BooleanColumn(name, v);
    }

    @Override
    public BooleanColumn renamed(String newName) {
        return new BooleanColumn(newName, values);
    }
}
