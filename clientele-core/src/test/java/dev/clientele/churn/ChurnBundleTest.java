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
}
