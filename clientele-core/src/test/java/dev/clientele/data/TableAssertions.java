package dev.clientele.data;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: cell-by-cell comparison of two tables. */
public final class TableAssertions {
    private TableAssertions() {
    }

    /**
     * Asserts equal column names, types and row counts, and per cell the same missing flag and the same
     * value (numbers compared as doubles, everything else by its text).
     */
    public static void assertSameCells(Table actual, Table expected) {
        assertThat(actual.columnNames()).isEqualTo(expected.columnNames());
        assertThat(actual.rowCount()).isEqualTo(expected.rowCount());
        for (int j = 0; j < expected.columnCount(); j++) {
            Column a = actual.columns().get(j);
            Column e = expected.columns().get(j);
            assertThat(a.type()).as("type of %s", e.name()).isEqualTo(e.type());
            for (int i = 0; i < expected.rowCount(); i++) {
                assertThat(a.isMissing(i)).as("missing %s row %d", e.name(), i).isEqualTo(e.isMissing(i));
                if (e instanceof NumericColumn en && !e.isMissing(i)) {
                    assertThat(((NumericColumn) a).get(i)).as("%s row %d", e.name(), i).isEqualTo(en.get(i));
                } else {
                    assertThat(a.text(i)).as("%s row %d", e.name(), i).isEqualTo(e.text(i));
                }
            }
        }
    }

    /**
     * Like {@link #assertSameCells} but for sources without a row order (SQL tables): both tables are
     * first sorted by the text of their whole rows.
     */
    public static void assertSameRowsInAnyOrder(Table actual, Table expected) {
        assertSameCells(actual.rows(canonicalOrder(actual)), expected.rows(canonicalOrder(expected)));
    }

    private static int[] canonicalOrder(Table t) {
        String[] keys = new String[t.rowCount()];
        for (int i = 0; i < keys.length; i++) {
            StringBuilder sb = new StringBuilder();
            for (Column c : t.columns()) {
                sb.append(c.text(i)).append('\u0001');
            }
            keys[i] = sb.toString();
        }
        return java.util.stream.IntStream.range(0, keys.length).boxed()
                .sorted(java.util.Comparator.comparing(i -> keys[i])).mapToInt(Integer::intValue).toArray();
    }
}
