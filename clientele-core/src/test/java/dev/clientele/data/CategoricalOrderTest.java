package dev.clientele.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Categorical codes depend on the set of levels only, never on the order of the rows. */
class CategoricalOrderTest {
    @TempDir
    Path dir;

    private static int[] permutation(int n, Random rnd) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int k = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[k];
            p[k] = t;
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void shuffling_rows_before_writing_gives_the_same_levels_and_codes(long seed) {
        Table t = RandomTables.generate(seed, 80, 5);
        int[] perm = permutation(t.rowCount(), new Random(seed));
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        TableWriter.write(t, a);
        TableWriter.write(t.rows(perm), b);
        Table ta = TableReader.read(DataSource.of(a));
        Table tb = TableReader.read(DataSource.of(b));
        for (Column c : ta.columns()) {
            if (c instanceof CategoricalColumn ca) {
                CategoricalColumn cb = (CategoricalColumn) tb.column(c.name());
                assertThat(cb.levels()).as("seed %d", seed).containsExactly(ca.levels());
                for (int i = 0; i < perm.length; i++) {
                    assertThat(cb.code(i)).isEqualTo(ca.code(perm[i]));
                }
            }
        }
    }

    @Test
    void levels_are_sorted_and_codes_follow_them_in_memory_too() {
        Random rnd = new Random(42);
        String[] values = new String[500];
        for (int i = 0; i < values.length; i++) {
            values[i] = rnd.nextInt(10) == 0 ? null : "v" + rnd.nextInt(37);
        }
        int[] perm = permutation(values.length, rnd);
        String[] shuffled = new String[values.length];
        for (int i = 0; i < perm.length; i++) {
            shuffled[i] = values[perm[i]];
        }
        CategoricalColumn a = CategoricalColumn.of("x", values);
        CategoricalColumn b = CategoricalColumn.of("x", shuffled);
        assertThat(b.levels()).containsExactly(a.levels());
        assertThat(a.levels()).isSorted();
        for (int i = 0; i < perm.length; i++) {
            assertThat(b.code(i)).isEqualTo(a.code(perm[i]));
            assertThat(b.text(i)).isEqualTo(values[perm[i]]);
        }
    }
}
