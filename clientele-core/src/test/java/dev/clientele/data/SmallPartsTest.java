package dev.clientele.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names, DataSource, AtomicFiles, TableWriter and SchemaInference on hand-worked examples. */
class SmallPartsTest {
    @TempDir
    Path dir;

    @Test
    void edit_distance_matches_hand_worked_examples() {
        assertThat(Names.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Names.distance("", "abc")).isEqualTo(3);
        assertThat(Names.distance("flaw", "lawn")).isEqualTo(2);
        assertThat(Names.distance("same", "same")).isZero();
    }

    @Test
    void closest_names_rank_by_distance_and_ignore_case() {
        List<String> known = List.of("Tenure", "tenures", "monthly", "ten");
        assertThat(Names.closest("tenure", known, 3)).containsExactly("Tenure", "tenures", "ten");
        assertThat(Names.suggestion("xyzzy", List.of("a", "b"))).isEqualTo("known columns: a, b");
    }

    @Test
    void passwords_are_masked_in_urls_and_messages() {
        assertThat(DataSource.sanitize("jdbc:postgresql://h/db?user=u&password=p%40ss&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=true");
        assertThat(DataSource.sanitize("jdbc:sqlserver://h;user=u;Password=x y;db=a"))
                .isEqualTo("jdbc:sqlserver://h;user=u;Password=***;db=a");
        assertThat(DataSource.sanitize("jdbc:mysql://ann:pw@host/db")).isEqualTo("jdbc:mysql://ann:***@host/db");
        assertThat(DataSource.of("jdbc:postgresql://h/db?password=p").displayName()).doesNotContain("=p");
    }

    @Test
    void a_table_name_is_refused_for_a_file_that_holds_no_tables() {
        assertThatThrownBy(() -> DataSource.of("crm.csv").withTable("customers"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--table applies to a database (a .duckdb file or a jdbc: URL), not to crm.csv; "
                        + "leave it out, or filter the file with --query \"select ... from data\"");
        assertThat(DataSource.of("crm.duckdb").withTable("customers").table()).isEqualTo("customers");
        assertThat(DataSource.of("JDBC:postgresql://h/db").withTable("customers").table()).isEqualTo("customers");
    }

    @Test
    void a_source_takes_a_query_or_a_table_not_both() {
        assertThatThrownBy(() -> new DataSource("x.csv", "select 1", "t", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("give either a query or a table, not both");
        assertThatThrownBy(() -> DataSource.of(" ")).hasMessage("data location must not be blank");
        assertThat(DataSource.of("a.PARQUET").kind()).isEqualTo(DataSource.Kind.PARQUET);
        assertThat(DataSource.of("a.ndjson").kind()).isEqualTo(DataSource.Kind.JSON);
        assertThat(DataSource.of("a.ddb").kind()).isEqualTo(DataSource.Kind.DUCKDB);
        assertThat(DataSource.of("JDBC:postgresql://x/y").kind()).isEqualTo(DataSource.Kind.JDBC);
        assertThat(DataSource.of("a.tsv").kind()).isEqualTo(DataSource.Kind.TEXT);
    }

    @Test
    void a_failed_atomic_write_leaves_the_old_file_and_no_temporary_file() throws IOException {
        Path target = dir.resolve("out.txt");
        AtomicFiles.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFiles.write(target, tmp -> {
            Files.writeString(tmp, "half");
            throw new IOException("disk full");
        })).isInstanceOf(DataException.class).hasMessage(target + ": cannot write: disk full");
        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("out.txt");
        }
        AtomicFiles.writeString(target, "new");
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void table_writer_quotes_only_where_needed_and_rejects_unknown_extensions() throws IOException {
        Table t = Table.of("t", CategoricalColumn.of("name", "Ann", "Smith, Bo", null, "say \"hi\""),
                NumericColumn.of("n", 1, 2.5, Double.NaN, -1e-7));
        Path f = dir.resolve("t.csv");
        TableWriter.write(t, f);
        assertThat(Files.readString(f)).isEqualTo("name,n\nAnn,1\n\"Smith, Bo\",2.5\n,\n\"say \"\"hi\"\"\",-1.0E-7\n");
        TableWriter.write(t, dir.resolve("t.tsv"));
        assertThat(Files.readString(dir.resolve("t.tsv"))).startsWith("name\tn\nAnn\t1\nSmith, Bo\t2.5\n");
        assertThatThrownBy(() -> TableWriter.write(t, dir.resolve("t.xlsx")))
                .hasMessage(dir.resolve("t.xlsx") + ": unknown output format; use a .csv, .tsv or .parquet file name");
    }

    @Test
    void schema_inference_finds_ids_targets_constants_and_empty_columns() {
        int n = 30;
        String[] ids = new String[n];
        String[] label = new String[n];
        double[] seq = new double[n];
        double[] same = new double[n];
        double[] none = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "C" + (1000 + i);
            label[i] = i % 3 == 0 ? "left" : "stayed";
            seq[i] = i * 7;
            same[i] = 5;
            none[i] = Double.NaN;
        }
        Table t = Table.of("t", CategoricalColumn.of("who", ids), CategoricalColumn.of("outcome", label),
                NumericColumn.of("number", seq), NumericColumn.of("five", same), NumericColumn.of("blank", none),
                NumericColumn.of("half", halves(n)));
        List<ColumnProfile> p = SchemaInference.profile(t);
        assertThat(p).extracting(ColumnProfile::role).containsExactly(ColumnRole.ID, ColumnRole.LIKELY_TARGET,
                ColumnRole.ID, ColumnRole.CONSTANT, ColumnRole.EMPTY, ColumnRole.FEATURE);
        assertThat(SchemaInference.idColumns(t)).containsExactly("who", "number");
        ColumnProfile outcome = p.get(1);
        assertThat(outcome.top()).containsExactly(new ColumnProfile.LevelCount("stayed", 20),
                new ColumnProfile.LevelCount("left", 10));
        ColumnProfile number = p.get(2);
        assertThat(number.min()).isEqualTo("0");
        assertThat(number.max()).isEqualTo("203");
        assertThat(number.mean()).isEqualTo(101.5);
        assertThat(number.examples()).containsExactly("0", "7", "14");
    }

    private static double[] halves(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (i % 4) / 2.0;
        }
        return v;
    }

    @Test
    void fewer_than_twenty_unique_rows_are_not_called_ids() {
        Table t = Table.of("t", CategoricalColumn.of("who", "a", "b", "c"));
        assertThat(SchemaInference.idColumns(t)).isEmpty();
    }

    @Test
    void the_output_format_follows_the_extension_whatever_its_case() {
        assertThat(OutputFormat.of(Path.of("scores.CSV"))).isEqualTo(OutputFormat.CSV);
        assertThat(OutputFormat.of(Path.of("dir/scores.tsv")).separator()).isEqualTo('\t');
        assertThat(OutputFormat.of(Path.of("scores.parquet"))).isEqualTo(OutputFormat.PARQUET);
        assertThat(OutputFormat.ofOrNull(Path.of("scores.xlsx"))).isNull();
        assertThatThrownBy(() -> OutputFormat.of(Path.of("scores.txt"))).isInstanceOf(DataException.class)
                .hasMessage("scores.txt: unknown output format; use a .csv, .tsv or .parquet file name");
    }
}
