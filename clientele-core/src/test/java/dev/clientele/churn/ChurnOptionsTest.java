package dev.clientele.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientele.eval.ThresholdRule;
import dev.clientele.features.DerivedFeature;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnOptionsTest {

    @Test
    void a_negative_positive_weight_is_refused_not_taken_for_balanced() {
        assertThatThrownBy(() -> ChurnOptions.parsePositiveWeight("-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("positive weight must be a number > 0 or 'balanced', got '-1'");
        assertThatThrownBy(() -> ChurnOptions.parsePositiveWeight("Infinity")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("positive weight must be a number > 0 or 'balanced', got 'Infinity'");
        assertThat(ChurnOptions.parsePositiveWeight(" Balanced ")).isEqualTo(ChurnOptions.BALANCED);
        assertThat(ChurnOptions.parsePositiveWeight("2.5")).isEqualTo(2.5);
    }

    @Test
    void a_derived_feature_name_given_twice_is_refused() {
        List<DerivedFeature> twice = List.of(DerivedFeature.parse("a = spend"), DerivedFeature.parse("A = months"));
        assertThatThrownBy(() -> new ChurnOptions("status", null, null, List.of(), Algorithm.AUTO, 5, 0.2, 42, twice,
                ThresholdRule.parse("f1"), 1, true, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--feature name 'A' is given twice (names are case-insensitive); give each derived feature its own name");
    }

    @Test
    void an_id_that_is_the_target_is_refused() {
        assertThatThrownBy(() -> new ChurnOptions("status", null, "Status", List.of(), Algorithm.AUTO, 5, 0.2, 42,
                List.of(), ThresholdRule.parse("f1"), 1, true, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--id 'Status' is the target column; give the customer id column to --id, or leave --id out");
    }
}
