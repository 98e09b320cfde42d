package dev.clientele.data;

/** Storage type of a {@link Column}; also the "type" reported by {@code clientele inspect}. */
public enum ColumnType {
    /** Real numbers in a {@code double[]}; missing cells are flagged in a separate mask. */
    NUMERIC,
    /** Strings stored as {@code int} codes into a sorted dictionary of levels; -1 is missing. */
    CATEGORICAL,
    /** Native booleans (Parquet, PostgreSQL); text such as "Yes"/"No" stays categorical to keep its labels. */
    BOOLEAN,
    /** Instants as microseconds since 1970-01-01T00:00Z (dates at midnight UTC). */
    TIMESTAMP;

    /** Lower-case name used in JSON and tables. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
