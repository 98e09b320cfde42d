package dev.clientele.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clientele.Progress;
import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import dev.clientele.testing.Seeds;
import java.util.List;
import java.util.SplittableRandom;

class SegmentPropertiesTest {

    private static Table random(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] a = new double[n];
        double[] b = new double[n];
        String[] y = new String[n];
        for (int i = 0; i < n; i++) {
            a[i] = Math.floor(rnd.nextDouble() * 50);
            b[i] = rnd.nextDouble() < 0.1 ? Double.NaN : rnd.nextGaussian() * 3;
            y[i] = rnd.nextBoolean() ? "yes" : "no";
        }
        return Table.of("r", NumericColumn.of("a", a), NumericColumn.of("b", b), CategoricalColumn.of("y", y));
    }

    /** 20 to 200 rows (about a tenth missing in one column), k 2 to 5, any data and fit seed. */
    @Seeds.Cases(30)
    void segments_partition_the_rows_and_profiles_add_up(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = Seeds.between(rnd, 20, 200);
        int k = Seeds.between(rnd, 2, 5);
        Table t = random(n, rnd.nextLong());
        SegmentationOptions o = SegmentationOptions.defaults(rnd.nextLong()).withK(KRange.of(k)).withExclude(List.of("y")).withThreads(1);
        SearchResult r = new SegmentSearch(o, Progress.NONE).run(t);
        int[] labels = r.fit().labels();
        assertThat(java.util.Arrays.stream(labels).boxed().toList()).allMatch(l -> l >= 0 && l < k);
        int[] rows = r.fit().data().rows();
        assertThat(rows.length + r.fit().data().incomplete()).isEqualTo(n);
        double[] outcome = SegmentOutcome.of(t, "y", null);
        SegmentProfiles p = SegmentProfiles.of(t, rows, labels, k, r.model().space(), List.of("y"), outcome, null);
        assertThat(p.segments().stream().mapToDouble(SegmentProfile::share).sum()).isCloseTo(1.0, within(1e-9));
        double churners = p.segments().stream().mapToDouble(s -> s.outcome().rate() * s.size()).sum();
        assertThat(churners / rows.length).isCloseTo(p.population().outcome().rate(), within(1e-9));
        assertThat(p.names()).doesNotHaveDuplicates();
        Assignment a = r.model().assign(t);
        for (int i = 0; i < rows.length; i++) {
            assertThat(a.segment()[rows[i]]).isEqualTo(labels[i]);
        }
    }
}
