package dev.clientele.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
