package dev.clientele.data;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A column of instants stored as microseconds since the epoch (UTC), with a missing mask. Dates load as
 * midnight UTC and print as {@code yyyy-MM-dd}; other instants print as ISO local date-times.
 */
public final class TimestampColumn implements Column {
    private static final long MICROS_PER_DAY = 86_400_000_000L;
    private final String name;
    private final long[] micros;
    private final boolean[] missing;
    private final int missingCount;

    /** @param missing missing flags or {@code null}; both arrays are copied */
    public TimestampColumn(String name, long[] micros, boolean[] missing) {
        this(name, micros.clone(), missing == null ? null : missing.clone(), 0);
    }

    private TimestampColumn(String name, long[] micros, boolean[] missing, int unused) {
        this.name = name;
        this.micros = micros;
        int count = 0;
        if (missing != null) {
            for (boolean m : missing) {
                if (m) {
                    count++;
                }
            }
        }
        this.missing = count == 0 ? null : missing;
        this.missingCount = count;
    }

    static TimestampColumn adopt(String name, long[] micros, boolean[] missing) {
        return new TimestampColumn(name, micros, missing, 0);
    }

    @Override public String name() { return name; }
    @Override public int size() { return micros.length; }
    @Override public ColumnType type() { return ColumnType.TIMESTAMP; }
    @Override public boolean isMissing(int row) { return missing != null && missing[row]; }
    @Override public int missingCount() { return missingCount; }

    /** Microseconds since 1970-01-01T00:00Z; meaningless when missing. */
    public long micros(int row) {
        return micros[row];
    }

    @Override
    public String text(int row) {
        if (isMissing(row)) {
            return null;
        }
        long us = micros[row];
        LocalDateTime t = LocalDateTime.ofInstant(
                Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000L), ZoneOffset.UTC);
        return Math.floorMod(us, MICROS_PER_DAY) == 0 ? t.toLocalDate().toString() : t.toString();
    }

    @Override
    public TimestampColumn take(int[] rows) {
        long[] v = new long[rows.length];
        boolean[] m = missing == null ? null : new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            v[i] = micros[rows[i]];
            if (m != null) {
                m[i] = missing[rows[i]];
            }
        }
        return new TimestampColumn(name, v, m, 0);
    }

    @Override
    public TimestampColumn renamed(String newName) {
        return new TimestampColumn(newName, micros, missing, 0);
    }
}
