package dev.clientele.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whitespace-aligned text: the CDNOW purchase log (leading blanks, runs of spaces, CRLF endings). */
class WhitespaceTextReadTest {
    @TempDir
    Path dir;

    @Test
    void reads_the_cdnow_log_with_four_columns_and_zero_padded_ids_kept_as_text() throws IOException {
        Table t = TableReader.read(DataSource.of(ExampleFiles.cdnow()));
        List<String[]> naive = new ArrayList<>();
        for (String line : Files.readAllLines(ExampleFiles.cdnow())) {
            if (!line.isBlank()) {
                naive.add(line.trim().split("\\s+"));
            }
        }
        assertThat(t.columnNames()).containsExactly(naive.get(0));
        assertThat(t.rowCount()).isEqualTo(69_659).isEqualTo(naive.size() - 1);
        Column id = t.column("customer_id");
        assertThat(id.type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(id.text(0)).isEqualTo("00001");
        assertThat(t.column("number_of_cds").type()).isEqualTo(ColumnType.NUMERIC);
        NumericColumn value = t.numeric("dollar_value");
        for (int i = 0; i < t.rowCount(); i++) {
            String[] row = naive.get(i + 1);
            assertThat(id.text(i)).isEqualTo(row[0]);
            assertThat(t.numeric("date").get(i)).isEqualTo(Double.parseDouble(row[1]));
            assertThat(value.get(i)).isEqualTo(Double.parseDouble(row[3]));
        }
        assertThat(((CategoricalColumn) id).levelCount()).isEqualTo(23_570);
    }

    @Test
    void is_detected_without_a_delimiter_option_and_also_read_with_delimiter_whitespace() throws IOException {
        Path f = dir.resolve("aligned.txt");
        Files.writeString(f, "  id   score  grade\r\n  007   1.5    A\r\n  010  12.25   B\r\n\r\n", StandardCharsets.UTF_8);
        for (DataSource s : List.of(DataSource.of(f), DataSource.of(f).withDelimiter("whitespace"))) {
            Table t = TableReader.read(s);
            assertThat(t.columnNames()).containsExactly("id", "score", "grade");
            assertThat(t.rowCount()).isEqualTo(2);
            assertThat(t.column("id").text(1)).isEqualTo("010");
            assertThat(t.numeric("score").get(1)).isEqualTo(12.25);
        }
    }

    @Test
    void reports_a_row_with_too_few_fields_by_line_number() throws IOException {
        Path f = dir.resolve("short.txt");
        Files.writeString(f, "a b c\n1 2 3\n4 5 6\n7 8\n");
        assertThatThrownBy(() -> TableReader.read(DataSource.of(f)))
                .isInstanceOf(DataException.class)
                .hasMessage(f + " line 4: has 2 fields but the header has 3 (columns separated by runs of spaces)");
    }
}
