package dev.clientele.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable, in-memory, columnar table: named columns of equal length, in source order.
 *
 * <p>Invariant: column names are unique and every column has {@link #rowCount()} rows. Row order is the
 * source order, so outputs keyed by row number line up with the input file.
 */
public final class Table {
    private final String source;
    private final List<Column> columns;
    private final Map<String, Column> byName;
    private final int rows;

    /**
     * @param source  where the data came from (file name, sanitised URL, or a free label); used in messages
     * @param columns the columns; all must have the same size and distinct names
     */
    public Table(String source, List<Column> columns) {
        this.source = source;
        this.columns = List.copyOf(columns);
        this.byName = new LinkedHashMap<>();
        int n = columns.isEmpty() ? 0 : columns.get(0).size();
        for (Column c : columns) {
            if (c.size() != n) {
                throw new IllegalArgumentException("column '" + c.name() + "' has " + c.size() + " rows, expected " + n);
            }
            if (byName.put(c.name(), c) != null) {
                throw new IllegalArgumentException("duplicated column name '" + c.name() + "'");
            }
        }
        this.rows = n;
    }

    public static Table of(String source, Column... columns) {
        return new Table(source, List.of(columns));
    }

    /** Where the data came from. */
    public String source() {
        return source;
    }

    public int rowCount() {
        return rows;
    }

    public int columnCount() {
        return columns.size();
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> columnNames() {
        List<String> names = new ArrayList<>(columns.size());
        for (Column c : columns) {
            names.add(c.name());
        }
        return Collections.unmodifiableList(names);
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    /**
     * The column with this name.
     *
     * @throws DataException naming the closest existing columns when there is none
     */
    public Column column(String name) {
        Column c = byName.get(name);
        if (c == null) {
            throw new DataException(source, 0, null,
                    "no column '" + name + "'; " + Names.suggestion(name, columnNames()));
        }
        return c;
    }

    /** The named column, which must be numeric. */
    public NumericColumn numeric(String name) {
        Column c = column(name);
        if (c instanceof NumericColumn n) {
            return n;
        }
        throw new DataException(source, 0, name, "expected a numeric column, found " + c.type().label());
    }

    /** A table with only these columns, in this order. */
    public Table select(List<String> names) {
        List<Column> picked = new ArrayList<>();
        for (String n : names) {
            picked.add(column(n));
        }
        return new Table(source, picked);
    }

    /** A table without these columns (unknown names are ignored). */
    public Table drop(List<String> names) {
        List<Column> kept = new ArrayList<>();
        for (Column c : columns) {
            if (!names.contains(c.name())) {
                kept.add(c);
            }
        }
        return new Table(source, kept);
    }

    /** A table with these rows, in this order. */
    public Table rows(int[] rowIndexes) {
        List<Column> taken = new ArrayList<>(columns.size());
        for (Column c : columns) {
            taken.add(c.take(rowIndexes));
        }
        return new Table(source, taken);
    }

    /** A table with {@code column} added at the end, or replacing the column of the same name in place. */
    public Table with(Column column) {
        List<Column> next = new ArrayList<>(columns);
        int at = next.indexOf(byName.get(column.name()));
        if (at >= 0) {
            next.set(at, column);
        } else {
            next.add(column);
        }
        return new Table(source, next);
    }

    @Override
    public String toString() {
        return "Table[" + source + ", " + rows + " rows, columns=" + columnNames() + "]";
    }
}
