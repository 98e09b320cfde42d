package dev.clientele.data;

import static dev.clientele.data.TableAssertions.assertSameCells;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parquet, JSON lines and DuckDB database files (written here with DuckDB's own COPY from the demo CSV)
 * read back to the same cells as the CSV path.
 */
class SourceKindsTest {
    @TempDir
    static Path dir;
    private static Table csv;
    /** The demo CSV with native types, the text label column forced to VARCHAR (DuckDB's sniffer makes it BOOLEAN). */
    private static String typedTelco;

    @BeforeAll
    static void readCsv() {
        csv = TableReader.read(DataSource.of(ExampleFiles.telco()));
        typedTelco = "(SELECT * FROM read_csv(" + DuckDb.literal(ExampleFiles.telco().toString())
                + ", types = {'churn': 'VARCHAR'}))";
    }

    private static void duck(String sql) throws SQLException {
        try (Connection c = DuckDb.open()) {
            DuckDb.exec(c, sql);
        }
    }

    @Test
    void parquet_reads_to_the_same_cells_as_the_csv() throws SQLException {
        Path f = dir.resolve("telco.parquet");
        duck("COPY " + typedTelco + " TO " + DuckDb.literal(f.toString()) + " (FORMAT parquet)");
        assertSameCells(TableReader.read(DataSource.of(f)), csv);
    }

    @Test
    void json_lines_read_to_the_same_cells_as_the_csv() throws SQLException {
        Path f = dir.resolve("telco.jsonl");
        duck("COPY " + typedTelco + " TO " + DuckDb.literal(f.toString()) + " (FORMAT json)");
        assertSameCells(TableReader.read(DataSource.of(f)), csv);
    }

    @Test
    void a_duckdb_file_with_one_table_reads_without_naming_it() throws SQLException {
        Path f = dir.resolve("one.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + f)) {
            DuckDb.exec(c, "CREATE TABLE customers AS SELECT * FROM " + typedTelco);
        }
        assertSameCells(TableReader.read(DataSource.of(f)), csv);
        assertSameCells(TableReader.read(DataSource.of(f).withTable("customers")), csv);
    }

    @Test
    void a_duckdb_file_with_two_tables_needs_table_or_query() throws SQLException {
        Path f = dir.resolve("two.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + f)) {
            DuckDb.exec(c, "CREATE TABLE customers AS SELECT * FROM " + typedTelco);
            DuckDb.exec(c, "CREATE TABLE orders AS SELECT range AS id, range * 2 AS amount FROM range(30)");
        }
        assertThatThrownBy(() -> TableReader.read(DataSource.of(f)))
                .isInstanceOf(DataException.class)
                .hasMessage(f + ": holds 2 tables [customers, orders]; choose one with --table NAME or --query \"select ...\"");
        assertThatThrownBy(() -> TableReader.read(DataSource.of(f).withTable("customer")))
                .isInstanceOf(DataException.class)
                .hasMessage(f + ": no table 'customer'; did you mean 'customers'?");
        assertSameCells(TableReader.read(DataSource.of(f).withTable("customers")), csv);
        Table orders = TableReader.read(DataSource.of(f).withQuery("SELECT amount FROM orders WHERE id < 3"));
        assertThat(orders.columnNames()).containsExactly("amount");
        assertThat(orders.numeric("amount").toArray()).containsExactly(0, 2, 4);
    }

    @Test
    void native_booleans_dates_and_timestamps_keep_their_types() throws SQLException {
        Path f = dir.resolve("kinds.parquet");
        duck("COPY (SELECT * FROM (VALUES (true, DATE '2020-02-29', TIMESTAMP '2021-03-04 05:06:07.5', 'x'),"
                + " (NULL, NULL, NULL, NULL), (false, DATE '1969-12-31', TIMESTAMP '1999-12-31 23:59:59', 'y'))"
                + " t(flag, day, seen_at, label)) TO " + DuckDb.literal(f.toString()) + " (FORMAT parquet)");
        Table t = TableReader.read(DataSource.of(f));
        assertThat(t.column("flag").type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(t.column("day").type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(t.column("seen_at").type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(texts(t.column("flag"))).containsExactly("true", null, "false");
        assertThat(texts(t.column("day"))).containsExactly("2020-02-29", null, "1969-12-31");
        assertThat(texts(t.column("seen_at"))).containsExactly("2021-03-04T05:06:07.500", null, "1999-12-31T23:59:59");
        assertThat(((TimestampColumn) t.column("day")).micros(2)).isEqualTo(-86_400_000_000L);
        assertThat(texts(t.column("label"))).containsExactly("x", null, "y");
    }

    @Test
    void text_columns_with_only_nulls_or_blanks_load_as_missing() throws SQLException {
        Path f = dir.resolve("blanks.parquet");
        duck("COPY (SELECT * FROM (VALUES (NULL::VARCHAR, 'a', ''), (NULL, '  ', 'b'), (NULL, 'a', NULL))"
                + " t(nothing, spaced, empty)) TO " + DuckDb.literal(f.toString()) + " (FORMAT parquet)");
        Table t = TableReader.read(DataSource.of(f));
        // text typing runs on native text too: a column with no value at all is an empty numeric one
        assertThat(t.column("nothing").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(texts(t.column("nothing"))).containsExactly(null, null, null);
        assertThat(SchemaInference.profile(t.column("nothing")).role()).isEqualTo(ColumnRole.EMPTY);
        assertThat(texts(t.column("spaced"))).containsExactly("a", null, "a");
        assertThat(((CategoricalColumn) t.column("spaced")).levels()).containsExactly("a");
        assertThat(texts(t.column("empty"))).containsExactly(null, "b", null);
    }

    static String[] texts(Column c) {
        String[] out = new String[c.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = c.text(i);
        }
        return out;
    }
}
