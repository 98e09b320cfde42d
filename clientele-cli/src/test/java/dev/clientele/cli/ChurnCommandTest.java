package dev.clientele.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientele.churn.ChurnBundle;
import dev.clientele.churn.ChurnModel;
import dev.clientele.churn.SyntheticChurn;
import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.DataSource;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import dev.clientele.data.TableReader;
import dev.clientele.data.TableWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ChurnCommandTest {
    @TempDir
    static Path dir;
    static Path data;
    static Path model;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        Log.redirect(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try {
            int code = cl.execute(args);
            return new Run(code, out.toString(), err + logs.toString(StandardCharsets.UTF_8));
        } finally {
            Log.redirect(System.err);
        }
    }

    static Path csv(String name, Table t) {
        Path p = dir.resolve(name);
        TableWriter.write(t, p);
        return p;
    }

    @BeforeAll
    static void trainOnce() {
        data = csv("crm.csv", SyntheticChurn.linear(600, 31));
        model = dir.resolve("model");
        Run r = run("churn", "train", "--data", data.toString(), "--target", "status", "--folds", "3",
                "--feature", "x1_plus_x2 = x1 + x2", "--model", model.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("chosen: ", "ROC AUC", "lift and gains by decile (test split)",
                "top churn drivers", "model written to " + model);
    }

    @Test
    void predict_writes_scores_with_reasons_in_input_order() throws IOException {
        Path out = dir.resolve("scores.csv");
        Run r = run("churn", "predict", "--model", model.toString(), "--data", data.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(601);
        assertThat(lines.get(0)).isEqualTo("account,churn_probability,churn_label,reason_1,reason_2,reason_3");
        assertThat(lines.get(1)).startsWith("A00001,");
        assertThat(lines.get(600)).startsWith("A00600,");
        for (String line : lines.subList(1, 601)) {
            String[] f = line.split(",");
            assertThat(Double.parseDouble(f[1])).isBetween(0.0, 1.0);
            assertThat(f[2]).isIn("Churned", "Stayed");
            assertThat(f[3]).matches("[a-z0-9_]+=.+ \\([+-]\\d+\\.\\d\\d\\)");
        }
        assertThat(r.err()).contains("scored 600 customers");
    }

    @Test
    void predict_writes_parquet_and_falls_back_to_row_numbers_without_the_id() {
        Table noId = TableReader.read(DataSource.of(data)).drop(List.of("account", "status"));
        Path in = csv("noid.csv", noId);
        Path out = dir.resolve("scores.parquet");
        Run r = run("churn", "predict", "--model", model.toString(), "--data", in.toString(), "--out", out.toString(),
                "--reasons", "0");
        assertThat(r.code()).as(r.err()).isZero();
        Table back = TableReader.read(DataSource.of(out));
        assertThat(back.columnNames()).containsExactly("row", "churn_probability", "churn_label");
        assertThat(back.column("row").text(599)).isEqualTo("600");
        assertThat(r.err()).contains("the model's id column 'account' is not in " + in
                + "; rows are identified by their number (column 'row', 1-based)");
    }

    @Test
    void an_unknown_output_format_is_a_usage_error_before_anything_is_read() {
        Run r = run("churn", "predict", "--model", model.toString(), "--data", "no-such-file.csv", "--out",
                dir.resolve("scores.xlsx").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("clientele: error: --out must name a .csv, .tsv or .parquet file, got '"
                + dir.resolve("scores.xlsx") + "' (see 'clientele churn predict --help')\n");
    }

    @Test
    void evaluate_prints_the_metrics_on_labelled_data() {
        Run r = run("churn", "evaluate", "--model", model.toString(), "--data", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("600 labelled rows", "ROC AUC", "calibration (this data)");
    }

    @Test
    void warns_about_levels_never_seen_in_training_and_names_a_missing_column() {
        Table t = TableReader.read(DataSource.of(data));
        String[] region = new String[600];
        for (int i = 0; i < 600; i++) {
            region[i] = i < 7 ? "mars" : t.column("region").text(i);
        }
        Path in = csv("unseen.csv", t.with(CategoricalColumn.of("region", region)));
        Run ok = run("churn", "predict", "--model", model.toString(), "--data", in.toString(), "--out",
                dir.resolve("u.csv").toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.err()).contains("warning: column 'region': 7 of 600 values were not seen in training (or are not "
                + "numbers) and were treated as missing");
        Path missing = csv("missing.csv", t.drop(List.of("x3")));
        Run bad = run("churn", "predict", "--model", model.toString(), "--data", missing.toString(), "--out",
                dir.resolve("m.csv").toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("clientele: error: " + missing + ", column 'x3': required by the model but absent "
                + "from the data");
        assertThat(Files.exists(dir.resolve("m.csv"))).isFalse();
    }

    @Test
    void works_with_other_positive_labels_and_shows_them() throws IOException {
        Table t = SyntheticChurn.interactions(400, 32);
        for (String[] labels : new String[][] {{"yes", "no"}, {"True", "False"}, {"1", "0"}}) {
            String[] v = new String[400];
            for (int i = 0; i < 400; i++) {
                v[i] = t.column("status").text(i).equals("Churned") ? labels[0] : labels[1];
            }
            Path in = csv("labels-" + labels[0] + ".csv", t.with(CategoricalColumn.of("status", v)));
            Path m = dir.resolve("m-" + labels[0]);
            Run r = run("churn", "train", "--data", in.toString(), "--target", "status", "--algorithm", "logistic",
                    "--folds", "3", "--model", m.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("(churn = '" + labels[0] + "')");
            Path out = dir.resolve("s-" + labels[0] + ".csv");
            assertThat(run("churn", "predict", "--model", m.toString(), "--data", in.toString(), "--out", out.toString())
                    .code()).isZero();
            assertThat(Files.readAllLines(out).stream().skip(1).map(l -> l.split(",")[2]).distinct())
                    .containsExactlyInAnyOrder(labels[0], labels[1]);
        }
    }

    @Test
    void bad_targets_get_one_clear_line() {
        Run absent = run("churn", "train", "--data", data.toString(), "--target", "statuz", "--model",
                dir.resolve("x").toString());
        assertThat(absent.code()).isEqualTo(2);
        assertThat(absent.err()).isEqualTo("clientele: error: --target 'statuz': no such column in " + data
                + "; did you mean 'status'? (see 'clientele churn train --help')\n");
        Run excluded = run("churn", "train", "--data", data.toString(), "--target", "status", "--exclude", "statuz",
                "--model", dir.resolve("x").toString());
        assertThat(excluded.code()).isEqualTo(2);
        assertThat(excluded.err()).contains("--exclude 'statuz': no such column").contains("did you mean 'status'?");
        Table t = TableReader.read(DataSource.of(data));
        String[] one = new String[600];
        String[] three = new String[600];
        for (int i = 0; i < 600; i++) {
            one[i] = "Stayed";
            three[i] = new String[] {"a", "b", "c"}[i % 3];
        }
        Path oneClass = csv("one.csv", t.with(CategoricalColumn.of("status", one)));
        assertThat(run("churn", "train", "--data", oneClass.toString(), "--target", "status", "--model",
                dir.resolve("x").toString()).err()).contains("the target has one value ('Stayed') in all 600 labelled rows");
        Path threeValues = csv("three.csv", t.with(CategoricalColumn.of("status", three)));
        assertThat(run("churn", "train", "--data", threeValues.toString(), "--target", "status", "--model",
                dir.resolve("x").toString()).err()).contains("the target has 3 values (a, b, c)");
    }

    @Test
    void an_all_missing_feature_is_refused_with_the_way_out() {
        Table t = TableReader.read(DataSource.of(data));
        double[] nan = new double[600];
        java.util.Arrays.fill(nan, Double.NaN);
        Path in = csv("empty.csv", t.with(NumericColumn.of("balance", nan)));
        Run r = run("churn", "train", "--data", in.toString(), "--target", "status", "--model", dir.resolve("x").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("column 'balance': is missing in every row, so it cannot be a feature; leave it out "
                + "with --exclude balance");
    }

    @Test
    void refuses_a_directory_that_is_not_a_bundle_and_a_tampered_bundle() throws IOException {
        Path notBundle = Files.createDirectories(dir.resolve("not-a-bundle"));
        Files.writeString(notBundle.resolve("notes.txt"), "hello");
        Run r = run("churn", "predict", "--model", notBundle.toString(), "--data", data.toString(), "--out",
                dir.resolve("o.csv").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("not a Clientele model bundle (no manifest.json)");
        Path copy = dir.resolve("tampered");
        Files.createDirectories(copy);
        try (var files = Files.list(model)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Files.writeString(copy.resolve("pipeline.json"), Files.readString(copy.resolve("pipeline.json")) + " ");
        Run t = run("churn", "evaluate", "--model", copy.toString(), "--data", data.toString());
        assertThat(t.code()).isEqualTo(1);
        assertThat(t.err()).contains("bundle file 'pipeline.json' does not match its SHA-256 in manifest.json");
    }

    @Test
    void bad_option_values_are_usage_errors() {
        Run r = run("churn", "train", "--data", data.toString(), "--target", "status", "--folds", "1", "--model",
                dir.resolve("x").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("folds must be in [2, 20], got 1");
        Run t = run("churn", "train", "--data", data.toString(), "--target", "status", "--threshold", "best", "--model",
                dir.resolve("x").toString());
        assertThat(t.code()).isEqualTo(2);
        assertThat(t.err()).contains("unknown threshold rule 'best'");
        Run a = run("churn", "train", "--data", data.toString(), "--target", "status", "--algorithm", "forest",
                "--model", dir.resolve("x").toString());
        assertThat(a.err()).contains("unknown algorithm 'forest'; use auto, gbm or logistic");
    }

    @Test
    void an_unknown_calibration_is_a_usage_error_naming_the_accepted_values() {
        Run r = run("churn", "train", "--data", data.toString(), "--target", "status", "--calibration", "beta",
                "--model", dir.resolve("never-written").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("clientele: error: unknown calibration 'beta'; use platt or isotonic "
                + "(see 'clientele churn train --help')\n");
        assertThat(Files.exists(dir.resolve("never-written"))).isFalse();
    }

    @Test
    void isotonic_calibration_is_recorded_in_the_bundle_and_used_when_predicting() throws IOException {
        Path iso = dir.resolve("iso-model");
        Run r = run("churn", "train", "--data", data.toString(), "--target", "status", "--folds", "3",
                "--algorithm", "logistic", "--calibration", "isotonic", "--model", iso.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("final model: logistic, isotonic-calibrated, fitted on 600 rows");
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(iso.resolve("metrics.json").toFile()).path("algorithm").path("calibration").asText())
                .isEqualTo("isotonic");
        assertThat(json.readTree(iso.resolve("manifest.json").toFile()).path("options").path("calibration").asText())
                .isEqualTo("isotonic");
        assertThat(json.readTree(model.resolve("manifest.json").toFile()).path("options").path("calibration").asText())
                .isEqualTo("platt");
        Path out = dir.resolve("iso-scores.csv");
        Run p = run("churn", "predict", "--model", iso.toString(), "--data", data.toString(), "--out", out.toString(),
                "--reasons", "0");
        assertThat(p.code()).as(p.err()).isZero();
        double[] expected;
        try (ChurnModel m = ChurnBundle.read(iso).model()) {
            expected = m.score(TableReader.read(DataSource.of(data)), 0).probability();
        }
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(601);
        for (int i = 0; i < 600; i++) {
            assertThat(Double.parseDouble(lines.get(i + 1).split(",")[1])).isCloseTo(expected[i], within(1e-6));
        }
    }

    @Test
    void an_id_that_is_the_target_is_a_usage_error_and_a_repeated_id_is_warned_about() {
        Run same = run("churn", "train", "--data", data.toString(), "--target", "status", "--id", "status",
                "--model", dir.resolve("x").toString());
        assertThat(same.code()).isEqualTo(2);
        assertThat(same.err()).isEqualTo("clientele: error: --id 'status' is the target column; give the customer id "
                + "column to --id, or leave --id out (see 'clientele churn train --help')\n");
        Run repeated = run("churn", "train", "--data", data.toString(), "--target", "status", "--id", "region",
                "--folds", "3", "--algorithm", "logistic", "--no-auto-features", "--model", dir.resolve("x").toString());
        assertThat(repeated.code()).as(repeated.err()).isZero();
        assertThat(repeated.err()).contains("warning: --id column 'region' is not unique (");
    }

    @Test
    void a_window_function_in_a_feature_is_a_usage_error() {
        Run r = run("churn", "train", "--data", data.toString(), "--target", "status", "--feature",
                "z = x1 - avg(x1) over ()", "--model", dir.resolve("x").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("clientele: error: derived feature 'z' uses a window function (OVER (...)); "
                + "a derived feature must use only the row's own columns").doesNotContain("\tat ");
    }

    @Test
    void a_fixed_threshold_is_reported_as_fixed_not_as_chosen() {
        Run r = run("churn", "train", "--data", data.toString(), "--target", "status", "--threshold", "0.5",
                "--folds", "3", "--algorithm", "logistic", "--no-auto-features", "--model", dir.resolve("x").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("; threshold 0.500 (fixed)\n").doesNotContain("chosen on out-of-fold");
    }
}
