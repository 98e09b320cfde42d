package dev.clientele.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.DataException;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import dev.clientele.features.Scaling;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureSpaceTest {
    private static final Table AGES = Table.of("t", NumericColumn.of("age", 20, 40), CategoricalColumn.of("plan", "A", "B"));

    @Test
    void the_worked_example_of_the_class_documentation_holds() {
        FeatureSpace s = FeatureSpace.fit(AGES, List.of("age", "plan"), Set.of(), Scaling.STANDARD, false);
        assertThat(s.dimensions()).extracting(FeatureSpace.Dimension::label).containsExactly("age", "plan=A", "plan=B");
        FeatureSpace.NumericDimension age = (FeatureSpace.NumericDimension) s.dimensions().get(0);
        assertThat(age.scale().center()).isEqualTo(30.0);
        assertThat(age.scale().scale()).isEqualTo(10.0);
        assertThat(s.encode(AGES).x()).containsExactly(-1, 1, 0, 1, 0, 1);
    }

    @Test
    void imputation_uses_the_median_of_the_fitted_rows_and_dropping_counts_the_rows_left_out() {
        Table t = Table.of("t", NumericColumn.of("x", 1, 2, Double.NaN, 10), NumericColumn.of("y", 5, 6, 7, 8));
        FeatureSpace imputing = FeatureSpace.fit(t, List.of("x", "y"), Set.of(), Scaling.NONE, true);
        assertThat(((FeatureSpace.NumericDimension) imputing.dimensions().get(0)).median()).isEqualTo(2.0);
        FeatureSpace.Encoded e = imputing.encode(t);
        assertThat(e.n()).isEqualTo(4);
        assertThat(e.x()[2 * 2]).isEqualTo(2.0);
        FeatureSpace dropping = FeatureSpace.fit(t, List.of("x", "y"), Set.of(), Scaling.NONE, false);
        FeatureSpace.Encoded d = dropping.encode(t);
        assertThat(d.rows()).containsExactly(0, 1, 3);
        assertThat(d.incomplete()).isEqualTo(1);
    }

    @Test
    void unseen_levels_count_and_encode_as_no_level() {
        FeatureSpace s = FeatureSpace.fit(AGES, List.of("plan"), Set.of(), Scaling.STANDARD, false);
        Table fresh = Table.of("new", CategoricalColumn.of("plan", "B", "C", "C"));
        FeatureSpace.Encoded e = s.encode(fresh);
        assertThat(e.unseen()).containsEntry("plan", 2);
        assertThat(e.x()).containsExactly(0, 1, 0, 0, 0, 0);
    }

    @Test
    void json_round_trip_keeps_every_number_exactly() {
        Table t = CustomerTables.blobs(50, 2, 3);
        FeatureSpace s = FeatureSpace.fit(t, List.of("alpha", "gamma", "region"), Set.of(), Scaling.LOG_STANDARD, true);
        FeatureSpace back = FeatureSpace.fromJson(s.toJson());
        assertThat(back.dimensions()).isEqualTo(s.dimensions());
        assertThat(back.encode(t).x()).isEqualTo(s.encode(t).x());
    }

    @Test
    void an_infinite_value_is_refused_with_its_row() {
        Table t = Table.of("data.csv", new NumericColumn("x", new double[] {1, Double.POSITIVE_INFINITY, 3}, null));
        assertThatThrownBy(() -> FeatureSpace.fit(t, List.of("x"), Set.of(), Scaling.STANDARD, false))
                .isInstanceOf(DataException.class)
                .hasMessage("data.csv, column 'x': row 2 holds Infinity, which cannot be segmented; fix or remove the "
                        + "value (missing values are dropped or imputed)");
    }

    @Test
    void a_numeric_feature_that_arrives_as_text_is_refused() {
        FeatureSpace s = FeatureSpace.fit(AGES, List.of("age"), Set.of(), Scaling.STANDARD, false);
        Table fresh = Table.of("new.csv", CategoricalColumn.of("age", "old", "young"));
        assertThatThrownBy(() -> s.encode(fresh)).isInstanceOf(DataException.class)
                .hasMessageContaining("column 'age': expected a numeric column");
    }
}
