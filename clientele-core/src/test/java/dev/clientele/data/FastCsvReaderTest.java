package dev.clientele.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import dev.clientele.testing.Seeds;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Java reader gives, cell by cell, the table that DuckDB's CSV scanner with the SQL typing gives (the
 * reference, {@code TableReader.read(source, false)}), on seeded random files, and leaves every file that
 * is not plain to DuckDB.
 */
class FastCsvReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    /** The Java reader's table with the file cut into up to {@code parts} parts, or null when it gave up. */
    private static Table javaRead(Path f, int parts) throws SQLException {
        try (TextSource text = TextSource.open(DataSource.of(f)); DuckDb.Lazy duck = new DuckDb.Lazy()) {
            return FastCsvReader.read(duck, text, parts, 1);
        }
    }

    private static void assertSameAsDuckDb(Table fast, Path f) {
        Table reference = TableReader.read(DataSource.of(f), false);
        TableAssertions.assertSameCells(fast, reference);
        for (int j = 0; j < reference.columnCount(); j++) {
            if (reference.columns().get(j) instanceof CategoricalColumn want) {
                assertThat(((CategoricalColumn) fast.columns().get(j)).levels()).containsExactly(want.levels());
            }
        }
    }

    @Seeds.Cases(40)
    void random_plain_files_read_the_same_as_through_duckdb(long seed) throws Exception {
        Random rnd = new Random(seed);
        Path f = write("r" + seed + ".csv", RandomCsv.plain(rnd));
        Table fast = javaRead(f, 1 + rnd.nextInt(4));
        assertThat(fast).as("the Java reader gave up on a plain file").isNotNull();
        assertSameAsDuckDb(fast, f);
        TableAssertions.assertSameCells(TableReader.read(DataSource.of(f)), fast);
    }

    @Test
    void a_number_column_with_text_beyond_the_sample_becomes_text() throws Exception {
        StringBuilder csv = new StringBuilder("id,value,amount\n");
        int rows = FastCsvReader.SAMPLE_ROWS + 500;
        for (int i = 0; i < rows; i++) {
            String value = i == rows - 7 ? "n/a" : Integer.toString(i % 97);
            String amount = i == rows - 3 ? " 12.5 " : i % 11 == 0 ? "" : (i % 50) + ".25";
            csv.append(i).append(',').append(value).append(',').append(amount).append('\n');
        }
        Path f = write("late.csv", csv.toString());
        Table fast = javaRead(f, 3);
        assertThat(fast).isNotNull();
        assertThat(fast.column("value").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(fast.column("value").text(rows - 7)).isEqualTo("n/a");
        assertThat(fast.column("amount").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(fast.numeric("amount").get(rows - 3)).isEqualTo(12.5);
        assertThat(fast.numeric("amount").missingCount()).isEqualTo((rows + 10) / 11);
        assertSameAsDuckDb(fast, f);
    }

    @Test
    void dates_and_padded_numbers_are_typed_from_their_distinct_values() throws Exception {
        Path f = write("d.csv", "day,n,code,word\r\n2020-02-29,+5,007,inf\r\n,  ,010,x\r\n1999-12-31 23:59:59,.5,12,\r\n");
        Table fast = javaRead(f, 1);
        assertThat(fast).isNotNull();
        assertThat(fast.column("day").type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(fast.column("n").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(fast.numeric("n").get(2)).isEqualTo(0.5);
        assertThat(fast.column("n").isMissing(1)).isTrue();
        assertThat(fast.column("code").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(((CategoricalColumn) fast.column("word")).levels()).containsExactly("inf", "x");
        assertSameAsDuckDb(fast, f);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "blank line|a,b\\n1,2\\n\\n3,4\\n",
        "ragged row|a,b\\n1,2\\n3\\n",
        "extra field|a,b\\n1,2\\n3,4,5\\n",
        "quote inside a field|a,b\\n1,x\"y\\n",
        "text after a closing quote|a,b\\n1,\"x\" \\n",
        "quoted line break|a,b\\n1,\"x\\ny\"\\n",
        "lone carriage return|a,b\\n1,2\\r3,4\\n",
        "mixed line endings|a,b\\r\\n1,2\\n3,4\\r\\n",
        "header only|a,b\\n",
        "backslash escapes|a,b\\n1,\"x\\\"y\"\\n",
    })
    void files_that_are_not_plain_are_left_to_duckdb(String what, String content) throws Exception {
        Path f = write("x.csv", content.replace("\\n", "\n").replace("\\r", "\r"));
        assertThat(javaRead(f, 2)).as(what).isNull();
    }

    @Test
    void bytes_that_are_not_utf8_beyond_the_probed_head_are_left_to_duckdb() throws Exception {
        byte[] head = "a,b\n".getBytes(StandardCharsets.US_ASCII);
        byte[] filler = "1,xyz\n".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);
        byte[] bad = {'2', ',', 'q', (byte) 0xE9, 'q', '\n'};
        Path f = dir.resolve("latin.csv");
        try (var out = Files.newOutputStream(f)) {
            out.write(head);
            out.write(filler);
            out.write(bad);
        }
        assertThat(javaRead(f, 2)).isNull();
        DataException e = org.assertj.core.api.Assertions.catchThrowableOfType(DataException.class,
                () -> TableReader.read(DataSource.of(f)));
        assertThat(e).hasMessageContaining("line 1000002").hasMessageContaining("not valid UTF-8");
    }

    @Test
    void a_byte_order_mark_and_a_missing_final_line_break_are_plain() throws Exception {
        Path f = write("bom.csv", "\uFEFFname;score\r\n\"a;b\";1.5\r\n\"say \"\"hi\"\"\";-2");
        Table fast = javaRead(f, 1);
        assertThat(fast).isNotNull();
        assertThat(fast.columnNames()).containsExactly("name", "score");
        assertThat(SourceKindsTest.texts(fast.column("name"))).containsExactly("a;b", "say \"hi\"");
        assertThat(fast.numeric("score").get(1)).isEqualTo(-2);
        assertSameAsDuckDb(fast, f);
    }
}
