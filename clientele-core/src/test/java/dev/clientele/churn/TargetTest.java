package dev.clientele.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientele.data.BooleanColumn;
import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.DataException;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetTest {

    static Table of(String... values) {
        return Table.of("crm.csv", CategoricalColumn.of("churned", values), NumericColumn.of("x", new double[values.length]));
    }

    @ParameterizedTest
    @CsvSource({"Yes,No", "yes,no", "1,0", "True,False", "Churned,Stayed", "Attrited Customer,Existing Customer", "Y,N"})
    void recognises_the_churn_label_when_none_is_given(String positive, String negative) {
        Target t = Target.resolve(of(negative, positive, negative, null), "churned", null);
        assertThat(t.labels()).isEqualTo(new ChurnLabels("churned", positive, negative));
        assertThat(t.y()).containsExactly(0, 1, 0, -1);
        assertThat(t.missing()).isEqualTo(1);
    }

    @Test
    void matches_a_given_label_ignoring_case_or_as_a_number() {
        assertThat(Target.resolve(of("Yes", "No"), "churned", "yes").labels().positive()).isEqualTo("Yes");
        Table numeric = Table.of("t", NumericColumn.of("c", 0, 1, 1));
        assertThat(Target.resolve(numeric, "c", "1.0").y()).containsExactly(0, 1, 1);
        Table bool = Table.of("t", BooleanColumn.of("c", true, false));
        assertThat(Target.resolve(bool, "c", "True").labels()).isEqualTo(new ChurnLabels("c", "true", "false"));
    }

    @Test
    void lets_the_user_pick_either_label() {
        assertThat(Target.resolve(of("Yes", "No"), "churned", "No").y()).containsExactly(0, 1);
    }

    @Test
    void suggests_names_when_the_target_column_is_absent() {
        assertThatThrownBy(() -> Target.resolve(of("Yes", "No"), "churn", null)).isInstanceOf(DataException.class)
                .hasMessage("crm.csv: target column 'churn' not found; did you mean 'churned'?");
    }

    @Test
    void refuses_a_target_with_one_class() {
        assertThatThrownBy(() -> Target.resolve(of("No", "No", null), "churned", null)).isInstanceOf(DataException.class)
                .hasMessage("crm.csv, column 'churned': the target has one value ('No') in all 2 labelled rows; a churn "
                        + "model needs both churners and non-churners");
    }

    @Test
    void refuses_a_target_with_three_values() {
        assertThatThrownBy(() -> Target.resolve(of("Yes", "No", "Maybe"), "churned", null))
                .isInstanceOf(DataException.class)
                .hasMessage("crm.csv, column 'churned': the target has 3 values (Maybe, No, Yes); churn prediction needs "
                        + "exactly two, such as Yes/No; recode it or choose another column with --target");
    }

    @Test
    void quotes_a_suggested_positive_label_that_holds_a_space() {
        assertThatThrownBy(() -> Target.resolve(of("churn", "no churn"), "churned", null)).isInstanceOf(DataException.class)
                .hasMessage("crm.csv, column 'churned': cannot tell which value means churn (churn or no churn); "
                        + "give --positive 'no churn' or --positive churn");
    }

    @Test
    void asks_for_the_positive_label_when_it_cannot_tell() {
        assertThatThrownBy(() -> Target.resolve(of("gold", "silver"), "churned", null)).isInstanceOf(DataException.class)
                .hasMessage("crm.csv, column 'churned': cannot tell which value means churn (gold or silver); "
                        + "give --positive silver or --positive gold");
        assertThatThrownBy(() -> Target.resolve(of("Yes", "No"), "churned", "Churned"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--positive 'Churned' is not a value of target column 'churned' (values: No, Yes)");
    }
}
