package dev.clientele.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MomentsTest {
    @Test
    void mean_and_population_std_of_a_hand_worked_example() {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 40 / 8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32; sqrt(32 / 8) = 2
        double[] v = {2, 4, 4, 4, 5, 5, 7, 9};
        assertThat(Moments.mean(v)).isEqualTo(5.0);
        assertThat(Moments.populationStd(v)).isEqualTo(2.0);
    }

    @Test
    void an_empty_array_has_no_moments() {
        assertThat(Moments.mean(new double[0])).isNaN();
        assertThat(Moments.populationStd(new double[0])).isNaN();
    }
}
