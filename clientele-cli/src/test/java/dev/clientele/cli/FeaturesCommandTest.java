package dev.clientele.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientele.data.DataSource;
import dev.clientele.data.Table;
import dev.clientele.data.TableReader;
import dev.clientele.transactions.FeatureSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class FeaturesCommandTest {
    @TempDir
    Path dir;

    private static String cdnow() {
        for (String p : List.of("../examples/cdnow_master.txt", "examples/cdnow_master.txt")) {
            if (Files.exists(Path.of(p))) {
                return p;
            }
        }
        throw new IllegalStateException("examples/cdnow_master.txt not found");
    }

    @Test
    void cdnow_features_are_written_with_a_summary_on_stderr() {
        Path out = dir.resolve("cdnow.csv");
        CliRun r = CliRun.of("features", "--transactions", cdnow(), "--customer", "customer_id", "--date", "date",
                "--amount", "dollar_value", "--quantity", "number_of_cds", "--date-format", "yyyyMMdd",
                "--cutoff", "1997-09-30", "--horizon", "270d", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("69,659 transactions by 23,570 customers, 1997-01-01 to 1998-06-30")
                .contains("as of 1997-09-30: 23,570 customers (0 excluded")
                .containsPattern("churned \\(no purchase to 1998-06-27\\): 1\\d,\\d{3} \\(\\d\\d\\.\\d%\\)")
                .contains("wrote 23,570 rows x 15 columns to " + out);
        Table t = TableReader.read(DataSource.of(out));
        assertThat(t.rowCount()).isEqualTo(23_570);
        assertThat(t.columnNames()).startsWith("customer_id", "recency_days", "frequency").endsWith("churned");
        assertThat(t.column("customer_id").text(1)).isEqualTo("00002");
        assertThat(t.column("recency_days").text(1)).isEqualTo("261");
        assertThat(t.column("monetary_total").text(1)).isEqualTo("89");
    }

    @Test
    void the_demo_helper_gives_the_same_table_as_the_command() {
        Path out = dir.resolve("cdnow.parquet");
        CliRun r = CliRun.of("features", "--transactions", cdnow(), "--customer", "customer_id", "--date", "date",
                "--amount", "dollar_value", "--quantity", "number_of_cds", "--cutoff", "1997-09-30", "--horizon", "270",
                "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        FeatureSet demo = FeaturesCommand.cdnow(Path.of(cdnow()));
        Table written = TableReader.read(DataSource.of(out));
        assertThat(written.columnNames()).isEqualTo(demo.table().columnNames());
        for (String col : List.of("customer_id", "frequency", "monetary_total", "churned")) {
            for (int i = 0; i < written.rowCount(); i += 997) {
                assertThat(written.column(col).text(i)).isEqualTo(demo.table().column(col).text(i));
            }
        }
    }

    @Test
    void backtest_cutoffs_stack_snapshots() {
        Path out = dir.resolve("snap.csv");
        CliRun r = CliRun.of("features", "--transactions", cdnow(), "--customer", "customer_id", "--date", "date",
                "--amount", "dollar_value", "--cutoffs", "3", "--horizon", "270d", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("as of 1997-04-03").contains("as of 1997-07-03").contains("as of 1997-10-03")
                .contains("wrote 70,710 rows");
    }

    @Test
    void usage_errors_exit_with_2_and_say_what_to_do() {
        String[] base = {"features", "--transactions", cdnow(), "--customer", "customer_id", "--date", "date",
            "--amount", "dollar_value"};
        CliRun none = CliRun.of(concat(base, "--out", dir.resolve("x.csv").toString()));
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("give a cutoff date (--cutoff 1997-09-30) or a number of cutoffs (--cutoffs 3)");
        CliRun both = CliRun.of(concat(base, "--cutoff", "1997-09-30", "--cutoffs", "2", "--out", dir.resolve("x.csv").toString()));
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("give either --cutoff dates or --cutoffs N, not both");
        CliRun zero = CliRun.of(concat(base, "--cutoffs", "0", "--out", dir.resolve("x.csv").toString()));
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).contains("--cutoffs must be >= 1, got 0");
        CliRun ext = CliRun.of(concat(base, "--cutoff", "1997-09-30", "--out", dir.resolve("x.xlsx").toString()));
        assertThat(ext.code()).isEqualTo(2);
        assertThat(ext.err()).contains("--out must name a .csv, .tsv or .parquet file");
        CliRun horizon = CliRun.of(concat(base, "--cutoff", "1997-09-30", "--horizon", "3 months", "--out", dir.resolve("x.csv").toString()));
        assertThat(horizon.code()).isEqualTo(2);
        assertThat(horizon.err()).contains("cannot read horizon '3 months'; write days as 90d (or 90) or weeks as 12w");
        CliRun late = CliRun.of(concat(base, "--cutoff", "1999-01-01", "--out", dir.resolve("x.csv").toString()));
        assertThat(late.code()).isEqualTo(2);
        assertThat(late.err()).contains("cutoff 1999-01-01 is after the last transaction");
        assertThat(Files.exists(dir.resolve("x.csv"))).isFalse();
    }

    @Test
    void data_errors_exit_with_1_and_name_the_place() throws Exception {
        CliRun unknown = CliRun.of("features", "--transactions", cdnow(), "--customer", "customer", "--date", "date",
                "--amount", "dollar_value", "--cutoff", "1997-09-30", "--out", dir.resolve("x.csv").toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("no customer column 'customer'; did you mean 'customer_id'?")
                .doesNotContain("Exception");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,day,paid\na,2024-01-01,5\nb,2024-01-02,-3\n");
        CliRun refund = CliRun.of("features", "--transactions", bad.toString(), "--customer", "id", "--date", "day",
                "--amount", "paid", "--cutoff", "2024-01-02", "--out", dir.resolve("y.csv").toString());
        assertThat(refund.code()).isEqualTo(1);
        assertThat(refund.err()).contains("column 'paid': 1 negative amounts: line 3 '-3'; allow them as refunds (--allow-refunds)");
        CliRun allowed = CliRun.of("features", "--transactions", bad.toString(), "--customer", "id", "--date", "day",
                "--amount", "paid", "--cutoff", "2024-01-02", "--allow-refunds", "--out", dir.resolve("y.csv").toString());
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(allowed.err()).contains("(1 refunds)").contains("1 customers (1 excluded");
        Path missing = dir.resolve("nothere.csv");
        CliRun absent = CliRun.of("features", "--transactions", missing.toString(), "--customer", "id", "--date", "day",
                "--amount", "paid", "--cutoff", "2024-01-02", "--out", dir.resolve("z.csv").toString());
        assertThat(absent.code()).isEqualTo(1);
        assertThat(absent.err()).isEqualTo("clientele: error: " + missing + ": file not found; check the path given to --transactions\n");
    }

    @Test
    void a_query_selects_part_of_the_log() {
        Path out = dir.resolve("q.csv");
        CliRun r = CliRun.of("features", "--transactions", cdnow(), "--query",
                "select * from data where customer_id < '00100'", "--customer", "customer_id", "--date", "date",
                "--amount", "dollar_value", "--cutoff", "1997-09-30", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("by 99 customers");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
