package dev.clientele.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void int_draws_stay_inside_the_range_and_reach_both_ends_often() {
        SplittableRandom r = new SplittableRandom(1);
        int[] count = new int[11];
        for (int i = 0; i < 8000; i++) {
            count[Seeds.between(r, 0, 10)]++;
        }
        // 1/8 + 6/8 * 1/11 = 0.193 at each end, 6/8 * 1/11 = 0.068 inside
        assertThat(count[0]).isBetween(1400, 1700);
        assertThat(count[10]).isBetween(1400, 1700);
        for (int v = 1; v < 10; v++) {
            assertThat(count[v]).as("value %d", v).isBetween(400, 700);
        }
        assertThat(Seeds.between(r, 7, 7)).isEqualTo(7);
        assertThat(Seeds.between(r, Integer.MAX_VALUE - 1, Integer.MAX_VALUE)).isGreaterThanOrEqualTo(Integer.MAX_VALUE - 1);
    }

    @Test
    void double_draws_stay_inside_the_range_and_include_the_ends_and_small_integers() {
        SplittableRandom r = new SplittableRandom(2);
        int ends = 0;
        int small = 0;
        for (int i = 0; i < 8000; i++) {
            double x = Seeds.between(r, -5.0, 2.5);
            assertThat(x).isBetween(-5.0, 2.5);
            ends += x == -5.0 || x == 2.5 ? 1 : 0;
            small += x == 0 || x == 1 || x == -1 ? 1 : 0;
        }
        assertThat(ends).isBetween(1800, 2200);
        assertThat(small).isBetween(800, 1200);
        assertThat(Seeds.between(r, 3.0, 4.0)).isBetween(3.0, 4.0);
    }

    @Test
    void seeds_are_one_to_count_and_an_empty_list_or_range_is_refused() {
        assertThat(Seeds.first(3).toArray()).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> Seeds.first(0)).hasMessage("count must be >= 1, got 0");
        assertThatThrownBy(() -> Seeds.between(new SplittableRandom(1), 3, 2)).hasMessage("min must be <= max, got [3, 2]");
        assertThatThrownBy(() -> Seeds.between(new SplittableRandom(1), 1.0, Double.NaN))
                .hasMessage("min must be <= max, got [1.0, NaN]");
    }
}
