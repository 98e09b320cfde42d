package dev.clientele.data;

import static dev.clientele.data.SourceKindsTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How text columns are typed: over all rows, keeping the user's labels and zero-padded codes. */
class ColumnTypingTest {
    @TempDir
    Path dir;

    private Table read(String csv) throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, csv);
        return TableReader.read(DataSource.of(f));
    }

    @Test
    void numbers_stored_as_text_with_blanks_load_as_numbers_with_missing_cells() throws IOException {
        Table t = read("id,amount\na,\"12.5\"\nb,\nc,\"  \"\nd,-3e2\ne,\" 7 \"\n");
        NumericColumn amount = t.numeric("amount");
        assertThat(amount.missingCount()).isEqualTo(2);
        assertThat(amount.get(0)).isEqualTo(12.5);
        assertThat(amount.get(3)).isEqualTo(-300);
        assertThat(amount.get(4)).isEqualTo(7);
        assertThat(amount.isMissing(1)).isTrue();
        assertThat(amount.isMissing(2)).isTrue();
    }

    @Test
    void zero_padded_codes_stay_text_but_zero_and_decimals_are_numbers() throws IOException {
        Table t = read("code,small\n007,0\n010,0.5\n123,0\n");
        assertThat(t.column("code").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(texts(t.column("code"))).containsExactly("007", "010", "123");
        assertThat(t.column("small").type()).isEqualTo(ColumnType.NUMERIC);
    }

    @Test
    void yes_no_and_true_false_text_keep_their_labels() throws IOException {
        Table t = read("answer,flag\nYes,true\nNo,false\nYes,\n");
        assertThat(((CategoricalColumn) t.column("answer")).levels()).containsExactly("No", "Yes");
        assertThat(((CategoricalColumn) t.column("flag")).levels()).containsExactly("false", "true");
        assertThat(t.column("flag").isMissing(2)).isTrue();
    }

    @Test
    void digit_group_underscores_are_not_numbers() throws IOException {
        Table t = read("ref\n1_000\n2_000\n");
        assertThat(texts(t.column("ref"))).containsExactly("1_000", "2_000");
    }

    @Test
    void iso_dates_and_timestamps_load_as_timestamps() throws IOException {
        Table t = read("day,at\n2020-02-29,2021-03-04 05:06:07\n,2021-03-04T05:06:08.25\n1999-01-01,\n");
        assertThat(t.column("day").type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(texts(t.column("day"))).containsExactly("2020-02-29", null, "1999-01-01");
        assertThat(texts(t.column("at"))).containsExactly("2021-03-04T05:06:07", "2021-03-04T05:06:08.250", null);
    }

    @Test
    void a_column_with_every_cell_blank_is_numeric_and_empty() throws IOException {
        Table t = read("a,b\n1,\n2,\n");
        assertThat(t.column("b").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(t.column("b").missingCount()).isEqualTo(2);
        assertThat(SchemaInference.profile(t.column("b")).role()).isEqualTo(ColumnRole.EMPTY);
    }

    @Test
    void quoted_fields_keep_commas_quotes_and_line_breaks() throws IOException {
        Table t = read("name,note\n\"Smith, Ann\",\"said \"\"hi\"\"\"\nBo,\"two\nlines\"\n");
        assertThat(texts(t.column("name"))).containsExactly("Smith, Ann", "Bo");
        assertThat(texts(t.column("note"))).containsExactly("said \"hi\"", "two\nlines");
    }

    @Test
    void backslash_escaped_quotes_are_sniffed() throws IOException {
        Table t = read("name,n\n\"say \\\"hi\\\"\",1\n\"plain\",2\n");
        assertThat(texts(t.column("name"))).containsExactly("say \"hi\"", "plain");
    }

    /** The typing looks at a sample first; a value after the sample must still change the type. */
    @Test
    void a_value_far_after_the_sample_decides_the_type_as_well() throws IOException {
        int rows = ColumnTyping.SAMPLE_ROWS + 5_000;
        StringBuilder sb = new StringBuilder("num,late_text,late_padded,late_not_date,late_number\n");
        for (int i = 0; i < rows; i++) {
            boolean last = i == rows - 1;
            sb.append(i).append(',')
                    .append(last ? "n/a" : Integer.toString(i)).append(',')
                    .append(last ? "0042" : Integer.toString(i + 100)).append(',')
                    .append(last ? "soon" : "2020-01-0" + (1 + i % 9)).append(',')
                    .append(last ? "12" : "x" + i % 3).append('\n');
        }
        Table t = read(sb.toString());
        assertThat(t.column("num").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(t.column("late_text").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(t.column("late_text").text(rows - 1)).isEqualTo("n/a");
        assertThat(t.column("late_padded").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(t.column("late_padded").text(rows - 1)).isEqualTo("0042");
        assertThat(t.column("late_not_date").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(t.column("late_number").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(((CategoricalColumn) t.column("late_number")).levels()).containsExactly("12", "x0", "x1", "x2");
    }

    @Test
    void numbers_then_dates_after_the_sample_make_a_categorical_column() throws IOException {
        int rows = ColumnTyping.SAMPLE_ROWS + 10;
        StringBuilder sb = new StringBuilder("mixed\n");
        for (int i = 0; i < rows; i++) {
            sb.append(i < rows - 1 ? Integer.toString(i) : "2020-01-01").append('\n');
        }
        Table t = read(sb.toString());
        assertThat(t.column("mixed").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(t.column("mixed").text(rows - 1)).isEqualTo("2020-01-01");
    }

    @Test
    void a_query_over_a_text_file_sees_typed_columns() throws IOException {
        Path f = dir.resolve("q.csv");
        Files.writeString(f, "code,day,amount,label\n007,2020-01-02,1.5,a\n008,2020-01-03,,b\n009,2020-01-05,4,\n");
        Table t = TableReader.read(DataSource.of(f).withQuery("SELECT max(day) - min(day) AS span, sum(amount) AS total, "
                + "count(label) AS labels, min(code) AS first, typeof(max(day)) AS day_type FROM data"));
        assertThat(t.column("span").text(0)).isEqualTo("3 days");
        assertThat(t.numeric("total").get(0)).isEqualTo(5.5);
        assertThat(t.numeric("labels").get(0)).isEqualTo(2);
        assertThat(t.column("first").text(0)).isEqualTo("007");
        assertThat(t.column("day_type").text(0)).isEqualTo("TIMESTAMP");
    }
}
