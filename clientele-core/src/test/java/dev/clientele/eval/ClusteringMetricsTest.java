package dev.clientele.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.clientele.segment.SegmentFixtures;
import dev.clientele.segment.SegmentFixtures.Points;
import dev.clientele.testing.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Golden values from scikit-learn 1.2.1. {@code blobs300.csv} was written by
 * <pre>
 * X, y = make_blobs(n_samples=300, n_features=3, centers=4, cluster_std=1.5, random_state=7)
 * km = KMeans(3, n_init=1, random_state=3).fit(X).labels_   # columns x0..x2, label, kmeans3
 * </pre>
 * and the values come from (run in the repository root):
 * <pre>
 * python3 -c "import pandas as p, numpy as np; from sklearn.metrics import davies_bouldin_score as db,
 *   calinski_harabasz_score as ch, adjusted_rand_score as ari
 * d = p.read_csv('examples/iris.csv'); X = d.iloc[:, :4].values
 * rule = np.where(d.petal_length > 2.5, np.where(d.petal_width > 1.7, 2, 1), 0)
 * print(db(X, d.species), ch(X, d.species), ari(d.species, rule))
 * b = p.read_csv('clientele-core/src/test/resources/dev/clientele/eval/blobs300.csv'); Xb = b[['x0','x1','x2']].values
 * print(db(Xb, b.label), ch(Xb, b.label), ari(b.label, b.kmeans3), db(Xb, b.kmeans3), ch(Xb, b.kmeans3))"
 * </pre>
 */
class ClusteringMetricsTest {

    @Test
    void iris_species_match_scikit_learn() {
        Points iris = SegmentFixtures.iris();
        assertThat(ClusteringMetrics.daviesBouldin(iris.x(), iris.n(), iris.d(), iris.labels(), 3))
            .isCloseTo(0.7513707094756737, within(1e-12));
        assertThat(ClusteringMetrics.calinskiHarabasz(iris.x(), iris.n(), iris.d(), iris.labels(), 3))
            .isCloseTo(487.33087637489984, within(1e-9));
        int[] rule = new int[iris.n()];
        for (int i = 0; i < iris.n(); i++) {
            double petalLength = iris.x()[i * 4 + 2];
            double petalWidth = iris.x()[i * 4 + 3];
            rule[i] = petalLength > 2.5 ? (petalWidth > 1.7 ? 2 : 1) : 0;
        }
        assertThat(AdjustedRandIndex.of(iris.labels(), rule)).isCloseTo(0.8857921001989628, within(1e-12));
    }

    @Test
    void seeded_blobs_match_scikit_learn() throws IOException {
        Blobs b = blobs();
        assertThat(ClusteringMetrics.daviesBouldin(b.x(), b.n(), 3, b.label(), 4)).isCloseTo(0.43204198375481156, within(1e-12));
        assertThat(ClusteringMetrics.calinskiHarabasz(b.x(), b.n(), 3, b.label(), 4)).isCloseTo(1314.987994401396, within(1e-9));
        assertThat(ClusteringMetrics.daviesBouldin(b.x(), b.n(), 3, b.kmeans(), 3)).isCloseTo(0.7392615171098424, within(1e-12));
        assertThat(ClusteringMetrics.calinskiHarabasz(b.x(), b.n(), 3, b.kmeans(), 3)).isCloseTo(462.58949476899045, within(1e-9));
        assertThat(AdjustedRandIndex.of(b.label(), b.kmeans())).isCloseTo(0.691527706433107, within(1e-12));
    }

    @Test
    void empty_clusters_are_ignored_as_scikit_learn_re_encodes_labels() throws IOException {
        Blobs b = blobs();
        int[] shifted = b.kmeans().clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] = shifted[i] * 2;
        }
        assertThat(ClusteringMetrics.daviesBouldin(b.x(), b.n(), 3, shifted, 5)).isCloseTo(0.7392615171098424, within(1e-12));
        assertThat(ClusteringMetrics.calinskiHarabasz(b.x(), b.n(), 3, shifted, 5)).isCloseTo(462.58949476899045, within(1e-9));
    }

    @Test
    void inertia_about_means_equals_inertia_about_the_same_centroids_and_a_hand_worked_value() {
        double[] x = {1, 3, 5, 9};
        int[] labels = {0, 0, 0, 1};
        assertThat(ClusteringMetrics.inertia(x, 4, 1, labels, 2)).isEqualTo(8.0);
        assertThat(ClusteringMetrics.inertia(x, 4, 1, labels, new double[] {3, 9})).isEqualTo(8.0);
        assertThat(ClusteringMetrics.inertia(x, 4, 1, labels, new double[] {2, 9})).isEqualTo(11.0);
    }

    /**
     * scikit-learn 1.2.1 gives 1.0 -0.5 1.0 1.0 0.0: {@code python3 -c "from sklearn.metrics import
     * adjusted_rand_score as a; print(a([0,0,1,1],[7,7,3,3]), a([0,0,1,1],[0,1,0,1]), a([0,0,0],[1,1,1]),
     * a([0,1,2],[5,6,7]), a([0,0,0,0],[0,1,2,3]))"}.
     */
    @Test
    void adjusted_rand_handles_renaming_chance_and_degenerate_partitions() {
        assertThat(AdjustedRandIndex.of(new int[] {0, 0, 1, 1}, new int[] {7, 7, 3, 3})).isEqualTo(1.0);
        assertThat(AdjustedRandIndex.of(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1})).isEqualTo(-0.5);
        assertThat(AdjustedRandIndex.of(new int[] {0, 0, 0}, new int[] {1, 1, 1})).isEqualTo(1.0);
        assertThat(AdjustedRandIndex.of(new int[] {0, 1, 2}, new int[] {5, 6, 7})).isEqualTo(1.0);
        assertThat(AdjustedRandIndex.of(new int[] {0, 0, 0, 0}, new int[] {0, 1, 2, 3})).isEqualTo(0.0);
        assertThatThrownBy(() -> AdjustedRandIndex.of(new int[] {0}, new int[] {0, 1}))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("both partitions need the same, positive number of points; got 1 and 2");
    }

    /** 2 to 400 points, each partition with 1 to 6 labels (one label is the degenerate single cluster). */
    @Seeds.Cases(50)
    void adjusted_rand_is_symmetric_and_at_most_one(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = Seeds.between(rnd, 2, 400);
        int ka = Seeds.between(rnd, 1, 6);
        int kb = Seeds.between(rnd, 1, 6);
        int[] a = rnd.ints(n, 0, ka).toArray();
        int[] b = rnd.ints(n, 0, kb).toArray();
        double ab = AdjustedRandIndex.of(a, b);
        assertThat(ab).isEqualTo(AdjustedRandIndex.of(b, a)).isLessThanOrEqualTo(1.0 + 1e-12);
        assertThat(AdjustedRandIndex.of(a, a)).isEqualTo(1.0);
    }

    @Test
    void rejects_a_single_cluster_and_bad_labels_with_clear_messages() {
        double[] x = {1, 2, 3, 4};
        assertThatThrownBy(() -> ClusteringMetrics.daviesBouldin(x, 4, 1, new int[] {0, 0, 0, 0}, 2))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Davies-Bouldin needs 2 to n - 1 = 3 non-empty clusters, got 1");
        assertThatThrownBy(() -> ClusteringMetrics.calinskiHarabasz(x, 4, 1, new int[] {0, 1, 2, 3}, 4))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Calinski-Harabasz needs 2 to n - 1 = 3 non-empty clusters, got 4");
        assertThatThrownBy(() -> ClusteringMetrics.inertia(x, 4, 1, new int[] {0, 1, 2, 0}, 2))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("labels[2] = 2 is outside [0, 2)");
    }

    record Blobs(double[] x, int n, int[] label, int[] kmeans) {
    }

    static Blobs blobs() throws IOException {
        try (InputStream in = ClusteringMetricsTest.class.getResourceAsStream("blobs300.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            int n = lines.size();
            double[] x = new double[n * 3];
            int[] label = new int[n];
            int[] kmeans = new int[n];
            for (int i = 0; i < n; i++) {
                String[] f = lines.get(i).split(",");
                for (int j = 0; j < 3; j++) {
                    x[i * 3 + j] = Double.parseDouble(f[j]);
                }
                label[i] = Integer.parseInt(f[3]);
                kmeans[i] = Integer.parseInt(f[4]);
            }
            return new Blobs(x, n, label, kmeans);
        }
    }
}
