package dev.clientele.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over seeded random tables (see {@link RandomTables}): whatever is written comes back.
 * Each seed is one case, so a failure names the seed that reproduces it.
 */
@Tag("slow")
class RoundTripTest {
    @TempDir
    Path dir;

    static long[] seeds() {
        long[] s = new long[25];
        for (int i = 0; i < s.length; i++) {
            s[i] = 1000 + i;
        }
        return s;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void csv_written_by_table_writer_reads_back_with_the_same_text_and_types(long seed) {
        Table t = RandomTables.generate(seed, 60, 6);
        Path f = dir.resolve("t" + seed + ".csv");
        TableWriter.write(t, f);
        Table back = TableReader.read(DataSource.of(f));
        assertThat(back.columnNames()).isEqualTo(t.columnNames());
        assertThat(back.rowCount()).isEqualTo(t.rowCount());
        for (int j = 0; j < t.columnCount(); j++) {
            Column want = t.columns().get(j);
            Column got = back.columns().get(j);
            if (want.missingCount() < want.size()) {
                // booleans are written as the words true/false, which come back as text labels
                ColumnType expected = want.type() == ColumnType.BOOLEAN ? ColumnType.CATEGORICAL : want.type();
                assertThat(got.type()).as("type of %s (seed %d)", want.name(), seed).isEqualTo(expected);
            }
            for (int i = 0; i < t.rowCount(); i++) {
                assertThat(got.text(i)).as("%s row %d (seed %d)", want.name(), i, seed).isEqualTo(want.text(i));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void parquet_written_by_table_writer_reads_back_identical(long seed) {
        Table t = RandomTables.generate(seed, 60, 6);
        Path f = dir.resolve("t" + seed + ".parquet");
        TableWriter.write(t, f);
        TableAssertions.assertSameCells(TableReader.read(DataSource.of(f)), t);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void a_table_pushed_into_duckdb_loads_back_identical(long seed) throws SQLException {
        Table t = RandomTables.generate(seed, 60, 6);
        try (Connection duck = DuckDb.open()) {
            TableDuckDb.register(duck, t, "pushed");
            TableAssertions.assertSameCells(TableReader.load(duck, "pushed", t.rowCount(), "pushed"), t);
        }
    }
}
