package dev.clientele.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientele.segment.SegmentFixtures.Points;
import dev.clientele.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

class KMeansPropertiesTest {

    /** 20 to 3000 points in 1 to 6 dimensions, k 2 to 9, as blobs or on a small grid (many tied distances). */
    @Seeds.Cases(60)
    void inertia_never_increases_across_lloyd_iterations(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = Seeds.between(rnd, 20, 3000);
        int d = Seeds.between(rnd, 1, 6);
        int k = Seeds.between(rnd, 2, 9);
        long fitSeed = Seeds.between(rnd, 0, 1000);
        boolean ties = rnd.nextBoolean();
        Points p = ties ? SegmentFixtures.grid(n, d, k, 4, fitSeed) : SegmentFixtures.blobs(n, d, k, 3.0, fitSeed);
        List<Double> trace = new ArrayList<>();
        KMeansResult r = KMeans.fit(p.x(), n, d, KMeansOptions.of(k, fitSeed).withNInit(1).withThreads(2), trace::add);
        assertThat(trace).hasSize(r.iterations());
        for (int i = 1; i < trace.size(); i++) {
            assertThat(trace.get(i)).as("iteration %d of %s", i + 1, trace).isLessThanOrEqualTo(trace.get(i - 1) * (1 + 1e-12));
        }
        assertThat(r.inertia()).isLessThanOrEqualTo(trace.get(trace.size() - 1) * (1 + 1e-12));
        assertThat(java.util.Arrays.stream(r.labels())).hasSize(n).allMatch(l -> l >= 0 && l < k);
    }
}
