package dev.clientele.data;

/**
 * One named, typed, immutable column of a {@link Table}. Implementations keep primitive arrays only.
 *
 * <p>Rows are 0-based. {@link #text(int)} gives the cell as the user wrote it (numbers without a trailing
 * ".0" when integral), or {@code null} when missing.
 */
public sealed interface Column permits NumericColumn, CategoricalColumn, BooleanColumn, TimestampColumn {

    String name();

    int size();

    ColumnType type();

    boolean isMissing(int row);

    /** Number of missing cells. */
    int missingCount();

    /** The cell as text, or {@code null} when missing. */
    String text(int row);

    /** A new column holding the given rows, in that order (rows may repeat). */
    Column take(int[] rows);

    /** The same data under another name. */
    Column renamed(String newName);
}
