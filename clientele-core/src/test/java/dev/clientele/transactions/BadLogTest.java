package dev.clientele.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientele.data.DataException;
import dev.clientele.data.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad logs and bad options give one clear message naming the place and the fix. */
class BadLogTest {
    @TempDir
    Path dir;

    private Path csv(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private static TransactionOptions options(String cutoff) {
        return TransactionOptions.of("client", "day", "total", LocalDate.parse(cutoff));
    }

    private static FeatureSet run(Path file, TransactionOptions o) {
        return TransactionFeatures.compute(DataSource.of(file), o);
    }

    @Test
    void unparseable_dates_are_reported_with_their_line_numbers() throws IOException {
        StringBuilder sb = new StringBuilder("client,day,total\n");
        for (int i = 0; i < 20; i++) {
            sb.append("c").append(i % 3).append(',').append(i % 4 == 1 ? "2024-13-0" + (i % 9 + 1) : "2024-01-1" + (i % 10))
                    .append(",5\n");
        }
        Path f = csv("bad-dates.csv", sb.toString());
        assertThatThrownBy(() -> run(f, options("2024-01-15")))
                .isInstanceOf(DataException.class)
                .hasMessage(f + ", column 'day': 5 values that are not dates (ISO yyyy-MM-dd, yyyyMMdd or "
                        + "yyyy-MM-dd HH:mm:ss): line 3 '2024-13-02', line 7 '2024-13-06', line 11 '2024-13-01', "
                        + "line 15 '2024-13-05', line 19 '2024-13-09'; fix them, or give the date format "
                        + "(--date-format, e.g. dd/MM/yyyy)");
    }

    @Test
    void more_bad_rows_than_shown_end_with_an_ellipsis_and_blank_dates_say_empty() throws IOException {
        Path f = csv("blank.csv", "client,day,total\na,,1\nb,x,1\nc,y,1\nd,z,1\ne,w,1\nf,v,1\ng,2024-01-01,1\n");
        assertThatThrownBy(() -> run(f, options("2024-01-15")))
                .hasMessageContaining("6 values that are not dates")
                .hasMessageContaining("line 2 (empty), line 3 'x', line 4 'y', line 5 'z', line 6 'w', ...");
    }

    @Test
    void a_wrong_date_format_is_reported_with_the_format() throws IOException {
        Path f = csv("fmt.csv", "client,day,total\na,31/01/2024,1\nb,2024-02-01,1\n");
        assertThatThrownBy(() -> run(f, options("2024-02-01").withDateFormat("dd/MM/yyyy")))
                .hasMessageContaining("column 'day': 1 values that are not dates in the format dd/MM/yyyy: line 3 '2024-02-01'")
                .hasMessageContaining("correct the date format");
    }

    @Test
    void negative_amounts_are_refused_unless_refunds_are_allowed() throws IOException {
        Path f = csv("refunds.csv", "client,day,total\na,2024-01-01,10\na,2024-01-05,-4\nb,2024-01-02,3\nb,2024-01-09,-1.5\n");
        assertThatThrownBy(() -> run(f, options("2024-01-10")))
                .isInstanceOf(DataException.class)
                .hasMessage(f + ", column 'total': 2 negative amounts: line 3 '-4', line 5 '-1.5'; allow them as refunds "
                        + "(--allow-refunds) or remove them");
    }

    /* With refunds: a's net spend is 10 - 4 = 6 over one purchase day (the refund day is no purchase). */
    @Test
    void refunds_reduce_spend_but_are_no_purchase() throws IOException {
        Path f = csv("refunds.csv", "client,day,total\na,2024-01-01,10\na,2024-01-05,-4\nb,2024-01-02,3\nb,2024-01-09,-1.5\n"
                + "c,2024-01-03,-2\nc,2024-01-20,8\n");
        FeatureSet s = run(f, options("2024-01-10").withRefundsAllowed(true));
        assertThat(s.log().refundRows()).isEqualTo(3);
        assertThat(s.table().rowCount()).isEqualTo(2);
        assertThat(Fixtures.value(s.table(), "monetary_total", 0)).isEqualTo(6);
        assertThat(Fixtures.value(s.table(), "frequency", 0)).isZero();
        assertThat(Fixtures.value(s.table(), "recency_days", 0)).isEqualTo(9);
        assertThat(s.snapshots().get(0).excluded()).as("c only has a refund by the cutoff").isEqualTo(1);
    }

    @Test
    void non_numeric_amounts_are_reported() throws IOException {
        Path f = csv("amounts.csv", "client,day,total\na,2024-01-01,10\na,2024-01-05,$4.00\nb,2024-01-02,\nb,2024-01-03,nan\n");
        assertThatThrownBy(() -> run(f, options("2024-01-10")))
                .hasMessage(f + ", column 'total': 3 amounts that are not numbers: line 3 '$4.00', line 4 (empty), "
                        + "line 5 'nan'; write plain numbers such as 12.50");
    }

    @Test
    void missing_customers_are_reported() throws IOException {
        Path f = csv("ids.csv", "client,day,total\na,2024-01-01,10\n,2024-01-05,4\n\" \",2024-01-06,4\n\" b\",2024-01-06,4\n");
        assertThatThrownBy(() -> run(f, options("2024-01-10")))
                .hasMessage(f + ", column 'client': 2 empty customer ids: line 3 (empty), line 4 (empty); every row "
                        + "needs a customer");
    }

    @Test
    void an_empty_log_is_refused() throws IOException {
        Path f = csv("empty.csv", "client,day,total\n");
        assertThatThrownBy(() -> run(f, options("2024-01-10")))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("no data rows");
    }

    @Test
    void a_ragged_row_far_down_the_log_is_reported_with_its_line() throws IOException {
        StringBuilder sb = new StringBuilder("client,day,total\n");
        for (int i = 0; i < 50_000; i++) {
            sb.append('c').append(i % 100).append(",2024-01-0").append(1 + i % 9).append(",5\n");
        }
        Path f = csv("ragged.csv", sb.append("c1,2024-01-02\n").toString());
        assertThatThrownBy(() -> run(f, options("2024-01-05")))
                .isInstanceOf(DataException.class)
                .hasMessage(f + " line 50002: has 2 fields but the header has 3; fix the row or check the delimiter "
                        + "(--delimiter)");
    }

    @Test
    void bad_values_far_down_the_log_are_reported_with_their_lines() throws IOException {
        StringBuilder sb = new StringBuilder("client,day,total\n");
        for (int i = 0; i < 50_000; i++) {
            sb.append('c').append(i % 100).append(",2024-01-0").append(1 + i % 9).append(',').append(i == 40_000 ? "?" : "5")
                    .append('\n');
        }
        Path f = csv("late.csv", sb.toString());
        assertThatThrownBy(() -> run(f, options("2024-01-05")))
                .hasMessage(f + ", column 'total': 1 amounts that are not numbers: line 40002 '?'; write plain numbers "
                        + "such as 12.50");
    }

    @Test
    void a_cutoff_before_the_first_transaction_is_refused() throws IOException {
        Path f = csv("log.csv", "client,day,total\na,2024-01-01,10\nb,2024-03-01,4\n");
        assertThatThrownBy(() -> run(f, options("2023-12-31")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cutoff 2023-12-31 is before the first transaction in " + f + " (2024-01-01): no customer has "
                        + "a history yet; choose a cutoff from 2024-01-01 to 2024-03-01");
    }

    @Test
    void a_cutoff_after_the_last_transaction_is_refused() throws IOException {
        Path f = csv("log.csv", "client,day,total\na,2024-01-01,10\nb,2024-03-01,4\n");
        assertThatThrownBy(() -> run(f, options("2024-03-02")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cutoff 2024-03-02 is after the last transaction in " + f + " (2024-03-01); use 2024-03-01 to "
                        + "describe customers as of the end of the log, or 2023-12-02 or earlier for churn labels over 90 days");
    }

    @Test
    void too_many_backtest_cutoffs_for_the_log_are_refused() throws IOException {
        Path f = csv("log.csv", "client,day,total\na,2024-01-01,10\nb,2024-03-01,4\n");
        assertThatThrownBy(() -> run(f, options("2024-01-10").withCutoffCount(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot place 2 labelled cutoffs: " + f + " runs from 2024-01-01 to 2024-03-01, 60 days, "
                        + "and each needs a 90-day horizon after it");
    }

    @Test
    void unknown_columns_suggest_the_closest_ones() throws IOException {
        Path f = csv("log.csv", "client_id,purchase_date,total\na,2024-01-01,10\n");
        assertThatThrownBy(() -> run(f, TransactionOptions.of("client", "purchase_date", "total", LocalDate.of(2024, 1, 1))))
                .isInstanceOf(DataException.class)
                .hasMessage(f + ": no customer column 'client'; did you mean 'client_id'?");
        assertThatThrownBy(() -> run(f, TransactionOptions.of("client_id", "purchasedate", "total", LocalDate.of(2024, 1, 1))))
                .hasMessage(f + ": no date column 'purchasedate'; did you mean 'purchase_date'?");
        assertThatThrownBy(() -> run(f, TransactionOptions.of("client_id", "purchase_date", "amount", LocalDate.of(2024, 1, 1))))
                .hasMessageStartingWith(f + ": no amount column 'amount'; ");
    }

    @Test
    void a_customer_column_named_like_an_output_column_is_refused() throws IOException {
        Path f = csv("log.csv", "frequency,day,total\na,2024-01-01,10\n");
        assertThatThrownBy(() -> run(f, TransactionOptions.of("frequency", "day", "total", LocalDate.of(2024, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the customer column 'frequency' has the name of an output column");
    }
}
