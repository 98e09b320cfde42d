package dev.clientele.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.DataFingerprint;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelBundleTest {
    @TempDir
    Path dir;

    private static final Table DATA = Table.of("t", NumericColumn.of("a", 1, 2, 3), CategoricalColumn.of("b", "x", null, "y"));

    private Manifest writeSample(Path target) {
        ObjectNode options = Manifest.object().put("k", 4);
        ObjectNode metrics = Manifest.object().put("auc", 0.84);
        return ModelBundle.write(target, "test-model", 42L, DataFingerprint.of(DATA), options, metrics,
                List.of("a", "b"), Map.of("model.bin", new byte[] {1, 2, 3}, "pipeline.json",
                        "{\"x\":1}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_directory_bundle_reads_back_with_its_manifest_and_files() {
        Path target = dir.resolve("model");
        writeSample(target);
        ModelBundle.Loaded b = ModelBundle.read(target, "test-model");
        assertThat(b.manifest().formatVersion()).isEqualTo(ModelBundle.FORMAT_VERSION);
        assertThat(b.manifest().seed()).isEqualTo(42L);
        assertThat(b.manifest().features()).containsExactly("a", "b");
        assertThat(b.manifest().options().get("k").asInt()).isEqualTo(4);
        assertThat(b.manifest().data().get("rows").asInt()).isEqualTo(3);
        assertThat(b.manifest().data().get("sha256").asText()).isEqualTo(DataFingerprint.of(DATA).sha256());
        assertThat(b.file("model.bin")).containsExactly(1, 2, 3);
        assertThat(b.json("pipeline.json").get("x").asInt()).isEqualTo(1);
    }

    @Test
    void the_manifest_lists_file_checksums_in_name_order_so_the_same_model_gives_the_same_manifest() throws Exception {
        List<String> names = List.of("pipeline.json", "model.json", "metrics.json", "evaluation_rows.csv", "booster-1.ubj",
                "booster-2.ubj", "zeta.txt", "alpha.bin");
        Map<String, byte[]> files = new java.util.HashMap<>();
        names.forEach(n -> files.put(n, n.getBytes(StandardCharsets.UTF_8)));
        Path target = dir.resolve("many");
        ModelBundle.write(target, "test-model", 1L, DataFingerprint.of(DATA), null, null, List.of("a"), files);
        var listed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(target.resolve("manifest.json").toFile())
                .get("files").fieldNames();
        List<String> order = new java.util.ArrayList<>();
        listed.forEachRemaining(order::add);
        assertThat(order).containsExactly("alpha.bin", "booster-1.ubj", "booster-2.ubj", "evaluation_rows.csv",
                "metrics.json", "model.json", "pipeline.json", "zeta.txt");
    }

    @Test
    void a_zip_bundle_reads_back_like_a_directory() {
        Path zip = dir.resolve("model.zip");
        writeSample(zip);
        assertThat(Files.isRegularFile(zip)).isTrue();
        assertThat(ModelBundle.read(zip, null).file("model.bin")).containsExactly(1, 2, 3);
    }

    @Test
    void a_tampered_file_is_refused_naming_the_file() throws Exception {
        Path target = dir.resolve("model");
        writeSample(target);
        Files.writeString(target.resolve("pipeline.json"), "{\"x\":2}");
        assertThatThrownBy(() -> ModelBundle.read(target, "test-model"))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("bundle file 'pipeline.json' does not match its SHA-256 in manifest.json");
    }

    @Test
    void a_directory_without_manifest_is_not_a_bundle() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Files.writeString(plain.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> ModelBundle.read(plain, null))
                .hasMessageContaining("not a Clientele model bundle (no manifest.json)");
    }

    @Test
    void a_bundle_of_the_first_format_is_still_read() throws Exception {
        Path target = dir.resolve("model-v1");
        writeSample(target);
        Path manifest = target.resolve(ModelBundle.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"formatVersion\" : " + ModelBundle.FORMAT_VERSION, "\"formatVersion\" : 1"));
        assertThat(ModelBundle.read(target, null).manifest().formatVersion()).isEqualTo(1);
    }

    @Test
    void a_bundle_of_a_newer_format_is_refused() throws Exception {
        Path target = dir.resolve("model");
        writeSample(target);
        Path manifest = target.resolve(ModelBundle.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"formatVersion\" : " + ModelBundle.FORMAT_VERSION, "\"formatVersion\" : 99"));
        assertThatThrownBy(() -> ModelBundle.read(target, null))
                .hasMessageContaining("bundle format 99")
                .hasMessageContaining("is newer than this build supports (" + ModelBundle.FORMAT_VERSION + "); upgrade Clientele");
    }

    @Test
    void a_bundle_of_another_kind_is_refused() {
        Path target = dir.resolve("model");
        writeSample(target);
        assertThatThrownBy(() -> ModelBundle.read(target, "churn-model"))
                .hasMessageContaining("bundle holds a test-model, expected a churn-model; give a bundle written by the "
                        + "matching train command");
    }

    private String kindRefusal(String written, String expected) {
        Path target = dir.resolve(written);
        ModelBundle.write(target, written, 1L, DataFingerprint.of(DATA), null, null, List.of("a"),
                Map.of("model.json", "{}".getBytes(StandardCharsets.UTF_8)));
        return org.assertj.core.api.Assertions.catchThrowableOfType(BundleException.class,
                () -> ModelBundle.read(target, expected)).getMessage();
    }

    @Test
    void a_bundle_of_the_other_kind_points_to_the_command_that_reads_it() {
        assertThat(kindRefusal("segmentation-model", "churn-model")).isEqualTo(dir.resolve("segmentation-model")
                + ": bundle holds a segmentation-model, expected a churn-model; use 'clientele segment assign' with "
                + "segmentation bundles");
        assertThat(kindRefusal("churn-model", "segmentation-model")).isEqualTo(dir.resolve("churn-model")
                + ": bundle holds a churn-model, expected a segmentation-model; use 'clientele churn predict' or "
                + "'clientele churn evaluate' with churn bundles");
    }

    @Test
    void a_manifest_that_is_not_json_gets_one_line_with_its_place() throws Exception {
        Path target = dir.resolve("model");
        writeSample(target);
        Files.writeString(target.resolve(ModelBundle.MANIFEST), "{\n  \"formatVersion\" : 1,\n  \"kind\" : \"test-");
        assertThatThrownBy(() -> ModelBundle.read(target, null))
                .isInstanceOf(BundleException.class)
                .hasMessageStartingWith(target + ": manifest.json is not valid JSON (line 3, column ")
                .hasMessageEndingWith("; the bundle is damaged: train it again or restore it")
                .hasMessageNotContaining("Source")
                .hasMessageNotContaining("\n");
        Files.writeString(target.resolve(ModelBundle.MANIFEST), "{\"formatVersion\" : 1, }");
        assertThatThrownBy(() -> ModelBundle.read(target, null))
                .hasMessage(target + ": manifest.json is not valid JSON (line 1, column 23): unexpected character "
                        + "('}' (code 125)): was expecting double-quote to start field name; the bundle is damaged: "
                        + "train it again or restore it");
    }

    @Test
    void rewriting_replaces_an_old_bundle_but_never_an_unrelated_directory() throws Exception {
        Path target = dir.resolve("model");
        writeSample(target);
        writeSample(target);
        assertThat(ModelBundle.read(target, null).files()).containsOnlyKeys("model.bin", "pipeline.json");
        Path precious = Files.createDirectories(dir.resolve("precious"));
        Files.writeString(precious.resolve("thesis.tex"), "years of work");
        assertThatThrownBy(() -> writeSample(precious)).hasMessageContaining("exists and is not a Clientele model bundle");
        assertThat(Files.readString(precious.resolve("thesis.tex"))).isEqualTo("years of work");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("model", "precious");
        }
    }
}
