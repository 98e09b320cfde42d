package dev.clientele.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientele.data.DataSource;
import dev.clientele.data.DuckDb;
import dev.clientele.data.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates arrive as text in many forms, as numbers, or natively typed; all must land on the same days. Every
 * log below holds the same three purchases of customer a: 2024-01-05, 2024-02-10 and 2024-02-10 again
 * (later that day), so as of 2024-02-10: recency 0, frequency 1, tenure 36 (26 + 10), gap 36.
 */
class DateInputTest {
    @TempDir
    Path dir;

    private static void assertSameDays(FeatureSet s) {
        Table t = s.table();
        assertThat(t.rowCount()).isEqualTo(1);
        assertThat(Fixtures.value(t, "recency_days", 0)).isZero();
        assertThat(Fixtures.value(t, "frequency", 0)).isEqualTo(1);
        assertThat(Fixtures.value(t, "tenure_days", 0)).isEqualTo(36);
        assertThat(Fixtures.value(t, "interpurchase_mean_days", 0)).isEqualTo(36);
        assertThat(Fixtures.value(t, "monetary_total", 0)).isEqualTo(6);
    }

    @ParameterizedTest(name = "{0} with format [{3}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "ISO dates          | 2024-01-05          | 2024-02-10 09:00:00 | -",
        "ISO timestamps     | 2024-01-05T23:59:59 | 2024-02-10T10:30:00Z | -",
        "basic ISO          | 20240105            | 20240210            | -",
        "basic, explicit    | 20240105            | 20240210            | yyyyMMdd",
        "day first          | 05/01/2024          | 10/02/2024          | dd/MM/yyyy",
        "US with time       | 1/5/2024 8:05 PM    | 2/10/2024 11:00 AM  | M/d/yyyy h:mm a",
        "month names        | 05 Jan 2024         | 10 Feb 2024         | dd MMM yyyy",
    })
    void text_dates_in_many_forms_give_the_same_days(String label, String first, String second, String format)
            throws Exception {
        Path f = dir.resolve("log.csv");
        Files.writeString(f, "who;when;paid\na;" + first + ";1\na;" + second + ";2\na;" + second + ";3\n");
        TransactionOptions o = TransactionOptions.of("who", "when", "paid", LocalDate.of(2024, 2, 10)).withDateFormat(format);
        assertSameDays(TransactionFeatures.compute(DataSource.of(f), o));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "DATE      | DATE '2024-01-05'           | DATE '2024-02-10'",
        "TIMESTAMP | TIMESTAMP '2024-01-05 22:00' | TIMESTAMP '2024-02-10 08:00'",
        "INTEGER   | 20240105                    | 20240210",
    })
    void native_dates_timestamps_and_numbers_in_parquet_give_the_same_days(String type, String first, String second)
            throws Exception {
        Path f = dir.resolve("log.parquet");
        try (Connection duck = DuckDb.open()) {
            DuckDb.exec(duck, "COPY (SELECT * FROM (VALUES ('a', " + first + ", 1.0), ('a', " + second + ", 2.0), ('a', "
                    + second + ", 3.0)) v(who, \"when\", paid)) TO '" + f + "' (FORMAT parquet)");
        }
        TransactionOptions o = TransactionOptions.of("who", "when", "paid", LocalDate.of(2024, 2, 10));
        assertSameDays(TransactionFeatures.compute(DataSource.of(f), o));
    }

    @Test
    void whitespace_aligned_text_with_crlf_and_numeric_dates_reads_like_cdnow() throws Exception {
        Path f = dir.resolve("log.txt");
        Files.writeString(f, " who   when  paid\r\n 007 20240105  1.00\r\n 007 20240210  2.00\r\n 007 20240210  3.00\r\n");
        FeatureSet s = TransactionFeatures.compute(DataSource.of(f),
                TransactionOptions.of("who", "when", "paid", LocalDate.of(2024, 2, 10)).withDateFormat("yyyyMMdd"));
        assertSameDays(s);
        assertThat(s.table().column("who").text(0)).isEqualTo("007");
    }

    /* The first 1,000 dates decide the cheap parse; later rows in the other form still read. */
    @Test
    void a_column_mixing_iso_and_basic_dates_reads_every_row() throws Exception {
        StringBuilder sb = new StringBuilder("who,when,paid\n");
        for (int i = 0; i < 1_200; i++) {
            sb.append("z").append(i).append(",2024-01-01,1\n");
        }
        sb.append("a,20240105,1\na,2024-02-10,2\na,20240210,3\n");
        Path f = dir.resolve("mixed.csv");
        Files.writeString(f, sb.toString());
        FeatureSet s = TransactionFeatures.compute(DataSource.of(f),
                TransactionOptions.of("who", "when", "paid", LocalDate.of(2024, 2, 10)));
        assertThat(s.log().rows()).isEqualTo(1_203);
        assertThat(s.table().column("who").text(0)).isEqualTo("a");
        assertThat(Fixtures.value(s.table(), "tenure_days", 0)).isEqualTo(36);
        assertThat(Fixtures.value(s.table(), "frequency", 0)).isEqualTo(1);
    }

    @Test
    void a_non_date_column_type_is_refused() throws Exception {
        Path f = dir.resolve("log.parquet");
        try (Connection duck = DuckDb.open()) {
            DuckDb.exec(duck, "COPY (SELECT 'a' AS who, true AS \"when\", 1.0 AS paid) TO '" + f + "' (FORMAT parquet)");
        }
        assertThatThrownBy(() -> TransactionFeatures.compute(DataSource.of(f),
                TransactionOptions.of("who", "when", "paid", LocalDate.of(2024, 2, 10))))
                .hasMessage(f + ", column 'when': the date column holds BOOLEAN values; it must hold dates");
    }
}
