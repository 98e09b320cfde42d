package dev.clientele.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientele.data.DataSource;
import dev.clientele.data.ExampleFiles;
import dev.clientele.data.PostgresTestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code clientele inspect} on the PostgreSQL table of {@code .ci/postgres.sh}; skipped outside CI when it is down. */
@Tag("integration")
class PostgresInspectTest {
    @Test
    void inspecting_the_table_gives_the_same_profile_as_the_csv() {
        String url = PostgresTestDatabase.url();
        CliRun db = CliRun.of("inspect", "--data", url, "--table", "telco");
        CliRun csv = CliRun.of("inspect", "--data", ExampleFiles.telco().toString());
        assertThat(db.code()).isZero();
        assertThat(db.out()).startsWith(DataSource.sanitize(url) + ": 7,043 rows, 20 columns");
        assertThat(db.out()).doesNotContain("password=clientele");
        // same profile lines; examples may differ because a SQL table has no row order
        assertThat(profileColumns(db.out())).isEqualTo(profileColumns(csv.out()));
    }

    @Test
    void a_wrong_password_exits_1_without_printing_it() {
        String wrong = PostgresTestDatabase.url().replaceAll("password=[^&]*", "password=N0t-The-Password");
        CliRun r = CliRun.of("inspect", "--data", wrong, "--table", "telco");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("password authentication failed").doesNotContain("N0t-The-Password");
    }

    /** The table rows without the examples column (everything up to the end of "range / top levels"). */
    private static java.util.List<String> profileColumns(String out) {
        java.util.List<String> lines = out.lines().skip(2).toList();
        int cut = lines.get(0).indexOf("examples");
        return lines.stream().map(l -> l.length() > cut ? l.substring(0, cut) : l).toList();
    }
}
