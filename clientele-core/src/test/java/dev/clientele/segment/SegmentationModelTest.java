package dev.clientele.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientele.bundle.BundleException;
import dev.clientele.bundle.Manifest;
import dev.clientele.data.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentationModelTest {
    @TempDir
    Path dir;

    private static SegmentationModel model(Table t) {
        SegmentationOptions o = SegmentationOptions.defaults(11).withK(KRange.of(3)).withFeatures(List.of("alpha", "beta", "region"))
                .withImpute(true);
        return new KMeansTrainer(o).train(t).withNames(List.of("one", "two", "three"));
    }

    @Test
    void a_saved_model_loads_and_assigns_exactly_as_before() {
        Table t = CustomerTables.blobs(300, 3, 8);
        SegmentationModel m = model(t);
        m.save(dir.resolve("model"), Manifest.object().put("silhouette", 0.5));
        SegmentationModel back = SegmentationModel.load(dir.resolve("model"));
        assertThat(back.names()).containsExactly("one", "two", "three");
        assertThat(back.centroids()).isEqualTo(m.centroids());
        assertThat(back.space().columns()).containsExactly("alpha", "beta", "region");
        assertThat(back.provenance().seed()).isEqualTo(11);
        assertThat(back.provenance().data().sha256()).isEqualTo(m.provenance().data().sha256());
        assertThat(back.assign(t).segment()).isEqualTo(m.assign(t).segment());
        assertThat(back.assign(t).distance()).isEqualTo(m.assign(t).distance());
    }

    @Test
    void a_model_of_another_kind_or_a_tampered_one_is_refused() throws Exception {
        Table t = CustomerTables.blobs(100, 3, 8);
        model(t).save(dir.resolve("m"), Manifest.object());
        Path json = dir.resolve("m").resolve("segmentation.json");
        Files.writeString(json, Files.readString(json).replace("\"k\" : 3", "\"k\" : 4"));
        assertThatThrownBy(() -> SegmentationModel.load(dir.resolve("m"))).isInstanceOf(BundleException.class)
                .hasMessageContaining("segmentation.json").hasMessageContaining("does not match its SHA-256");
    }

    @Test
    void assignment_picks_the_nearest_centroid_of_a_hand_made_model() {
        Table t = CustomerTables.of(new double[] {0, 1, 9, 10, Double.NaN});
        FeatureSpace space = FeatureSpace.fit(t, List.of("c0"), java.util.Set.of(), dev.clientele.features.Scaling.NONE, false);
        SegmentationModel m = new SegmentationModel(space, 2, new double[] {0.5, 9.5}, List.of("low", "high"), null);
        Assignment a = m.assign(t);
        assertThat(a.segment()).containsExactly(0, 0, 1, 1, -1);
        assertThat(a.distance()).containsExactly(0.5, 0.5, 0.5, 0.5, Double.NaN);
        assertThat(a.incomplete()).isEqualTo(1);
    }
}
