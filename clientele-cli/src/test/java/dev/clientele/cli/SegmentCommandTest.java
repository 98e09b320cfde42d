package dev.clientele.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SegmentCommandTest {
    static final Path TELCO = Path.of("../examples/telco_churn.csv");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        Log.redirect(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            int code = cl.execute(args);
            return new Run(code, out.toString(), err + log.toString(StandardCharsets.UTF_8));
        } finally {
            Log.redirect(System.err);
        }
    }

    /** 3 blobs in (visits, spend), a noise column, a text column, a churn flag with rate 0.1 / 0.3 / 0.5 by blob. */
    static Path customers(Path dir, int n, long seed) throws Exception {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>();
        lines.add("customer,visits,spend,noise,channel,churned,revenue");
        for (int i = 0; i < n; i++) {
            int c = i % 3;
            lines.add(String.format(Locale.ROOT, "C%05d,%.3f,%.3f,%.3f,%s,%s,%.2f", i, 5 + 10 * c + rnd.nextDouble() * 2,
                    100 + 80 * ((c * 2) % 3) + rnd.nextDouble() * 10, rnd.nextDouble(), rnd.nextBoolean() ? "web" : "shop",
                    rnd.nextDouble() < 0.1 + 0.2 * c ? "yes" : "no", 20 + rnd.nextDouble() * 5));
        }
        Path f = dir.resolve("customers.csv");
        Files.write(f, lines);
        return f;
    }

    @Test
    void segment_search_on_a_generated_table_writes_every_file_with_its_schema() throws Exception {
        Path data = customers(dir, 450, 1);
        Path out = dir.resolve("seg");
        Run r = run("segment", "--data", data.toString(), "--id", "customer", "--search", "--k", "2..5", "--target",
                "churned", "--value", "revenue", "--seed", "3", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("chosen: k=3, features [visits, spend]").contains("leaderboard").contains("churn");
        List<String> seg = Files.readAllLines(out.resolve("segments.csv"));
        assertThat(seg.get(0)).isEqualTo("customer,segment,segment_name,distance,silhouette");
        assertThat(seg).hasSize(451);
        assertThat(seg.get(1)).startsWith("C00000,");

        JsonNode m = JSON.readTree(out.resolve("metrics.json").toFile());
        assertThat(m.get("k").asInt()).isEqualTo(3);
        assertThat(m.get("silhouette").get("mode").asText()).isEqualTo("exact");
        assertThat(m.get("silhouette").get("value").asDouble()).isBetween(0.5, 1.0);
        assertThat(m.has("inertia") && m.has("daviesBouldin") && m.has("calinskiHarabasz")).isTrue();
        assertThat(m.get("seconds").fieldNames()).toIterable().contains("load", "search", "fit", "silhouette", "profile");

        JsonNode p = JSON.readTree(out.resolve("profile.json").toFile());
        assertThat(p.get("segments")).hasSize(3);
        JsonNode first = p.get("segments").get(0);
        assertThat(first.get("name").asText()).isNotBlank();
        assertThat(first.get("features").get(0).has("z")).isTrue();
        assertThat(first.get("outcome").get("rate").asDouble()).isBetween(0.0, 1.0);
        assertThat(first.get("outcome").has("valueAtRisk")).isTrue();
        double churners = 0;
        for (JsonNode s : p.get("segments")) {
            churners += s.get("outcome").get("rate").asDouble() * s.get("size").asInt();
        }
        assertThat(churners / 450).isCloseTo(p.get("population").get("outcome").get("rate").asDouble(),
                org.assertj.core.api.Assertions.within(1e-9));

        JsonNode s = JSON.readTree(out.resolve("search.json").toFile());
        assertThat(s.get("chosen").get("k").asInt()).isEqualTo(3);
        assertThat(s.get("reason").asText()).contains("highest silhouette");
        assertThat(s.get("leaderboard").size()).isGreaterThan(10);
        assertThat(s.get("leaderboard").get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(Files.exists(out.resolve("model").resolve("manifest.json"))).isTrue();
    }

    @Test
    void assign_puts_the_training_customers_back_into_their_segments() throws Exception {
        Path data = customers(dir, 300, 2);
        Path out = dir.resolve("seg");
        assertThat(run("segment", "--data", data.toString(), "--features", "visits,spend,channel", "--k", "3",
                "--out", out.toString()).code()).isZero();
        Path assigned = dir.resolve("assigned.csv");
        Run r = run("segment", "assign", "--model", out.resolve("model").toString(), "--data", data.toString(),
                "--out", assigned.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("segment").contains("customers");
        List<String> train = Files.readAllLines(out.resolve("segments.csv"));
        List<String> again = Files.readAllLines(assigned);
        assertThat(again.get(0)).isEqualTo("row,segment,segment_name,distance");
        for (int i = 1; i < train.size(); i++) {
            String[] a = train.get(i).split(",");
            String[] b = again.get(i).split(",");
            assertThat(b[1]).as("row %d", i).isEqualTo(a[1]);
            assertThat(b[3]).isEqualTo(a[3]);
        }
    }

    @Test
    void segment_on_the_telco_demo_data_reports_churn_and_value_at_risk_per_segment() throws Exception {
        Path out = dir.resolve("telco");
        Run r = run("segment", "--data", TELCO.toString(), "--features", "tenure,monthly_charges", "--k", "4",
                "--target", "churn", "--value", "monthly_charges", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("value at risk").contains("tenure (z)");
        JsonNode p = JSON.readTree(out.resolve("profile.json").toFile());
        assertThat(p.get("rows").asInt()).isEqualTo(7043);
        // 1,869 of 7,043 customers churned (counted in the file with: grep -c '^"Yes"' telco_churn.csv)
        assertThat(p.get("population").get("outcome").get("rate").asDouble()).isCloseTo(1869.0 / 7043,
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Files.readAllLines(out.resolve("segments.csv"))).hasSize(7044);
    }

    @Test
    void a_churn_model_gives_the_mean_churn_probability_and_value_at_risk_per_segment() throws Exception {
        Path data = customers(dir, 300, 5);
        Path model = dir.resolve("churn-model");
        Run train = run("churn", "train", "--data", data.toString(), "--id", "customer", "--target", "churned",
                "--exclude", "revenue", "--algorithm", "logistic", "--model", model.toString());
        assertThat(train.code()).as(train.err()).isZero();
        Path scored = dir.resolve("scored.csv");
        assertThat(run("churn", "predict", "--model", model.toString(), "--data", data.toString(), "--out",
                scored.toString()).code()).isZero();
        double[] p = Files.readAllLines(scored).stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[1])).toArray();
        Path out = dir.resolve("seg");
        Run r = run("segment", "--data", data.toString(), "--id", "customer", "--features", "visits,spend", "--k", "3",
                "--churn-model", model.toString(), "--value", "revenue", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode prof = JSON.readTree(out.resolve("profile.json").toFile());
        assertThat(prof.get("outcome").asText()).startsWith("churn model ");
        double mean = java.util.Arrays.stream(p).average().orElseThrow();
        assertThat(prof.get("population").get("outcome").get("rate").asDouble())
                .isCloseTo(mean, org.assertj.core.api.Assertions.within(1e-6));
        List<String> rows = Files.readAllLines(data);
        double atRisk = 0;
        for (int i = 1; i < rows.size(); i++) {
            atRisk += Double.parseDouble(rows.get(i).split(",")[6]) * p[i - 1];
        }
        assertThat(prof.get("population").get("outcome").get("valueAtRisk").asDouble())
                .isCloseTo(atRisk, org.assertj.core.api.Assertions.within(1e-3));
        Run both = run("segment", "--data", data.toString(), "--target", "churned", "--churn-model", model.toString(),
                "--out", out.toString());
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("give --target or --churn-model, not both");
    }

    @Test
    void bad_options_and_data_give_one_clear_line() throws Exception {
        Path data = customers(dir, 30, 3);
        String out = dir.resolve("o").toString();
        Run k1 = run("segment", "--data", data.toString(), "--k", "1", "--out", out);
        assertThat(k1.code()).isEqualTo(2);
        assertThat(k1.err()).contains("clientele: error: k must be >= 2, got 1");
        Run big = run("segment", "--data", data.toString(), "--k", "40", "--out", out);
        assertThat(big.code()).isEqualTo(2);
        assertThat(big.err()).contains("k (40) cannot exceed the number of customers (30)");
        Run typo = run("segment", "--data", data.toString(), "--features", "vists,spend", "--out", out);
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("--features 'vists': no such column in " + data + "; did you mean 'visits'?")
                .doesNotContain("Exception").hasLineCount(1);
        Run valueTypo = run("segment", "--data", data.toString(), "--value", "spnd", "--out", out);
        assertThat(valueTypo.code()).isEqualTo(2);
        assertThat(valueTypo.err()).contains("--value 'spnd': no such column").contains("did you mean 'spend'?");
        Run noOut = run("segment", "--data", data.toString());
        assertThat(noOut.code()).isEqualTo(2);
        assertThat(noOut.err()).contains("Missing required option: '--out=DIR'");
        Run sil = run("segment", "--data", data.toString(), "--silhouette", "fast", "--out", out);
        assertThat(sil.err()).contains("unknown silhouette 'fast'");
        Run target = run("segment", "--data", data.toString(), "--target", "channel", "--out", out);
        assertThat(target.code()).isEqualTo(1);
        assertThat(target.err()).contains("column 'channel': cannot tell which of [shop, web] means churn; give --positive LEVEL");
        Run value = run("segment", "--data", data.toString(), "--value", "revenue", "--out", out);
        assertThat(value.code()).isEqualTo(2);
        assertThat(value.err()).contains("--value needs --target COL or --churn-model DIR");
        for (String file : List.of(data.toString(), data.resolve("seg").toString())) {
            Run onFile = run("segment", "--data", data.toString(), "--k", "3", "--out", file);
            assertThat(onFile.code()).isEqualTo(2);
            assertThat(onFile.err()).contains("--out must be a directory, but " + data + " is a file")
                    .doesNotContain("Exception");
        }
        Run model = run("segment", "assign", "--model", dir.toString(), "--data", data.toString(), "--out", out + ".csv");
        assertThat(model.code()).isEqualTo(1);
        assertThat(model.err()).contains(dir + ": not a Clientele model bundle (no manifest.json); give the model "
                + "directory of a segmentation: 'clientele segment ... --out DIR' writes it to DIR/model").hasLineCount(1);
        Files.createDirectories(dir.resolve("seg/model"));
        Files.writeString(dir.resolve("seg/model/manifest.json"), "{}");
        Run parent = run("segment", "assign", "--model", dir.resolve("seg").toString(), "--data", data.toString(), "--out", out + ".csv");
        assertThat(parent.err()).contains("did you mean --model " + dir.resolve("seg/model") + "?");
        Run absent = run("segment", "assign", "--model", dir.resolve("none").toString(), "--data", data.toString(), "--out", out + ".csv");
        assertThat(absent.code()).isEqualTo(1);
        assertThat(absent.err()).contains(dir.resolve("none") + ": no segmentation model here (path not found); give the "
                + "model directory of a segmentation: 'clientele segment ... --out DIR' writes it to DIR/model");
        Run scaler = run("segment", "--data", data.toString(), "--scaler", "zscore", "--out", out);
        assertThat(scaler.code()).isEqualTo(2);
        assertThat(scaler.err()).contains("unknown --scaler 'zscore'; use standard, robust, minmax, log-standard, none or auto");
    }

    @Test
    void too_few_complete_rows_for_k_say_that_rows_were_dropped_and_how_to_keep_them() throws Exception {
        Path f = dir.resolve("gaps.csv");
        Files.writeString(f, "a,b\n1,2\n,3\n4,\n5,9\n,\n");
        Run r = run("segment", "--data", f.toString(), "--features", "a,b", "--k", "3", "--out", dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("k (3) cannot exceed the number of customers with every feature present (2; 3 rows "
                + "with a missing value were dropped); add --impute to keep them, or choose a smaller --k");
    }

    @Test
    void rfm_segments_are_shown_next_to_the_kmeans_segments_with_churn_rates() throws Exception {
        SplittableRandom rnd = new SplittableRandom(8);
        List<String> lines = new ArrayList<>(List.of("customer,recency_days,frequency,monetary_total,churned"));
        for (int i = 0; i < 400; i++) {
            boolean active = i % 2 == 0;
            int recency = active ? rnd.nextInt(30) : 200 + rnd.nextInt(100);
            int frequency = active ? 5 + rnd.nextInt(10) : rnd.nextInt(2);
            lines.add(String.format(Locale.ROOT, "K%d,%d,%d,%.2f,%d", i, recency, frequency, 20 * (frequency + 1) + rnd.nextDouble(),
                    active ? 0 : 1));
        }
        Path data = dir.resolve("features.csv");
        Files.write(data, lines);
        Run r = run("segment", "--data", data.toString(), "--id", "customer", "--k", "2", "--target", "churned",
                "--rfm", "--out", dir.resolve("rfm").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("RFM segments (quintile scores 1-5 of recency_days, frequency, monetary_total)");
        String champions = r.out().lines().filter(l -> l.startsWith("Champions")).findFirst().orElseThrow();
        String lost = r.out().lines().filter(l -> l.startsWith("Lost")).findFirst().orElseThrow();
        assertThat(champions).contains(" 0.0% ");
        assertThat(lost).contains("100.0%");
        assertThat(Files.readAllLines(dir.resolve("rfm").resolve("segments.csv")).get(0))
                .isEqualTo("customer,segment,segment_name,distance,silhouette,r_score,f_score,m_score,rfm_score,rfm_segment");
        // on a table from 'clientele features', --rfm takes the churn rates from its churned column by itself
        Run plain = run("segment", "--data", data.toString(), "--id", "customer", "--k", "2", "--rfm", "--out",
                dir.resolve("rfm2").toString());
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(plain.err()).contains("--rfm: churn rates from the 'churned' column (give --target or --churn-model for another)");
        assertThat(plain.out().lines().filter(l -> l.startsWith("Lost")).findFirst().orElseThrow()).isEqualTo(lost);
        Run bad = run("segment", "--data", data.toString(), "--rfm-columns", "recency_days,frequency", "--out",
                dir.resolve("x").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--rfm-columns takes three columns RECENCY,FREQUENCY,MONETARY");
    }

    @Test
    @Tag("slow")
    void the_demo_section_searches_the_telco_data_and_prints_profiles_with_churn_rates() {
        StringWriter text = new StringWriter();
        SegmentRun.Result r = SegmentDemo.print(new PrintWriter(text), DemoData.file(DemoData.TELCO), 2);
        assertThat(text.toString()).contains("== 2. Customer segments").contains("chosen: k=").contains("why: ")
                .contains("churn").contains("value at risk");
        assertThat(r.search().chosen().features()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(r.profiles().segments()).allMatch(s -> s.outcome() != null && s.share() >= 0.02);
    }
}
