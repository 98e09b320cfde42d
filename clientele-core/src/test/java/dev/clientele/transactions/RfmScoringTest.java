package dev.clientele.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.DataException;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import dev.clientele.testing.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RfmScoringTest {
    /*
     * Ten customers worked by hand (score = 1 + floor(5 w / 10), w = customers strictly worse):
     *   id recency freq monetary churned | R (w = larger recency) F (w = smaller freq) M | segment
     *   a    5      9    500      0      | 5 (9)   5 (9)   5 (9) | Champions
     *   b   10      6    300      0      | 5 (8)   4 (6)   4 (7) | Champions
     *   c   20      6    120      0      | 4 (7)   4 (6)   4 (6) | Champions
     *   d   40      3     80      1      | 4 (6)   3 (5)   3 (4) | Loyal
     *   e   60      0     40      0      | 3 (5)   1 (0)   2 (3) | Hibernating
     *   f   90      2     90      1      | 3 (4)   3 (4)   3 (5) | Loyal
     *   g  150      0     20      1      | 2 (3)   1 (0)   1 (1) | Hibernating
     *   h  200      8    450      1      | 2 (2)   5 (8)   5 (8) | Cannot lose them
     *   i  300      1     35      1      | 1 (1)   2 (3)   2 (2) | Lost
     *   j  400      0     10      1      | 1 (0)   1 (0)   1 (0) | Lost
     */
    private static Table tenCustomers() {
        return Table.of("ten", CategoricalColumn.of("id", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j"),
                NumericColumn.of("recency_days", 5, 10, 20, 40, 60, 90, 150, 200, 300, 400),
                NumericColumn.of("frequency", 9, 6, 6, 3, 0, 2, 0, 8, 1, 0),
                NumericColumn.of("monetary_total", 500, 300, 120, 80, 40, 90, 20, 450, 35, 10),
                NumericColumn.of("churned", 0, 0, 0, 1, 0, 1, 1, 1, 1, 1));
    }

    @Test
    void ten_customers_get_the_hand_worked_scores_and_segments() {
        RfmResult r = RfmScoring.score(tenCustomers());
        int[][] expected = {{5, 5, 5}, {5, 4, 4}, {4, 4, 4}, {4, 3, 3}, {3, 1, 2}, {3, 3, 3}, {2, 1, 1}, {2, 5, 5},
            {1, 2, 2}, {1, 1, 1}};
        for (int i = 0; i < 10; i++) {
            assertThat(new int[] {r.recencyScore(i), r.frequencyScore(i), r.monetaryScore(i)}).as("row %d", i)
                    .containsExactly(expected[i]);
        }
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            segments.add(r.segment(i).label());
        }
        assertThat(segments).containsExactly("Champions", "Champions", "Champions", "Loyal", "Hibernating", "Loyal",
                "Hibernating", "Cannot lose them", "Lost", "Lost");
    }

    /*
     * Champions a b c: recency (5 + 10 + 20) / 3, frequency 21 / 3, monetary 920 / 3, churn 0 / 3.
     * Loyal d f: 65, 2.5, 85, 2 / 2. Hibernating e g: 105, 0, 30, 1 / 2. Cannot lose them h: 200, 8, 450, 1.
     * Lost i j: 350, 0.5, 22.5, 1. Potential loyalists, New, At risk: empty.
     */
    @Test
    void the_summary_has_sizes_means_and_churn_rates_per_segment() {
        List<RfmResult.SegmentSummary> s = RfmScoring.score(tenCustomers()).summary();
        assertThat(s).extracting(RfmResult.SegmentSummary::segment).containsExactly(RfmSegment.values());
        assertThat(s).extracting(RfmResult.SegmentSummary::customers).containsExactly(3, 2, 0, 0, 0, 1, 2, 2);
        assertSummary(s.get(0), 0.3, 35.0 / 3, 7, 920.0 / 3, 0);
        assertSummary(s.get(1), 0.2, 65, 2.5, 85, 1);
        assertSummary(s.get(5), 0.1, 200, 8, 450, 1);
        assertSummary(s.get(6), 0.2, 105, 0, 30, 0.5);
        assertSummary(s.get(7), 0.2, 350, 0.5, 22.5, 1);
        assertThat(s.get(2).meanRecency()).isNaN();
        assertThat(s.get(2).churnRate()).isNaN();
    }

    private static void assertSummary(RfmResult.SegmentSummary s, double share, double r, double f, double m, double churn) {
        assertThat(s.share()).isCloseTo(share, within(1e-12));
        assertThat(s.meanRecency()).isCloseTo(r, within(1e-12));
        assertThat(s.meanFrequency()).isCloseTo(f, within(1e-12));
        assertThat(s.meanMonetary()).isCloseTo(m, within(1e-12));
        assertThat(s.churnRate()).isCloseTo(churn, within(1e-12));
    }

    @Test
    void the_rendered_summary_lists_every_segment_with_churn_rates() {
        String text = RfmScoring.score(tenCustomers()).render();
        assertThat(text).startsWith("RFM segments of 10 customers (quintile scores 1-5: R from recency_days, "
                + "F from frequency, M from monetary_total)\n");
        assertThat(text).contains("churn rate").contains("Potential loyalists");
        assertThat(text.lines().filter(l -> l.startsWith("Champions")).findFirst().orElseThrow())
                .matches("Champions +3 +30\\.0% +11\\.67 +7\\.00 +307 +0\\.0%");
        String withoutChurn = RfmScoring.score(tenCustomers().drop(List.of("churned"))).render();
        assertThat(withoutChurn).doesNotContain("churn rate");
    }

    @Test
    void scores_can_be_added_to_the_table() {
        Table t = RfmScoring.score(tenCustomers()).appendTo(tenCustomers());
        assertThat(t.columnNames()).endsWith("r_score", "f_score", "m_score", "rfm_score", "rfm_segment");
        assertThat(t.column("rfm_score").text(1)).isEqualTo("544");
        assertThat(t.column("rfm_segment").text(7)).isEqualTo("Cannot lose them");
    }

    /* The documented grid, rows R = 5..1, columns F = 1..5. */
    @Test
    void every_score_pair_falls_in_the_documented_segment() {
        String[][] grid = {
            {"New", "Potential loyalists", "Loyal", "Champions", "Champions"},
            {"New", "Potential loyalists", "Loyal", "Champions", "Champions"},
            {"Hibernating", "Hibernating", "Loyal", "Loyal", "Loyal"},
            {"Hibernating", "Hibernating", "At risk", "At risk", "Cannot lose them"},
            {"Lost", "Lost", "At risk", "At risk", "Cannot lose them"}};
        for (int r = 5; r >= 1; r--) {
            for (int f = 1; f <= 5; f++) {
                assertThat(RfmSegment.of(r, f).label()).as("R=%d F=%d", r, f).isEqualTo(grid[5 - r][f - 1]);
            }
        }
        assertThatThrownBy(() -> RfmSegment.of(0, 3)).hasMessage("RFM scores must be 1-5, got R=0, F=3");
    }

    /*
     * {2, 0, 5, 1, 0}, higher better: w = 3, 0, 4, 2, 0 -> 4, 1, 5, 3, 1 (the class javadoc's example).
     * Lower better (recency): w counts larger values: 1, 3, 0, 2, 3 -> 2, 4, 1, 3, 4.
     */
    @Test
    void ties_share_a_score_and_scores_skip_over_them() {
        assertThat(RfmScoring.quintiles(new double[] {2, 0, 5, 1, 0}, false)).containsExactly(4, 1, 5, 3, 1);
        assertThat(RfmScoring.quintiles(new double[] {2, 0, 5, 1, 0}, true)).containsExactly(2, 4, 1, 3, 4);
    }

    @Test
    void distinct_values_fill_each_quintile_equally() {
        double[] v = new double[100];
        for (int i = 0; i < 100; i++) {
            v[i] = (i * 37) % 100;
        }
        int[] counts = new int[6];
        for (int s : RfmScoring.quintiles(v, false)) {
            counts[s]++;
        }
        assertThat(counts).containsExactly(0, 20, 20, 20, 20, 20);
    }

    /**
     * 1 to 60 integer values in 0..9, drawn from 1 (all tied) to 10 consecutive levels, so that inputs range
     * from all tied to ten distinct values.
     */
    @Seeds.Cases(200)
    void scores_depend_on_values_not_on_row_order(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[Seeds.between(r, 1, 60)];
        int levels = Seeds.between(r, 1, 10);
        int lo = r.nextInt(11 - levels);
        for (int i = 0; i < v.length; i++) {
            v[i] = lo + Seeds.between(r, 0, levels - 1);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(r.nextLong()));
        double[] shuffled = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            shuffled[i] = v[order.get(i)];
        }
        int[] a = RfmScoring.quintiles(v, false);
        int[] b = RfmScoring.quintiles(shuffled, false);
        for (int i = 0; i < v.length; i++) {
            assertThat(b[i]).isEqualTo(a[order.get(i)]);
            for (int j = 0; j < v.length; j++) {
                if (v[i] < v[j]) {
                    assertThat(a[i]).isLessThanOrEqualTo(a[j]);
                }
            }
            assertThat(a[i]).isBetween(1, 5);
        }
    }

    @Test
    void missing_values_and_bad_churn_flags_are_refused() {
        Table missing = tenCustomers().with(NumericColumn.of("frequency", 1, 2, Double.NaN, 4, 5, 6, 7, 8, 9, 10));
        assertThatThrownBy(() -> RfmScoring.score(missing))
                .isInstanceOf(DataException.class)
                .hasMessage("ten, column 'frequency': 1 missing value (first at row 3); RFM needs recency, frequency "
                        + "and monetary values for every customer");
        Table badChurn = tenCustomers().with(NumericColumn.of("churned", 0, 1, 2, 0, 0, 0, 0, 0, 0, 0));
        assertThatThrownBy(() -> RfmScoring.score(badChurn))
                .hasMessage("ten, column 'churned': churn flags must be 0 or 1, found '2' at row 3");
        assertThatThrownBy(() -> RfmScoring.score(tenCustomers(), "recency", "frequency", "monetary_total"))
                .hasMessageContaining("no column 'recency'; did you mean 'recency_days'?");
    }
}
