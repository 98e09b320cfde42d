package dev.clientele.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientele.testing.Seeds;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SplitsTest {

    static int[] labels(int n, double rate, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextDouble() < rate ? 1 : 0;
        }
        return y;
    }

    /** 20 to 2000 rows in 2 to 10 folds: each fold holds floor or ceil of total / k rows of each class. */
    @Seeds.Cases(50)
    void every_fold_gets_its_share_of_each_class(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = Seeds.between(r, 20, 2000);
        int k = Seeds.between(r, 2, 10);
        int[] y = labels(n, 0.27, r.nextLong());
        int[] rows = new int[n];
        int[] fold = Splits.kFold(rows, y, k, r.nextLong());
        for (int cls = 0; cls <= 1; cls++) {
            int[] count = new int[k];
            int total = 0;
            for (int i = 0; i < n; i++) {
                if (y[i] == cls) {
                    count[fold[i]]++;
                    total++;
                }
            }
            for (int f = 0; f < k; f++) {
                assertThat(count[f]).as("class %d in fold %d of %d, n = %d", cls, f, k, n)
                        .isBetween(total / k, total / k + 1);
            }
        }
    }

    @Test
    void the_same_seed_gives_the_same_folds_and_another_seed_others() {
        int[] y = labels(500, 0.3, 1);
        int[] rows = new int[500];
        assertThat(Splits.kFold(rows, y, 5, 42)).isEqualTo(Splits.kFold(rows, y, 5, 42));
        assertThat(Splits.kFold(rows, y, 5, 42)).isNotEqualTo(Splits.kFold(rows, y, 5, 43));
    }

    @Test
    void hold_out_takes_the_rounded_share_of_each_class() {
        int[] y = labels(1000, 0.25, 3);
        int pos = 0;
        for (int v : y) {
            pos += v;
        }
        boolean[] held = Splits.holdOut(y, 0.2, 7);
        int heldPos = 0;
        int heldAll = 0;
        for (int i = 0; i < y.length; i++) {
            heldAll += held[i] ? 1 : 0;
            heldPos += held[i] && y[i] == 1 ? 1 : 0;
        }
        assertThat(heldPos).isEqualTo(Math.round(0.2 * pos));
        assertThat(heldAll).isEqualTo(Math.round(0.2 * pos) + Math.round(0.2 * (1000 - pos)));
    }

    @Test
    void rejects_fewer_than_two_folds() {
        assertThatThrownBy(() -> Splits.kFold(new int[4], new int[4], 1, 1)).hasMessage("folds must be >= 2, got 1");
    }
}
