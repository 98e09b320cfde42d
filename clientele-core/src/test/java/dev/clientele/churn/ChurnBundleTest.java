package dev.clientele.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientele.bundle.BundleException;
import dev.clientele.data.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChurnBundleTest {
    static Table table;
    static ChurnTrainer.Result result;
    static ChurnOptions options;

    @BeforeAll
    static void train() {
        table = SyntheticChurn.interactions(1200, 21);
        options = ChurnOptions.defaults("status").withSeed(3);
        result = new ChurnTrainer(options).fit(table);
    }

    @Test
    void a_saved_model_scores_exactly_like_the_trained_one(@TempDir Path dir) {
        for (Path target : List.of(dir.resolve("model"), dir.resolve("model.zip"))) {
            ChurnBundle.write(target, result, table, options);
            try (ChurnModel back = ChurnBundle.read(target).model()) {
                Scores a = result.model().score(table, 3);
                Scores b = back.score(table, 3);
                assertThat(b.probability()).containsExactly(a.probability());
                assertThat(Arrays.deepToString(b.reasons())).isEqualTo(Arrays.deepToString(a.reasons()));
                assertThat(back.threshold()).isEqualTo(result.model().threshold());
                assertThat(back.thresholdRule()).isEqualTo(options.threshold());
                assertThat(back.labels()).isEqualTo(new ChurnLabels("status", "Churned", "Stayed"));
                assertThat(back.algorithm()).isEqualTo(result.model().algorithm());
            }
        }
    }

    @Test
    void the_same_seed_writes_the_same_model_files(@TempDir Path dir) throws IOException {
        ChurnTrainer.Result again = new ChurnTrainer(options).fit(table);
        ChurnBundle.write(dir.resolve("a"), result, table, options);
        ChurnBundle.write(dir.resolve("b"), again, table, options);
        again.model().close();
        for (String f : List.of("model.json", "pipeline.json", "evaluation_rows.csv")) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
        }
        try (var s = Files.list(dir.resolve("a"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".ubj")).toList()) {
                assertThat(Files.readAllBytes(dir.resolve("b").resolve(p.getFileName()))).isEqualTo(Files.readAllBytes(p));
            }
        }
    }

    @Test
    void records_the_evaluation_and_the_rows_it_came_from(@TempDir Path dir) throws IOException {
        ChurnBundle.write(dir.resolve("m"), result, table, options);
        ChurnBundle.Loaded loaded = ChurnBundle.read(dir.resolve("m"));
        loaded.model().close();
        JsonNode m = loaded.metrics();
        assertThat(m.path("rows").path("input").asInt()).isEqualTo(1200);
        assertThat(m.path("rows").path("test").asInt()).isEqualTo(result.evaluation().testRows());
        assertThat(m.path("crossValidation").path("perFold").size()).isEqualTo(5);
        assertThat(m.path("crossValidation").path("mean").path("rocAuc").asDouble())
                .isEqualTo(result.evaluation().cvMean().get("rocAuc"));
        assertThat(m.path("test").path("gains").size()).isEqualTo(10);
        assertThat(m.path("test").path("calibration").size()).isEqualTo(10);
        assertThat(m.path("threshold").path("rule").asText()).isEqualTo("f1");
        assertThat(loaded.manifest().kind()).isEqualTo("churn-model");
        assertThat(loaded.manifest().seed()).isEqualTo(3);
        assertThat(loaded.manifest().features()).contains("usage", "tickets", "age", "plan");
        List<String> rows = Files.readAllLines(dir.resolve("m").resolve(ChurnBundle.ROWS_FILE));
        assertThat(rows.get(0)).isEqualTo("row,account,split,fold");
        assertThat(rows).hasSize(1201);
        assertThat(rows.stream().filter(r -> r.endsWith(",test,")).count()).isEqualTo(result.evaluation().testRows());
        assertThat(rows.get(1)).matches("1,A00001,(cv,[1-5]|test,)");
    }

    @Test
    void refuses_a_tampered_bundle_and_a_directory_that_is_not_one(@TempDir Path dir) throws IOException {
        Path m = dir.resolve("m");
        ChurnBundle.write(m, result, table, options);
        Path json = m.resolve("model.json");
        Files.writeString(json, Files.readString(json).replaceFirst("\"threshold\" : [0-9.]+", "\"threshold\" : 0.01"));
        assertThatThrownBy(() -> ChurnBundle.read(m)).isInstanceOf(BundleException.class)
                .hasMessage(m + ": bundle file 'model.json' does not match its SHA-256 in manifest.json: it was "
                        + "modified or damaged; retrain or restore the bundle");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> ChurnBundle.read(empty)).isInstanceOf(BundleException.class)
                .hasMessageContaining("not a Clientele model bundle (no manifest.json)");
    }
    @Test
    void an_isotonic_model_round_trips_and_records_its_calibration(@TempDir Path dir) {
        ChurnOptions iso = options.withCalibration(Calibration.ISOTONIC);
        Path target = dir.resolve("iso.zip");
        ChurnTrainer.Result r = new ChurnTrainer(iso).fit(table);
        try (ChurnModel trained = r.model()) {
            ChurnBundle.write(target, r, table, iso);
            ChurnBundle.Loaded back = ChurnBundle.read(target);
            try (ChurnModel model = back.model()) {
                Scores a = trained.score(table, 3);
                Scores b = model.score(table, 3);
                assertThat(b.probability()).containsExactly(a.probability());
                assertThat(Arrays.deepToString(b.reasons())).isEqualTo(Arrays.deepToString(a.reasons()));
                assertThat(Arrays.stream(b.probability()).min().orElseThrow()).isGreaterThanOrEqualTo(0.999e-6);
                assertThat(Arrays.stream(b.probability()).max().orElseThrow()).isLessThanOrEqualTo(1 - 0.999e-6);
                assertThat(b.probability()).isNotEqualTo(result.model().score(table, 0).probability());
                assertThat(model.components()).allSatisfy(c -> assertThat(c.calibrator()).isInstanceOf(Isotonic.class));
            }
            assertThat(back.metrics().path("algorithm").path("calibration").asText()).isEqualTo("isotonic");
            assertThat(back.manifest().options().path("calibration").asText()).isEqualTo("isotonic");
        }
    }

    @Test
    void model_json_stores_the_isotonic_map_as_threshold_and_value_arrays(@TempDir Path dir) throws IOException {
        ChurnOptions iso = options.withCalibration(Calibration.ISOTONIC).withAlgorithm(Algorithm.LOGISTIC);
        ChurnTrainer.Result r = new ChurnTrainer(iso).fit(table);
        ChurnBundle.write(dir.resolve("m"), r, table, iso);
        r.model().close();
        JsonNode c = ChurnBundle.JSON.readTree(dir.resolve("m").resolve("model.json").toFile()).path("components").get(0);
        assertThat(c.path("calibration").asText()).isEqualTo("isotonic");
        assertThat(c.has("platt")).isFalse();
        JsonNode x = c.path("isotonic").path("x");
        JsonNode y = c.path("isotonic").path("y");
        assertThat(x.size()).isGreaterThan(1).isEqualTo(y.size());
        for (int i = 1; i < x.size(); i++) {
            assertThat(x.get(i).asDouble()).isGreaterThan(x.get(i - 1).asDouble());
            assertThat(y.get(i).asDouble()).isGreaterThanOrEqualTo(y.get(i - 1).asDouble());
        }
    }

    @Test
    void a_bundle_written_before_calibration_was_recorded_reads_as_platt(@TempDir Path dir) throws IOException {
        Path m = dir.resolve("old");
        ChurnBundle.write(m, result, table, options);
        Path json = m.resolve("model.json");
        String before = Files.readString(json);
        String old = before.replaceAll("\\s*\"calibration\" : \"platt\",", "");
        assertThat(old).doesNotContain("calibration").isNotEqualTo(before);
        Files.writeString(json, old);
        Path manifest = m.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace(
                dev.clientele.bundle.ModelBundle.sha256(before.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                dev.clientele.bundle.ModelBundle.sha256(old.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        try (ChurnModel back = ChurnBundle.read(m).model()) {
            assertThat(back.score(table, 0).probability()).containsExactly(result.model().score(table, 0).probability());
            assertThat(back.components()).allSatisfy(c -> assertThat(c.calibrator()).isInstanceOf(Platt.class));
        }
    }
}
