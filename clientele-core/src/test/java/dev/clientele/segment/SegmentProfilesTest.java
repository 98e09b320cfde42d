package dev.clientele.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import dev.clientele.features.Scaling;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentProfilesTest {
    private static final double[] SPEND = {10, 12, 14, 40, 44, 46, 50, 16};
    private static final String[] PLAN = {"A", "A", "B", "B", "B", "B", "A", "A"};
    private static final String[] CHURN = {"No", "Yes", "No", "Yes", "Yes", "No", "Yes", "No"};
    private static final double[] VALUE = {1, 2, 3, 4, 5, 6, 7, 8};
    private static final double[] FLAG = {0, 0, 0, 1, 1, 1, 1, 0};
    private static final int[] LABELS = {0, 0, 0, 1, 1, 1, 1, 0};
    private static final Table T = Table.of("p.csv", NumericColumn.of("spendPerVisit", SPEND), CategoricalColumn.of("plan", PLAN),
            CategoricalColumn.of("churn", CHURN), NumericColumn.of("value", VALUE), NumericColumn.of("flag", FLAG));

    private static SegmentProfiles profiles() {
        FeatureSpace space = FeatureSpace.fit(T, List.of("spendPerVisit", "plan"), Set.of(), Scaling.STANDARD, false);
        double[] outcome = SegmentOutcome.of(T, "churn", null);
        return SegmentProfiles.of(T, new int[] {0, 1, 2, 3, 4, 5, 6, 7}, LABELS, 2, space, List.of("churn"), outcome,
                SegmentOutcome.value(T, "value"));
    }

    @Test
    void feature_statistics_match_a_naive_computation() {
        SegmentProfiles p = profiles();
        double popMean = Arrays.stream(SPEND).average().orElseThrow();
        double popSd = Math.sqrt(Arrays.stream(SPEND).map(v -> (v - popMean) * (v - popMean)).sum() / SPEND.length);
        for (int l = 0; l < 2; l++) {
            final int seg = l;
            double[] in = java.util.stream.IntStream.range(0, 8).filter(i -> LABELS[i] == seg).mapToDouble(i -> SPEND[i]).sorted().toArray();
            double mean = Arrays.stream(in).average().orElseThrow();
            double median = (in[1] + in[2]) / 2; // four rows each
            SegmentProfile.FeatureStat s = p.segments().get(l).features().get(0);
            assertThat(s.feature()).isEqualTo("spendPerVisit");
            assertThat(s.mean()).isCloseTo(mean, within(1e-12));
            assertThat(s.median()).isCloseTo(median, within(1e-12));
            assertThat(s.z()).isCloseTo((mean - popMean) / popSd, within(1e-12));
            assertThat(p.segments().get(l).size()).isEqualTo(4);
            assertThat(p.segments().get(l).share()).isEqualTo(0.5);
        }
        // one-hot indicator: share of plan A is 3/4 in segment 1 (rows 0, 1, 7 of 0, 1, 2, 7)
        SegmentProfile.FeatureStat planA = p.segments().get(0).features().get(1);
        assertThat(planA.feature()).isEqualTo("plan=A");
        assertThat(planA.mean()).isEqualTo(0.75);
        assertThat(planA.z()).isCloseTo((0.75 - 0.5) / 0.5, within(1e-12));
    }

    @Test
    void churn_rate_and_value_at_risk_match_a_naive_computation() {
        SegmentProfiles p = profiles();
        for (int l = 0; l < 2; l++) {
            int churners = 0;
            double atRisk = 0;
            double total = 0;
            for (int i = 0; i < 8; i++) {
                if (LABELS[i] == l) {
                    churners += CHURN[i].equals("Yes") ? 1 : 0;
                    atRisk += CHURN[i].equals("Yes") ? VALUE[i] : 0;
                    total += VALUE[i];
                }
            }
            SegmentProfile.Outcome o = p.segments().get(l).outcome();
            assertThat(o.rate()).isEqualTo(churners / 4.0);
            assertThat(o.valueAtRisk()).isEqualTo(atRisk);
            assertThat(o.value()).isEqualTo(total);
        }
        assertThat(p.population().outcome().rate()).isEqualTo(0.5);
        assertThat(p.population().outcome().valueAtRisk()).isEqualTo(2 + 4 + 5 + 7);
    }

    @Test
    void over_represented_levels_and_separating_features_are_reported() {
        SegmentProfile high = profiles().segments().get(1);
        assertThat(high.separating().get(0)).isEqualTo("spendPerVisit");
        assertThat(high.overRepresented()).extracting(l -> l.column() + "=" + l.level())
                .containsExactly("flag=1", "plan=B");
        SegmentProfile.LevelShare flag = high.overRepresented().get(0);
        assertThat(flag.share()).isEqualTo(1.0);
        assertThat(flag.populationShare()).isEqualTo(0.5);
    }

    @Test
    void names_come_from_column_names_and_z_scores() {
        SegmentProfiles p = profiles();
        // spend z = +-0.98 (under "very"), plan=B z = +0.5 for the high segment; plan=A for the low one
        assertThat(p.names()).containsExactly("Low spend per visit, A plan", "High spend per visit, B plan");
        assertThat(SegmentNames.words("monthly_charges")).isEqualTo("monthly charges");
        assertThat(SegmentNames.words("avgOrderValue")).isEqualTo("avg order value");
    }

    @Test
    void probabilities_are_averaged_as_they_are() {
        Table t = Table.of("p", NumericColumn.of("x", 1, 2, 3, 4), NumericColumn.of("p", 0.1, 0.3, 0.6, 0.8));
        double[] outcome = SegmentOutcome.of(t, "p", null);
        FeatureSpace space = FeatureSpace.fit(t, List.of("x"), Set.of(), Scaling.NONE, false);
        SegmentProfiles p = SegmentProfiles.of(t, new int[] {0, 1, 2, 3}, new int[] {0, 0, 1, 1}, 2, space, List.of("p"),
                outcome, null);
        assertThat(p.segments().get(0).outcome().rate()).isCloseTo(0.2, within(1e-12));
        assertThat(p.segments().get(1).outcome().rate()).isCloseTo(0.7, within(1e-12));
        assertThat(p.segments().get(1).outcome().valueAtRisk()).isNaN();
    }
}
