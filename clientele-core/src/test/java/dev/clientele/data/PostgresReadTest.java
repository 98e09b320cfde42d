package dev.clientele.data;

import static dev.clientele.data.TableAssertions.assertSameRowsInAnyOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The JDBC path against the PostgreSQL database of {@code .ci/postgres.sh} (table {@code telco} loaded from
 * the demo CSV with PostgreSQL's own COPY). Skipped when the database is down, except under CI=true.
 */
@Tag("integration")
class PostgresReadTest {
    private String url;

    @BeforeEach
    void database() {
        url = PostgresTestDatabase.url();
    }

    /** A SQL table has no row order (an UPDATE moves a row), so rows are matched by sorting both sides. */
    @Test
    void the_telco_table_reads_to_the_same_cells_as_the_csv() {
        Table fromDb = TableReader.read(DataSource.of(url).withTable("telco"));
        Table fromCsv = TableReader.read(DataSource.of(ExampleFiles.telco()));
        assertSameRowsInAnyOrder(fromDb, fromCsv);
        assertThat(fromDb.source()).doesNotContain("password=clientele");
    }

    @Test
    void a_query_runs_on_the_database() {
        Table t = TableReader.read(DataSource.of(url).withQuery(
                "SELECT churn, count(*) AS customers, sum(total_charges IS NULL::int) AS blank FROM telco GROUP BY churn ORDER BY churn"));
        assertThat(SourceKindsTest.texts(t.column("churn"))).containsExactly("No", "Yes");
        assertThat(t.numeric("customers").toArray()).containsExactly(5174, 1869);
        assertThat(t.numeric("blank").toArray()).containsExactly(11, 0);
    }

    @Test
    void a_wrong_password_is_refused_without_printing_it() {
        String wrong = url.replaceAll("password=[^&]*", "password=Wr0ng-Secret");
        DataException e = catchThrowableOfType(DataException.class,
                () -> TableReader.read(DataSource.of(wrong).withTable("telco")));
        assertThat(e.getMessage())
                .startsWith(DataSource.sanitize(wrong) + ": cannot connect: FATAL: password authentication failed for user")
                .endsWith("; check the user name and password (URL parameters or CLIENTELE_DB_USER / CLIENTELE_DB_PASSWORD)")
                .doesNotContain("Wr0ng-Secret");
        assertThat(BadInputTest.stackTraceOf(e)).doesNotContain("Wr0ng-Secret");
    }

    @Test
    void an_unknown_table_suggests_the_closest_name() {
        DataException e = catchThrowableOfType(DataException.class,
                () -> TableReader.read(DataSource.of(url).withTable("telko")));
        assertThat(e).hasMessage(DataSource.sanitize(url) + ": no table 'telko'; did you mean 'telco'?");
    }

    @Test
    void a_failing_query_says_to_check_it() {
        DataException e = catchThrowableOfType(DataException.class,
                () -> TableReader.read(DataSource.of(url).withQuery("SELECT nope FROM telco")));
        assertThat(e).hasMessage(DataSource.sanitize(url)
                + ": query failed: ERROR: column \"nope\" does not exist; check --query");
    }
}
