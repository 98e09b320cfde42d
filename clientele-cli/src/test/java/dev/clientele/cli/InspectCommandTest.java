package dev.clientele.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientele.data.DuckDb;
import dev.clientele.data.ExampleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clientele inspect}: human table, JSON, and every bad-input path through the command line. */
class InspectCommandTest {
    private static final String TELCO = ExampleFiles.telco().toString();

    @TempDir
    Path dir;

    @Test
    void prints_one_row_per_column_within_140_characters() {
        CliRun r = CliRun.of("inspect", "--data", TELCO);
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(TELCO + ": 7,043 rows, 20 columns");
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(
                "churn +categorical +likely-target +0 +2 +No \\(5174\\), Yes \\(1869\\) +No, Yes"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(
                "total_charges +numeric +feature +11 +6530 +18\\.8 \\.\\. 8684\\.8 +29\\.85, 1889\\.5, 108\\.15"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("female ").contains(" boolean ", "0 (3555), 1 (3488)"));
        assertThat(lines).contains("likely targets (two-valued text): churn");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(140));
        assertThat(r.err()).startsWith("inspect: loaded 7,043 rows x 20 columns in ");
    }

    @Test
    void json_follows_the_documented_schema() throws IOException {
        CliRun r = CliRun.of("inspect", "--data", TELCO, "--json");
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("source").asText()).isEqualTo(TELCO);
        assertThat(root.get("rows").asInt()).isEqualTo(7043);
        JsonNode cols = root.get("columns");
        assertThat(cols).hasSize(20);
        List<String> names = new ArrayList<>();
        cols.forEach(c -> names.add(c.get("name").asText()));
        assertThat(names).startsWith("churn", "female").endsWith("total_charges");
        JsonNode churn = cols.get(0);
        assertThat(churn.get("type").asText()).isEqualTo("categorical");
        assertThat(churn.get("role").asText()).isEqualTo("likely-target");
        assertThat(churn.get("missing").asInt()).isZero();
        assertThat(churn.get("distinct").asInt()).isEqualTo(2);
        assertThat(churn.get("top").get(0).get("value").asText()).isEqualTo("No");
        assertThat(churn.get("top").get(0).get("count").asInt()).isEqualTo(5174);
        assertThat(churn.has("min")).isFalse();
        JsonNode total = cols.get(19);
        assertThat(total.get("type").asText()).isEqualTo("numeric");
        assertThat(total.get("missing").asInt()).isEqualTo(11);
        assertThat(total.get("min").asText()).isEqualTo("18.8");
        assertThat(total.get("max").asText()).isEqualTo("8684.8");
        assertThat(total.get("mean").isNumber()).isTrue();
        assertThat(total.get("examples")).hasSize(3);
        List<String> keys = new ArrayList<>();
        total.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("name", "type", "role", "missing", "distinct", "min", "max", "mean", "examples");
    }

    @Test
    void inspects_a_parquet_file() throws Exception {
        Path f = dir.resolve("customers.parquet");
        try (Connection duck = DuckDb.open()) {
            DuckDb.exec(duck, "COPY (SELECT 'C' || lpad(range::VARCHAR, 4, '0') AS customer, range % 3 = 0 AS active, "
                    + "DATE '2024-01-01' + CAST(range AS INTEGER) AS since, (range * 1.5)::DOUBLE AS spend "
                    + "FROM range(40)) TO " + DuckDb.literal(f.toString()) + " (FORMAT parquet)");
        }
        CliRun r = CliRun.of("inspect", "--data", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith(f + ": 40 rows, 4 columns");
        assertThat(r.out().lines()).anySatisfy(l -> assertThat(l).matches("customer +categorical +id +0 +40 .*"));
        assertThat(r.out().lines()).anySatisfy(l -> assertThat(l).matches("active +boolean +likely-target +0 +2 +false \\(26\\), true \\(14\\) .*"));
        assertThat(r.out().lines()).anySatisfy(l -> assertThat(l).matches("since +timestamp +time +0 +40 +2024-01-01 \\.\\. 2024-02-09 .*"));
        assertThat(r.out().lines()).anySatisfy(l -> assertThat(l).matches("spend +numeric +feature +0 +40 +0 \\.\\. 58\\.5 .*"));
        assertThat(r.out()).contains("ids (unique per row, never used as features): customer");
    }

    @Test
    void inspects_the_cdnow_log_keeping_zero_padded_ids() {
        CliRun r = CliRun.of("inspect", "--data", ExampleFiles.cdnow().toString(), "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"rows\" : 69659", "\"examples\" : [ \"00001\", \"00002\", \"00003\" ]");
    }

    @Test
    void a_missing_file_is_one_line_with_exit_1_and_no_stack_trace() {
        Path f = dir.resolve("nope.csv");
        CliRun r = CliRun.of("inspect", "--data", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("clientele: error: " + f + ": file not found; check the path given to --data\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void debug_adds_the_stack_trace() {
        Path f = dir.resolve("nope.csv");
        CliRun r = CliRun.of("--debug", "inspect", "--data", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("clientele: error: " + f + ": file not found")
                .contains("dev.clientele.data.DataException", "\tat dev.clientele.");
    }

    @Test
    void bad_files_fail_with_their_message() throws IOException {
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "a,b\n1,2\n3\n");
        CliRun r = CliRun.of("inspect", "--data", ragged.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("clientele: error: " + ragged
                + " line 3: has 1 fields but the header has 2; fix the row or check the delimiter (--delimiter)\n");
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, "name\nJos\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        r = CliRun.of("inspect", "--data", latin.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("line 2: text is not valid UTF-8 (byte 0xE9)", "--encoding latin1");
        r = CliRun.of("inspect", "--data", latin.toString(), "--encoding", "latin1");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("José");
    }

    @Test
    void an_unreachable_database_is_a_data_error_without_the_password() {
        CliRun r = CliRun.of("inspect", "--data", "jdbc:postgresql://127.0.0.1:1/crm?user=ann&password=Sup3rS3cret",
                "--table", "customers");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("clientele: error: jdbc:postgresql://127.0.0.1:1/crm?user=ann&password=***: cannot connect: ")
                .doesNotContain("Sup3rS3cret");
        CliRun debug = CliRun.of("--debug", "inspect", "--data",
                "jdbc:postgresql://127.0.0.1:1/crm?user=ann&password=Sup3rS3cret", "--table", "customers");
        assertThat(debug.err()).contains("\tat ").doesNotContain("Sup3rS3cret");
    }

    @Test
    void usage_errors_exit_2() {
        CliRun both = CliRun.of("inspect", "--data", TELCO, "--query", "select 1", "--table", "t");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).isEqualTo("clientele: error: give either --query or --table, not both (see 'clientele inspect --help')\n");
        CliRun missing = CliRun.of("inspect");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("clientele: error: Missing required option: '--data=FILE|URL'")
                .endsWith(" (see 'clientele inspect --help')\n").hasLineCount(1);
        CliRun unknown = CliRun.of("inspect", "--data", TELCO, "--jsno");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option: '--jsno'").contains("--json").hasLineCount(1);
        CliRun noCommand = CliRun.of("inspct");
        assertThat(noCommand.code()).isEqualTo(2);
        assertThat(noCommand.err()).contains("Unmatched argument at index 0: 'inspct'").contains("inspect").hasLineCount(1);
        CliRun encoding = CliRun.of("inspect", "--data", TELCO, "--encoding", "klingon");
        assertThat(encoding.code()).isEqualTo(2);
        assertThat(encoding.err()).isEqualTo("clientele: error: " + TELCO + ": unknown --encoding 'klingon'; use a Java "
                + "charset name such as utf-8, latin1, windows-1252 or utf-16 (see 'clientele inspect --help')\n");
        CliRun delimiter = CliRun.of("inspect", "--data", TELCO, "--delimiter", "::");
        assertThat(delimiter.code()).isEqualTo(2);
        assertThat(delimiter.err()).contains(TELCO + ": unknown --delimiter '::'; use one character (, ; |), tab, or whitespace");
    }

    @Test
    void a_query_over_the_file_and_a_failing_one() {
        CliRun r = CliRun.of("inspect", "--data", TELCO, "--query",
                "select contract, count(*) as customers from data where total_charges is null group by contract");
        assertThat(r.code()).isZero();
        // the 11 blank total_charges are 10 two-year and 1 one-year contracts (awk over the file)
        assertThat(r.out()).startsWith(TELCO + ": 2 rows, 2 columns");
        assertThat(r.out().lines()).anySatisfy(l -> assertThat(l).matches("customers +numeric +feature +0 +2 +1 \\.\\. 10 .*"));
        CliRun bad = CliRun.of("inspect", "--data", TELCO, "--query", "select nope from data");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).startsWith("clientele: error: " + TELCO + ": query failed: Referenced column \"nope\" not found")
                .endsWith("; check --query (the file is table 'data')\n");
    }

    @Test
    void quiet_keeps_results_and_drops_progress() {
        CliRun r = CliRun.of("--quiet", "inspect", "--data", TELCO);
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith(TELCO + ": 7,043 rows");
        CliRun after = CliRun.of("inspect", "--data", TELCO, "--quiet");
        assertThat(after.err()).isEmpty();
    }
}
