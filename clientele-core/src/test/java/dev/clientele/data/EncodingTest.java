package dev.clientele.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text that is not UTF-8: read with --encoding, refused without it by a message that names the option. */
class EncodingTest {
    private static final String LATIN1_TEXT = "name,city,score\nJosé,München,1.5\nAnnaïs,Göteborg,2\nBo,Łódź,3\n";

    @TempDir
    Path dir;

    private Path write(String name, String text, Charset cs) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, text.getBytes(cs));
        return f;
    }

    @Test
    void a_latin1_file_reads_with_encoding_latin1() throws IOException {
        Path f = write("people.csv", LATIN1_TEXT, StandardCharsets.ISO_8859_1);
        Table t = TableReader.read(DataSource.of(f).withEncoding("latin1"));
        assertThat(SourceKindsTest.texts(t.column("name"))).containsExactly("José", "Annaïs", "Bo");
        // 'Ł' is not in Latin-1: getBytes wrote '?' for it, and '?' is what comes back
        assertThat(SourceKindsTest.texts(t.column("city"))).containsExactly("München", "Göteborg", "?ód?");
        assertThat(t.numeric("score").toArray()).containsExactly(1.5, 2, 3);
    }

    @Test
    void a_latin1_file_is_refused_without_the_option_naming_line_and_byte() throws IOException {
        Path f = write("people.csv", LATIN1_TEXT, StandardCharsets.ISO_8859_1);
        DataException e = catchThrowableOfType(DataException.class, () -> TableReader.read(DataSource.of(f)));
        assertThat(e).hasMessage(f + " line 2: text is not valid UTF-8 (byte 0xE9); give the file's encoding, "
                + "e.g. --encoding latin1 or --encoding windows-1252");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void a_bad_byte_past_the_probed_head_is_refused_too() throws IOException {
        StringBuilder sb = new StringBuilder("id,word\n");
        int rows = 0;
        while (sb.length() < 5 << 20) {
            sb.append(rows++).append(",plain\n");
        }
        sb.append(rows).append(",café\n");
        Path f = write("big.csv", sb.toString(), StandardCharsets.ISO_8859_1);
        DataException e = catchThrowableOfType(DataException.class, () -> TableReader.read(DataSource.of(f)));
        assertThat(e).hasMessage(f + " line " + (rows + 2) + ": text is not valid UTF-8; give the file's encoding, "
                + "e.g. --encoding latin1 or --encoding windows-1252");
        Table t = TableReader.read(DataSource.of(f).withEncoding("latin1"));
        assertThat(t.column("word").text(rows)).isEqualTo("café");
    }

    @Test
    void utf16_with_a_byte_order_mark_reads_with_its_encoding() throws IOException {
        Path f = write("wide.csv", "a,b\nÄ,1\n", StandardCharsets.UTF_16);
        Table t = TableReader.read(DataSource.of(f).withEncoding("utf-16"));
        assertThat(t.columnNames()).containsExactly("a", "b");
        assertThat(t.column("a").text(0)).isEqualTo("Ä");
    }

    @Test
    void utf16_without_the_option_is_refused_naming_it() throws IOException {
        Path f = write("wide.csv", "a,b\nÄ,1\n", StandardCharsets.UTF_16LE);
        Files.write(f, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, Files.readAllBytes(f)));
        DataException e = catchThrowableOfType(DataException.class, () -> TableReader.read(DataSource.of(f)));
        assertThat(e).hasMessage(f + ": starts with a UTF-16 byte order mark; read it with --encoding utf-16");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void a_utf8_byte_order_mark_is_not_part_of_the_first_name() throws IOException {
        Path f = write("bom.csv", "\uFEFFid,v\nx1,1\nx2,2\n", StandardCharsets.UTF_8);
        Table t = TableReader.read(DataSource.of(f));
        assertThat(t.columnNames()).containsExactly("id", "v");
    }
}
