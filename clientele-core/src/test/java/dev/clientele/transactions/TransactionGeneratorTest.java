package dev.clientele.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientele.data.DataSource;
import dev.clientele.data.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic log behaves like real repeat buying: heterogeneous, seasonal, heavy-tailed spend, churn. */
class TransactionGeneratorTest {
    private static List<NaiveFeatures.Row> rows;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        rows = Logs.rows(new TransactionGenerator(GeneratorOptions.defaults(20_000, 42)).toTable());
    }

    @Test
    void the_same_seed_gives_the_same_file_and_another_seed_another() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        new TransactionGenerator(GeneratorOptions.defaults(500, 7)).write(a);
        new TransactionGenerator(GeneratorOptions.defaults(500, 7)).write(b);
        new TransactionGenerator(GeneratorOptions.defaults(500, 8)).write(c);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
        assertThat(Files.readAllLines(a).get(0)).isEqualTo("customer,date,quantity,amount");
        assertThat(Files.readAllLines(a).get(1)).matches("C001,\\d{4}-\\d{2}-\\d{2},\\d+,\\d+\\.\\d{2}");
    }

    @Test
    void customers_buy_about_ten_times_with_a_long_tail() {
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(r.customer(), 1, Integer::sum));
        assertThat(counts).hasSize(20_000);
        double mean = rows.size() / 20_000.0;
        assertThat(mean).isBetween(8.5, 11.5);
        int[] sorted = counts.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        long top = Arrays.stream(sorted, sorted.length - 2_000, sorted.length).sum();
        assertThat((double) top / rows.size()).as("share of the top 10% of customers").isGreaterThan(0.3);
        assertThat(sorted[sorted.length / 2]).as("median purchases").isLessThan((int) mean);
    }

    @Test
    void dates_stay_in_the_period_and_in_order_per_customer() {
        LocalDate start = GeneratorOptions.DEFAULT_START;
        LocalDate end = GeneratorOptions.DEFAULT_END;
        for (int i = 0; i < rows.size(); i++) {
            NaiveFeatures.Row r = rows.get(i);
            assertThat(r.date()).isBetween(start, end);
            if (i > 0 && rows.get(i - 1).customer().equals(r.customer())) {
                assertThat(r.date()).isAfterOrEqualTo(rows.get(i - 1).date());
            }
        }
    }

    @Test
    void december_is_busier_than_june() {
        long december = rows.stream().filter(r -> r.date().getMonth() == Month.DECEMBER).count();
        long june = rows.stream().filter(r -> r.date().getMonth() == Month.JUNE).count();
        assertThat((double) december / 31).isGreaterThan(1.3 * june / 30);
    }

    @Test
    void spend_is_positive_and_right_skewed() {
        double[] amounts = rows.stream().mapToDouble(NaiveFeatures.Row::amount).sorted().toArray();
        assertThat(amounts[0]).isPositive();
        double mean = Arrays.stream(amounts).average().orElseThrow();
        assertThat(mean).isGreaterThan(amounts[amounts.length / 2]);
        assertThat(rows).allMatch(r -> r.quantity() >= 1);
    }

    /* Churn is learnable: lapsed customers churn far more often than recent ones. */
    @Test
    void recency_predicts_the_churn_label() {
        Table t = TransactionFeatures.compute(Logs.table(rows), Logs.options(LocalDate.of(2024, 6, 30), 90)).table();
        double[] churned = new double[2];
        double[] n = new double[2];
        for (int i = 0; i < t.rowCount(); i++) {
            double recency = Fixtures.value(t, "recency_days", i);
            int group = recency <= 30 ? 0 : recency > 180 ? 1 : -1;
            if (group >= 0) {
                n[group]++;
                churned[group] += Fixtures.value(t, "churned", i);
            }
        }
        assertThat(churned[0] / n[0]).isLessThan(0.5);
        assertThat(churned[1] / n[1]).isGreaterThan(0.85);
    }

    @Test
    void refunds_follow_purchases_at_the_given_rate() {
        List<NaiveFeatures.Row> withRefunds = Logs.rows(new TransactionGenerator(
                GeneratorOptions.defaults(5_000, 3).withRefundRate(0.1)).toTable());
        long refunds = withRefunds.stream().filter(r -> r.amount() < 0).count();
        long purchases = withRefunds.size() - refunds;
        assertThat((double) refunds / purchases).isBetween(0.08, 0.11);
        assertThat(withRefunds).filteredOn(r -> r.amount() < 0).allMatch(r -> r.quantity() < 0);
    }

    /* The CSV file and the in-memory table are the same log: their features agree. */
    @Test
    void the_written_csv_and_the_table_give_the_same_features() throws Exception {
        TransactionGenerator g = new TransactionGenerator(GeneratorOptions.defaults(300, 9));
        Path csv = dir.resolve("log.csv");
        long written = g.write(csv);
        TransactionOptions o = Logs.options(LocalDate.of(2024, 6, 30), 90);
        Table fromFile = TransactionFeatures.compute(DataSource.of(csv), o).table();
        Table fromTable = TransactionFeatures.compute(g.toTable(), o).table();
        assertThat(written).isEqualTo(g.toTable().rowCount());
        for (String col : fromTable.columnNames()) {
            for (int i = 0; i < fromTable.rowCount(); i++) {
                assertThat(fromFile.column(col).text(i)).as(col).isEqualTo(fromTable.column(col).text(i));
            }
        }
    }

    @Test
    void parquet_output_holds_typed_columns() throws Exception {
        Path pq = dir.resolve("log.parquet");
        long written = new TransactionGenerator(GeneratorOptions.defaults(100, 1)).write(pq);
        Table t = dev.clientele.data.TableReader.read(DataSource.of(pq));
        assertThat(t.rowCount()).isEqualTo((int) written);
        assertThat(t.columnNames()).containsExactly("customer", "date", "quantity", "amount");
        assertThat(t.column("date").type()).isEqualTo(dev.clientele.data.ColumnType.TIMESTAMP);
    }

    @Test
    void bad_options_are_refused() {
        assertThatThrownBy(() -> GeneratorOptions.defaults(0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("customers must be >= 1, got 0");
        assertThatThrownBy(() -> GeneratorOptions.defaults(5, 1).withPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1)))
                .hasMessage("end (2023-01-01) must be after start (2024-01-01)");
        assertThatThrownBy(() -> GeneratorOptions.defaults(5, 1).withRefundRate(1))
                .hasMessage("--refund-rate must be in [0, 1), got 1.0");
        assertThatThrownBy(() -> new TransactionGenerator(GeneratorOptions.defaults(5, 1)).write(dir.resolve("x.xlsx")))
                .hasMessageContaining("unknown output format; use a .csv, .tsv or .parquet file name");
    }
}
