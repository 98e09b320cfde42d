package dev.clientele.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void generated_logs_are_seeded_and_feed_the_features_command() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        CliRun r = CliRun.of("generate", "transactions", "--customers", "300", "--seed", "5", "--start", "2022-01-01",
                "--end", "2022-12-31", "--out", a.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).containsPattern("wrote [\\d,]+ transactions of 300 customers \\(2022-01-01 to 2022-12-31, seed 5\\)");
        CliRun again = CliRun.of("generate", "transactions", "--customers", "300", "--seed", "5", "--start", "2022-01-01",
                "--end", "2022-12-31", "--out", b.toString());
        assertThat(again.code()).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        List<String> lines = Files.readAllLines(a);
        assertThat(lines.get(0)).isEqualTo("customer,date,quantity,amount");
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.matches("C\\d{3},2022-\\d\\d-\\d\\d,\\d+,\\d+\\.\\d\\d"));

        CliRun features = CliRun.of("features", "--transactions", a.toString(), "--customer", "customer", "--date", "date",
                "--amount", "amount", "--quantity", "quantity", "--cutoff", "2022-09-30", "--horizon", "90d",
                "--out", dir.resolve("f.csv").toString());
        assertThat(features.code()).as(features.err()).isZero();
        assertThat(features.err()).contains("churned (no purchase to 2022-12-29)");
    }

    @Test
    void bad_generator_options_are_usage_errors() {
        CliRun zero = CliRun.of("generate", "transactions", "--customers", "0", "--out", dir.resolve("x.csv").toString());
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).contains("customers must be >= 1, got 0");
        CliRun badDate = CliRun.of("generate", "transactions", "--customers", "5", "--start", "01/02/2023", "--out",
                dir.resolve("x.csv").toString());
        assertThat(badDate.code()).isEqualTo(2);
        assertThat(badDate.err()).contains("cannot read --start '01/02/2023'; write it as yyyy-MM-dd, e.g. 2023-01-01");
        CliRun refunds = CliRun.of("generate", "transactions", "--customers", "5", "--refund-rate", "1.5", "--out",
                dir.resolve("x.csv").toString());
        assertThat(refunds.code()).isEqualTo(2);
        assertThat(refunds.err()).contains("--refund-rate must be in [0, 1), got 1.5").doesNotContain("refundRate");
        CliRun missing = CliRun.of("generate");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("missing what to generate (transactions)");
    }
}
