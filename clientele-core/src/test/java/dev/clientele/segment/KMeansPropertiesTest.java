package dev.clientele.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientele.segment.SegmentFixtures.Points;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class KMeansPropertiesTest {

    @Property(tries = 60)
    void inertia_never_increases_across_lloyd_iterations(@ForAll @IntRange(min = 20, max = 3000) int n,
                                                         @ForAll @IntRange(min = 1, max = 6) int d,
                                                         @ForAll @IntRange(min = 2, max = 9) int k,
                                                         @ForAll @LongRange(min = 0, max = 1000) long seed,
                                                         @ForAll boolean ties) {
        Points p = ties ? SegmentFixtures.grid(n, d, k, 4, seed) : SegmentFixtures.blobs(n, d, k, 3.0, seed);
        List<Double> trace = new ArrayList<>();
        KMeansResult r = KMeans.fit(p.x(), n, d, KMeansOptions.of(k, seed).withNInit(1).withThreads(2), trace::add);
        assertThat(trace).hasSize(r.iterations());
        for (int i = 1; i < trace.size(); i++) {
            assertThat(trace.get(i)).as("iteration %d of %s", i + 1, trace).isLessThanOrEqualTo(trace.get(i - 1) * (1 + 1e-12));
        }
        assertThat(r.inertia()).isLessThanOrEqualTo(trace.get(trace.size() - 1) * (1 + 1e-12));
        assertThat(java.util.Arrays.stream(r.labels())).hasSize(n).allMatch(l -> l >= 0 && l < k);
    }
}
