package dev.clientele.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientele.Progress;
import dev.clientele.churn.ChurnBundle;
import dev.clientele.churn.ChurnModel;
import dev.clientele.churn.Scores;
import dev.clientele.data.AtomicFiles;
import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.Column;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import dev.clientele.data.TableWriter;
import dev.clientele.segment.Assignment;
import dev.clientele.segment.SearchResult;
import dev.clientele.segment.SegmentJson;
import dev.clientele.segment.SegmentOutcome;
import dev.clientele.segment.SegmentProfiles;
import dev.clientele.segment.SegmentSearch;
import dev.clientele.segment.SegmentationModel;
import dev.clientele.segment.SegmentationOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One segmentation run as the command line does it (shared by {@code segment} and the demo): search and
 * fit, profile the segments, name them, assign every input row, and write the output files.
 */
final class SegmentRun {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What to run.
     *
     * @param table    the customers
     * @param options  segmentation options (exclude must already hold the id and target)
     * @param id       id column for the output, or {@code null} for 1-based row numbers
     * @param target   churn outcome column, or {@code null}
     * @param positive the target level meaning churn, or {@code null} to infer it
     * @param value    monetary column for the value at risk, or {@code null}
     * @param churnModel a churn model bundle whose probabilities replace the target, or {@code null}
     */
    record Request(Table table, SegmentationOptions options, String id, String target, String positive, String value,
                   Path churnModel) {
        Request(Table table, SegmentationOptions options, String id, String target, String positive, String value) {
            this(table, options, id, target, positive, value, null);
        }

        /** What the outcome is, for the reports: the target column or the churn model. */
        String outcomeSource() {
            return churnModel != null ? "churn model " + churnModel : target;
        }
    }

    /**
     * The outcome.
     *
     * @param search     the search and final fit
     * @param model      the model, with generated segment names
     * @param profiles   profiles of the segments (training rows)
     * @param assignment every input row assigned by the model
     * @param silhouette per input row, the silhouette where computed (NaN elsewhere)
     * @param outcome    per input row the target as 1/0 or a probability (NaN unknown), or {@code null}
     * @param seconds    wall time of the phases outside the search ({@code profile}, {@code assign})
     */
    record Result(SearchResult search, SegmentationModel model, SegmentProfiles profiles, Assignment assignment,
                  double[] silhouette, double[] outcome, Map<String, Double> seconds) {
    }

    private SegmentRun() {
    }

    static Result run(Request r, Progress progress) {
        Table t = r.table();
        if (r.id() != null) {
            t.column(r.id());
        }
        double[] outcome = r.churnModel() != null ? probabilities(r.churnModel(), t)
                : r.target() == null ? null : SegmentOutcome.of(t, r.target(), r.positive());
        double[] value = r.value() == null ? null : SegmentOutcome.value(t, r.value());
        SearchResult s = new SegmentSearch(r.options(), progress).run(t);
        Map<String, Double> seconds = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        var data = s.fit().data();
        SegmentProfiles profiles = SegmentProfiles.of(t, data.rows(), s.fit().labels(), s.chosen().k(),
                s.model().space(), r.options().exclude(), outcome, value);
        SegmentationModel model = s.model().withNames(profiles.names());
        long t1 = System.nanoTime();
        seconds.put("profile", (t1 - t0) / 1e9);
        Assignment a = model.assign(t);
        double[] sil = new double[t.rowCount()];
        java.util.Arrays.fill(sil, Double.NaN);
        double[] perPoint = s.silhouette().perPoint();
        for (int i = 0; i < data.n(); i++) {
            sil[data.rows()[i]] = perPoint == null ? Double.NaN : perPoint[i];
        }
        seconds.put("assign", (System.nanoTime() - t1) / 1e9);
        return new Result(s, model, profiles, a, sil, outcome, seconds);
    }

    /** Churn probabilities of every row from a saved churn model. */
    static double[] probabilities(Path bundle, Table t) {
        try (ChurnModel m = ChurnBundle.read(bundle).model()) {
            Scores scores = m.score(t, 0);
            ChurnPredictCommand.warnUnusable(scores.unusable(), t.rowCount());
            return scores.probability();
        }
    }

    /** Writes segments.csv, profile.json, metrics.json, search.json and the model bundle under {@code out}. */
    static void write(Request r, Result res, Path out, Map<String, Double> extraSeconds) throws IOException {
        write(r, res, out, extraSeconds, List.of());
    }

    /** As {@link #write(Request, Result, Path, Map)}, with more per-row columns at the end of segments.csv. */
    static void write(Request r, Result res, Path out, Map<String, Double> extraSeconds, List<Column> extraColumns)
            throws IOException {
        Files.createDirectories(out);
        Table segments = segmentsTable(r, res);
        for (Column c : extraColumns) {
            segments = segments.with(c);
        }
        TableWriter.write(segments, out.resolve("segments.csv"));
        AtomicFiles.writeString(out.resolve("profile.json"),
                JSON.writeValueAsString(SegmentJson.profiles(res.profiles(), r.outcomeSource(), r.value())) + "\n");
        Map<String, Double> secs = new LinkedHashMap<>(res.seconds());
        secs.putAll(extraSeconds);
        ObjectNode metrics = SegmentJson.metrics(res.search(), secs);
        AtomicFiles.writeString(out.resolve("metrics.json"), JSON.writeValueAsString(metrics) + "\n");
        AtomicFiles.writeString(out.resolve("search.json"),
                JSON.writeValueAsString(SegmentJson.search(res.search(), r.options())) + "\n");
        res.model().save(out.resolve("model"), metrics);
    }

    /** The per-row output: id (or row), segment (1-based), segment_name, distance, silhouette. */
    static Table segmentsTable(Request r, Result res) {
        List<Column> cols = assignmentColumns(r.table(), r.id(), res.assignment(), res.model().names());
        cols.add(NumericColumn.of("silhouette", res.silhouette()));
        return new Table(r.table().source(), cols);
    }

    /** id (or 1-based {@code row}), {@code segment} (1-based, missing when unassigned), {@code segment_name}, {@code distance}. */
    static List<Column> assignmentColumns(Table t, String id, Assignment a, List<String> segmentNames) {
        int n = t.rowCount();
        List<Column> cols = new ArrayList<>();
        cols.add(id != null ? t.column(id) : rowNumbers(n));
        double[] seg = new double[n];
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            int l = a.segment()[i];
            seg[i] = l < 0 ? Double.NaN : l + 1;
            names[i] = l < 0 ? null : segmentNames.get(l);
        }
        cols.add(NumericColumn.of("segment", seg));
        cols.add(CategoricalColumn.of("segment_name", names));
        cols.add(NumericColumn.of("distance", a.distance()));
        return cols;
    }

    static NumericColumn rowNumbers(int n) {
        double[] row = new double[n];
        for (int i = 0; i < n; i++) {
            row[i] = i + 1;
        }
        return NumericColumn.of("row", row);
    }
}
