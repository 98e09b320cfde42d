package dev.clientele.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the bundled IBM Telco file and checks it against a naive reference parse of the same file (the
 * file has no quoted commas, so splitting on ',' and stripping quotes is exact for it).
 */
class TelcoReadTest {
    private static Table table;
    private static List<String> header;
    private static List<String[]> rows;

    @BeforeAll
    static void read() throws IOException {
        table = TableReader.read(DataSource.of(ExampleFiles.telco()));
        List<String> lines = Files.readAllLines(ExampleFiles.telco());
        header = List.of(unquote(lines.get(0).split(",", -1)));
        rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line).doesNotContain("\"\"");
            rows.add(unquote(line.split(",", -1)));
        }
    }

    private static String[] unquote(String[] fields) {
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            fields[i] = f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"") ? f.substring(1, f.length() - 1) : f;
        }
        return fields;
    }

    @Test
    void has_every_row_and_column_of_the_file() {
        assertThat(table.rowCount()).isEqualTo(7043).isEqualTo(rows.size());
        assertThat(table.columnNames()).isEqualTo(header);
    }

    @Test
    void every_cell_equals_the_naive_parse() {
        for (int j = 0; j < header.size(); j++) {
            Column c = table.columns().get(j);
            for (int i = 0; i < rows.size(); i++) {
                String want = rows.get(i)[j];
                if (want.isEmpty()) {
                    assertThat(c.isMissing(i)).as("%s row %d", c.name(), i).isTrue();
                } else if (c instanceof NumericColumn n) {
                    assertThat(n.get(i)).as("%s row %d", c.name(), i).isEqualTo(Double.parseDouble(want));
                } else {
                    assertThat(c.text(i)).as("%s row %d", c.name(), i).isEqualTo(want);
                }
            }
        }
    }

    @Test
    void churn_keeps_its_own_labels_as_a_categorical_column() {
        CategoricalColumn churn = (CategoricalColumn) table.column("churn");
        assertThat(churn.levels()).containsExactly("No", "Yes");
        Map<String, Long> expected = rows.stream().collect(Collectors.groupingBy(r -> r[0], Collectors.counting()));
        int yes = 0;
        for (int i = 0; i < churn.size(); i++) {
            yes += churn.code(i) == churn.codeOf("Yes") ? 1 : 0;
        }
        assertThat(yes).isEqualTo(expected.get("Yes").intValue()).isEqualTo(1869);
    }

    @Test
    void total_charges_is_numeric_with_eleven_missing_cells_first_on_line_490() {
        NumericColumn total = table.numeric("total_charges");
        assertThat(total.missingCount()).isEqualTo(11);
        int first = -1;
        for (int i = 0; i < total.size() && first < 0; i++) {
            first = total.isMissing(i) ? i : -1;
        }
        assertThat(first + 2).as("line number of the first blank").isEqualTo(490);
        NumericColumn tenure = table.numeric("tenure");
        for (int i = 0; i < total.size(); i++) {
            if (total.isMissing(i)) {
                assertThat(tenure.get(i)).isZero();
            }
        }
    }

    @Test
    void zero_one_columns_are_numeric_and_profiled_as_boolean_features() {
        Map<String, ColumnProfile> profiles = SchemaInference.profile(table).stream()
                .collect(Collectors.toMap(ColumnProfile::name, Function.identity()));
        for (String flag : List.of("female", "senior_citizen", "partner", "dependents", "phone_service", "paperless_billing")) {
            assertThat(table.column(flag).type()).as(flag).isEqualTo(ColumnType.NUMERIC);
            assertThat(profiles.get(flag).type()).as(flag).isEqualTo("boolean");
            assertThat(profiles.get(flag).role()).as(flag).isEqualTo(ColumnRole.FEATURE);
        }
        assertThat(profiles.get("churn").role()).isEqualTo(ColumnRole.LIKELY_TARGET);
        assertThat(profiles.get("tenure").type()).isEqualTo("numeric");
        assertThat(profiles.get("contract").type()).isEqualTo("categorical");
        assertThat(profiles.get("total_charges").missing()).isEqualTo(11);
        assertThat(SchemaInference.idColumns(table)).isEmpty();
    }

    @Test
    void senior_citizen_counts_match_the_file() {
        long ones = rows.stream().filter(r -> r[2].equals("1")).count();
        ColumnProfile p = SchemaInference.profile(table.column("senior_citizen"));
        assertThat(p.top()).containsExactly(new ColumnProfile.LevelCount("0", (int) (rows.size() - ones)),
                new ColumnProfile.LevelCount("1", (int) ones));
    }

    @Test
    void a_query_over_the_file_sees_it_as_table_data() {
        Table q = TableReader.read(DataSource.of(ExampleFiles.telco()).withQuery(
                "SELECT contract, count(*) AS customers, avg(monthly_charges) AS mean_charge, "
                        + "count(*) FILTER (WHERE total_charges IS NULL) AS blank "
                        + "FROM data GROUP BY contract ORDER BY contract"));
        int contract = header.indexOf("contract");
        int charges = header.indexOf("monthly_charges");
        Map<String, List<String[]>> groups = new java.util.TreeMap<>(
                rows.stream().collect(Collectors.groupingBy(r -> r[contract])));
        assertThat(SourceKindsTest.texts(q.column("contract"))).containsExactlyElementsOf(groups.keySet());
        int i = 0;
        for (List<String[]> g : groups.values()) {
            double mean = g.stream().mapToDouble(r -> Double.parseDouble(r[charges])).average().orElseThrow();
            assertThat(q.numeric("customers").get(i)).isEqualTo(g.size());
            assertThat(q.numeric("blank").get(i)).isEqualTo(g.stream().filter(r -> r[19].isEmpty()).count());
            assertThat(q.numeric("mean_charge").get(i)).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-9));
            i++;
        }
    }
}
