package dev.clientele.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PairScheduleTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 7, 10, 391})
    void covers_every_pair_once_and_no_tile_twice_in_a_round(int tiles) {
        PairSchedule s = new PairSchedule(tiles);
        Set<Long> seen = new HashSet<>();
        for (int r = 0; r < s.rounds(); r++) {
            Set<Integer> busy = new HashSet<>();
            for (int q = 0; q < s.pairsPerRound(); q++) {
                int[] p = s.pair(r, q);
                if (p == null) {
                    continue;
                }
                assertThat(p[0]).isLessThan(p[1]);
                assertThat(p[1]).isLessThan(tiles);
                assertThat(busy.add(p[0]) && busy.add(p[1])).as("round %d reuses a tile", r).isTrue();
                assertThat(seen.add((long) p[0] * tiles + p[1])).as("pair %d,%d twice", p[0], p[1]).isTrue();
            }
        }
        assertThat(seen).hasSize(tiles * (tiles - 1) / 2);
    }

    @Test
    void four_tiles_give_the_documented_rounds() {
        PairSchedule s = new PairSchedule(4);
        assertThat(s.pair(0, 0)).containsExactly(0, 3);
        assertThat(s.pair(0, 1)).containsExactly(1, 2);
        assertThat(s.pair(1, 0)).containsExactly(0, 1);
        assertThat(s.pair(1, 1)).containsExactly(2, 3);
        assertThat(s.pair(2, 0)).containsExactly(0, 2);
        assertThat(s.pair(2, 1)).containsExactly(1, 3);
    }
}
