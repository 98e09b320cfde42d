package dev.clientele.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad input gets one line naming the file, the place and what to do. */
class BadInputTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private static DataException readFails(DataSource source) {
        return (DataException) org.assertj.core.api.Assertions.catchThrowableOfType(DataException.class,
                () -> TableReader.read(source));
    }

    @Test
    void missing_file() {
        Path f = dir.resolve("nope.csv");
        assertThat(readFails(DataSource.of(f))).hasMessage(f + ": file not found; check the path given to --data");
        Path pq = dir.resolve("nope.parquet");
        assertThat(readFails(DataSource.of(pq))).hasMessage(pq + ": file not found; check the path given to --data");
    }

    @Test
    void a_directory() {
        assertThat(readFails(DataSource.of(dir))).hasMessage(dir + ": is a directory, not a data file");
    }

    @Test
    void empty_file() throws IOException {
        Path f = file("empty.csv", "");
        assertThat(readFails(DataSource.of(f))).hasMessage(f + ": file is empty; expected a header line and data rows");
    }

    @Test
    void header_only() throws IOException {
        Path f = file("header.csv", "a,b,c\n");
        assertThat(readFails(DataSource.of(f))).hasMessage(f + ": has a header but no data rows; nothing to analyse");
    }

    @Test
    void blank_first_line() throws IOException {
        Path f = file("blank.csv", "\n\na,b\n1,2\n");
        assertThat(readFails(DataSource.of(f)))
                .hasMessage(f + " line 1: the first line is blank; expected a header with column names");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            too few fields  | a,b,c\\n1,2,3\\n4,5\\n6,7,8\\n | line 3: has 2 fields but the header has 3; fix the row or check the delimiter (--delimiter)
            too many fields | a,b,c\\n1,2,3\\n4,5,6,7\\n    | line 3: has 4 fields but the header has 3; fix the row or check the delimiter (--delimiter)
            quoted newline  | a,b\\n"x\\ny",1\\n"z",2,3\\n  | line 4: has 3 fields but the header has 2; fix the row or check the delimiter (--delimiter)
            duplicated name | id,score,id\\n1,2,3\\n        | line 1, column 'id': duplicated column name (header fields 1 and 3); rename one of them
            names by case  | a,b,A\\n1,2,3\\n              | line 1, column 'A': duplicated column name (header fields 1 and 3, 'a' and 'A': names are case-insensitive); rename one of them
            empty name      | a,b,\\n1,2,\\n                | line 1: header field 3 is empty; every column needs a name (a trailing delimiter on the header line?)
            stray quote     | a,b,c\\n1,x,2\\n3,"y" z,4\\n | line 3: cannot parse: value with unterminated quote found; check the quoting on this line (a quote inside a quoted field is written twice), or give --delimiter or --encoding if the file uses another one
            """)
    void malformed_text_is_reported_by_line(String what, String content, String message) throws IOException {
        Path f = file("bad.csv", content.replace("\\n", "\n"));
        assertThat(readFails(DataSource.of(f))).hasMessage(f + " " + message);
    }

    @Test
    void ragged_row_far_beyond_the_sniffer_sample_names_its_line() throws IOException {
        StringBuilder sb = new StringBuilder("id,name,score\n");
        for (int i = 0; i < 50_000; i++) {
            sb.append(i).append(",\"n ").append(i).append("\",").append(i % 7).append('\n');
        }
        sb.append("50000,x\n");
        Path f = file("late.csv", sb.toString());
        assertThat(readFails(DataSource.of(f))).hasMessage(f
                + " line 50002: has 2 fields but the header has 3; fix the row or check the delimiter (--delimiter)");
    }

    @Test
    void binary_file() throws IOException {
        Path f = dir.resolve("image.csv");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        assertThat(readFails(DataSource.of(f))).hasMessage(f + ": looks like a binary file (NUL byte at offset 8), "
                + "not delimited text; give a CSV, TSV, Parquet, JSON-lines or DuckDB file");
    }

    @Test
    void parquet_bytes_under_a_text_name() throws IOException {
        Path f = dir.resolve("data.csv");
        Files.write(f, new byte[] {'P', 'A', 'R', '1', 1, 2, 3});
        assertThat(readFails(DataSource.of(f))).hasMessage(f + ": is a Parquet file; give it a .parquet extension");
    }

    @Test
    void corrupt_parquet_file() throws IOException {
        Path f = file("broken.parquet", "a,b\n1,2\n");
        assertThat(readFails(DataSource.of(f)).getMessage()).startsWith(f + ": cannot read: ");
    }

    @Test
    void unknown_delimiter_and_encoding_names() throws IOException {
        Path f = file("ok.csv", "a,b\n1,2\n");
        // option errors (exit 2 on the command line), not data errors
        assertThatThrownBy(() -> TableReader.read(DataSource.of(f).withDelimiter("::")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(f + ": unknown --delimiter '::'; use one character (, ; |), tab, or whitespace");
        assertThatThrownBy(() -> TableReader.read(DataSource.of(f).withEncoding("klingon")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(f
                + ": unknown --encoding 'klingon'; use a Java charset name such as utf-8, latin1, windows-1252 or utf-16");
    }

    @Test
    void unknown_column_name_suggests_the_closest() {
        Table t = TableReader.read(DataSource.of(ExampleFiles.telco()));
        assertThatThrownBy(() -> t.column("tenur"))
                .isInstanceOf(DataException.class)
                .hasMessage(ExampleFiles.telco() + ": no column 'tenur'; did you mean 'tenure'?");
        assertThatThrownBy(() -> t.column("streaming"))
                .hasMessage(ExampleFiles.telco() + ": no column 'streaming'; did you mean 'streaming_tv' or 'streaming_movies'?");
        assertThatThrownBy(() -> t.column("zzzzzzzzzz")).hasMessage(ExampleFiles.telco()
                + ": no column 'zzzzzzzzzz'; known columns: churn, female, senior_citizen, partner, dependents, tenure, "
                + "phone_service, multiple_lines, internet_service, online_security, online_backup, device_protection, ...");
    }

    @Test
    void a_query_naming_an_unknown_column_says_to_check_the_query() {
        DataException e = readFails(DataSource.of(ExampleFiles.telco()).withQuery("SELECT tenur FROM data"));
        assertThat(e.getMessage()).startsWith(ExampleFiles.telco() + ": query failed: Referenced column \"tenur\" not found")
                .contains("\"tenure\"")
                .endsWith("; check --query (the file is table 'data')");
    }

    @Test
    void a_jdbc_url_without_table_or_query() {
        DataSource s = DataSource.of("jdbc:postgresql://127.0.0.1:1/db?user=u&password=hunter2");
        assertThat(readFails(s)).hasMessage("jdbc:postgresql://127.0.0.1:1/db?user=u&password=***: "
                + "a JDBC source needs --table NAME or --query \"select ...\"");
    }

    @Test
    void an_unreachable_database_says_so_without_printing_the_password() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // free now, closed below: nothing listens there
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/crm?user=ann&password=s3cr3t-Pw";
        DataException e = readFails(DataSource.of(url).withTable("customers"));
        assertThat(e.getMessage())
                .startsWith("jdbc:postgresql://127.0.0.1:" + port + "/crm?user=ann&password=***: cannot connect: Connection to 127.0.0.1:"
                        + port + " refused")
                .endsWith("; check that the database server is running and that host and port are right")
                .doesNotContain("s3cr3t-Pw")
                .doesNotContain(".;");
        assertThat(stackTraceOf(e)).doesNotContain("s3cr3t-Pw");
    }

    @Test
    void a_jdbc_url_without_a_driver() {
        DataException e = readFails(DataSource.of("jdbc:nosuchdb://host/db;password=s3cr3t").withTable("t"));
        assertThat(e).hasMessage("jdbc:nosuchdb://host/db;password=***: cannot connect: no JDBC driver for this URL "
                + "(PostgreSQL and DuckDB are bundled); use a jdbc:postgresql:// URL or put the driver on the class path");
    }

    static String stackTraceOf(Throwable t) {
        var w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }
}
