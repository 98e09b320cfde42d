package dev.clientele.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.DataException;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class DerivedFeaturesTest {

    static Table table() {
        return Table.of("crm.csv", NumericColumn.of("spend", 100, 30, 0, 45, 12),
                NumericColumn.of("months", 10, 0, 3, 5, 4),
                CategoricalColumn.of("plan", "basic", "pro", "basic", null, "pro"),
                CategoricalColumn.of("status", "Churned", "Stayed", "Stayed", "Churned", "Stayed"));
    }

    @Test
    void evaluates_sql_expressions_in_row_order() {
        List<DerivedFeature> f = List.of(DerivedFeature.parse("avg_spend = spend / greatest(months, 1)"),
                DerivedFeature.parse("is_pro = plan = 'pro'"), DerivedFeature.parse("plan_upper=upper(plan)"));
        Table out = DerivedFeatures.apply(table(), f, List.of("status"));
        assertThat(out.numeric("avg_spend").toArray()).containsExactly(10, 30, 0, 9, 3);
        assertThat(out.column("is_pro").text(1)).isEqualTo("true");
        assertThat(out.column("is_pro").isMissing(3)).isTrue();
        assertThat(out.column("plan_upper").text(4)).isEqualTo("PRO");
        assertThat(out.columnNames()).startsWith("spend", "months", "plan", "status");
    }

    @Test
    void cannot_read_the_target() {
        List<DerivedFeature> f = List.of(DerivedFeature.parse("leak = status = 'Churned'"));
        assertThatThrownBy(() -> DerivedFeatures.apply(table(), f, List.of("status")))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("derived feature 'leak' failed")
                .hasMessageContaining("\"status\" not found");
    }

    @Test
    void names_the_failing_expression() {
        List<DerivedFeature> f = List.of(DerivedFeature.parse("ok = spend * 2"), DerivedFeature.parse("bad = spend +* 2"));
        assertThatThrownBy(() -> DerivedFeatures.apply(table(), f, List.of()))
                .isInstanceOf(DataException.class).hasMessageStartingWith("crm.csv: derived feature 'bad' failed: ");
    }

    @Test
    void an_aggregate_over_all_rows_is_named_and_explained() {
        List<DerivedFeature> f = List.of(DerivedFeature.parse("ok = spend * 2"), DerivedFeature.parse("mean = avg(spend)"));
        assertThatThrownBy(() -> DerivedFeatures.apply(table(), f, List.of()))
                .isInstanceOf(DataException.class)
                .hasMessage("crm.csv: derived feature 'mean' failed: it aggregates over all rows (avg, sum, count, ...), "
                        + "but a derived feature must use only the row's own columns (values taken across rows leak "
                        + "between the cross-validation folds); fix the --feature expression 'mean = avg(spend)'");
    }

    @Test
    void refuses_a_name_that_is_already_a_column() {
        assertThatThrownBy(() -> DerivedFeatures.apply(table(), List.of(DerivedFeature.parse("spend = months")), List.of()))
                .isInstanceOf(DataException.class)
                .hasMessage("crm.csv, column 'spend': derived feature 'spend' has the name of an existing column; "
                        + "choose another name");
    }

    @Test
    void parses_name_and_expression_at_the_first_equals_sign() {
        DerivedFeature d = DerivedFeature.parse(" flag =  a = b ");
        assertThat(d.name()).isEqualTo("flag");
        assertThat(d.sql()).isEqualTo("a = b");
        assertThatThrownBy(() -> DerivedFeature.parse("spend * 2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--feature must look like 'name = SQL expression', got 'spend * 2'");
        assertThatThrownBy(() -> DerivedFeature.parse("2x = spend")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got '2x'");
    }

    @Test
    void refuses_window_functions_and_subqueries_that_read_other_rows() {
        assertThatThrownBy(() -> DerivedFeature.parse("z = spend - avg(spend) OVer  ()"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("derived feature 'z' uses a window function (OVER (...)); a derived feature must use only "
                        + "the row's own columns (values taken across rows leak between the cross-validation folds and "
                        + "change with the rows scored); rewrite 'spend - avg(spend) OVer  ()' or add the column to the data");
        assertThatThrownBy(() -> DerivedFeature.parse("r = rank() over (order by spend)"))
                .hasMessageStartingWith("derived feature 'r' uses a window function (OVER (...)); ");
        assertThatThrownBy(() -> DerivedFeature.parse("m = spend / (SELECT max(spend) FROM input)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("derived feature 'm' uses a subquery (SELECT ...); a derived feature must use "
                        + "only the row's own columns");
    }

    @Test
    void words_over_and_select_inside_quotes_are_allowed() {
        List<DerivedFeature> f = List.of(DerivedFeature.parse("note = plan = 'over (limit)' or plan = 'select'"),
                DerivedFeature.parse("overdue = \"spend\" > 20"));
        Table out = DerivedFeatures.apply(table(), f, List.of());
        assertThat(out.column("note").text(0)).isEqualTo("false");
        assertThat(out.numeric("spend").get(0)).isEqualTo(100);
        assertThat(out.column("overdue").text(0)).isEqualTo("true");
    }
}
