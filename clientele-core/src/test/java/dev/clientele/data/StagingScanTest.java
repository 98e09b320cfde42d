package dev.clientele.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staging for one pass: a delimited file is a view over the file, with its read errors still explained. */
class StagingScanTest {
    @TempDir
    Path dir;

    @Test
    void a_delimited_file_becomes_a_view_that_reads_the_file() throws IOException, SQLException {
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int i = 0; i < 30_000; i++) {
            csv.append(i).append(",n").append(i % 7).append('\n');
        }
        Path f = dir.resolve("v.csv");
        Files.writeString(f, csv.append("30000\n").toString());
        try (Connection duck = DuckDb.open(); Staging.Scan scan = Staging.stageForScan(duck, DataSource.of(f), "s")) {
            assertThat(scan.isView()).isTrue();
            assertThat(DuckDb.scalarLong(duck, "SELECT count(*) FROM (SELECT id FROM s LIMIT 10) WHERE id = '3'"))
                    .isEqualTo(1);
            SQLException e = catchThrowableOfType(SQLException.class,
                    () -> DuckDb.scalarLong(duck, "SELECT count(DISTINCT name) FROM s"));
            assertThat(scan.explain(e)).hasMessage(f + " line 30002: has 1 fields but the header has 2; fix the row "
                    + "or check the delimiter (--delimiter)");
            scan.drop(duck);
            assertThat(DuckDb.scalarLong(duck, "SELECT count(*) FROM duckdb_views() WHERE view_name = 's'")).isZero();
        }
    }

    @Test
    void other_sources_are_staged_as_tables() throws IOException, SQLException {
        Path f = dir.resolve("w.txt");
        Files.writeString(f, "id  amount\n 1  2.5\n 2  3\n");
        try (Connection duck = DuckDb.open(); Staging.Scan scan = Staging.stageForScan(duck, DataSource.of(f), "s")) {
            assertThat(scan.isView()).isFalse();
            assertThat(DuckDb.scalarLong(duck, "SELECT max(rowid) FROM s")).isEqualTo(1);
            SQLException e = catchThrowableOfType(SQLException.class, () -> DuckDb.exec(duck, "SELECT nope FROM s"));
            assertThat(scan.explain(e).getMessage()).startsWith(f + ": Referenced column \"nope\" not found");
        }
    }

    @Test
    void a_header_without_rows_is_refused() throws IOException, SQLException {
        Path f = dir.resolve("h.csv");
        Files.writeString(f, "id,name\n");
        try (Connection duck = DuckDb.open()) {
            assertThatThrownBy(() -> Staging.stageForScan(duck, DataSource.of(f), "s"))
                    .isInstanceOf(DataException.class)
                    .hasMessage(f + ": has a header but no data rows; nothing to analyse");
        }
    }
}
