package dev.clientele.bench;

import dev.clientele.data.Column;
import dev.clientele.data.DataSource;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import dev.clientele.data.TableReader;
import dev.clientele.segment.KMeans;
import dev.clientele.segment.KMeansOptions;
import dev.clientele.segment.KMeansResult;
import dev.clientele.segment.Silhouette;
import dev.clientele.segment.SilhouetteMode;
import dev.clientele.segment.SilhouetteResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Java side of bench/segment.sh: the same measurements as bench/sklearn_peer.py, on the same CSV,
 * printed as one JSON object. Times are wall clock and exclude reading the CSV; the first repeat
 * includes the JIT compiling the kernels (what a one-shot command line run pays). Each timed repeat
 * starts from a collected heap ({@code System.gc()}, as {@code gc.collect()} on the Python side), so the
 * garbage of reading the file or of an earlier repeat is not charged to it.
 *
 * <pre>
 * kmeans CSV [--k 8] [--n-init 1] [--repeat 3] [--seed 0]
 * silhouette CSV --labels FILE [--mode exact|sampled|squared|simplified] [--sample N] [--repeat 1]
 * sweep CSV [--k 2..10] [--sample 10000] [--n-init 1] [--seed 0]
 * </pre>
 */
public final class SegmentSideBySide {
    private SegmentSideBySide() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: kmeans|silhouette|sweep CSV [options]; see the class documentation");
            System.exit(2);
        }
        Map<String, String> opt = options(args);
        long t0 = System.nanoTime();
        Points p = load(Path.of(args[1]));
        double loadSeconds = seconds(t0);
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("csv_rows", p.n());
        out.put("columns", p.d());
        out.put("load_s", loadSeconds);
        out.put("threads", Runtime.getRuntime().availableProcessors());
        out.put("vector_api", Silhouette.vectorized());
        out.put("java", System.getProperty("java.version"));
        switch (args[0]) {
            case "kmeans" -> kmeans(p, opt, out);
            case "silhouette" -> silhouette(p, opt, out);
            case "sweep" -> sweep(p, opt, out);
            default -> {
                System.err.println("unknown subcommand " + args[0]);
                System.exit(2);
            }
        }
        System.out.println(json(out));
    }

    private static void kmeans(Points p, Map<String, String> opt, Map<String, Object> out) {
        int k = Integer.parseInt(opt.getOrDefault("k", "8"));
        int nInit = Integer.parseInt(opt.getOrDefault("n-init", "1"));
        int repeat = Integer.parseInt(opt.getOrDefault("repeat", "3"));
        KMeansOptions o = KMeansOptions.of(k, Long.parseLong(opt.getOrDefault("seed", "0"))).withNInit(nInit);
        double[] times = new double[repeat];
        KMeansResult r = null;
        for (int i = 0; i < repeat; i++) {
            System.gc();
            long t0 = System.nanoTime();
            r = KMeans.fit(p.x(), p.n(), p.d(), o);
            times[i] = seconds(t0);
        }
        out.put("k", k);
        out.put("n_init", nInit);
        out.put("fit_s_first", times[0]);
        out.put("fit_s_median", median(times));
        out.put("fit_s_all", times);
        out.put("seeding_s_last", r.seedingSeconds());
        out.put("lloyd_s_last", r.iterationSeconds());
        out.put("inertia", r.inertia());
        out.put("n_iter", r.iterations());
    }

    private static void silhouette(Points p, Map<String, String> opt, Map<String, Object> out) throws IOException {
        int[] labels = Files.readAllLines(Path.of(opt.get("labels"))).stream().filter(s -> !s.isBlank())
            .mapToInt(s -> (int) Double.parseDouble(s.trim())).toArray();
        int k = Arrays.stream(labels).max().orElse(0) + 1;
        SilhouetteMode mode = SilhouetteMode.valueOf(opt.getOrDefault("mode", "exact").toUpperCase(Locale.ROOT));
        int sample = Integer.parseInt(opt.getOrDefault("sample", "10000"));
        int repeat = Integer.parseInt(opt.getOrDefault("repeat", "1"));
        double[] times = new double[repeat];
        SilhouetteResult r = null;
        for (int i = 0; i < repeat; i++) {
            System.gc();
            long t0 = System.nanoTime();
            r = Silhouette.compute(p.x(), p.n(), p.d(), labels, k, mode, sample, 0, false);
            times[i] = seconds(t0);
        }
        out.put("k", k);
        out.put("mode", mode.label());
        out.put("silhouette", r.value());
        out.put("points", r.points());
        out.put("seconds_first", times[0]);
        out.put("seconds_median", median(times));
        out.put("seconds_all", times);
    }

    private static void sweep(Points p, Map<String, String> opt, Map<String, Object> out) {
        String[] range = opt.getOrDefault("k", "2..10").split("\\.\\.");
        int sample = Integer.parseInt(opt.getOrDefault("sample", "10000"));
        int nInit = Integer.parseInt(opt.getOrDefault("n-init", "1"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "0"));
        List<Map<String, Object>> rows = new ArrayList<>();
        System.gc();
        long start = System.nanoTime();
        Map<String, Object> best = null;
        for (int k = Integer.parseInt(range[0]); k <= Integer.parseInt(range[range.length - 1]); k++) {
            long t0 = System.nanoTime();
            KMeansResult km = KMeans.fit(p.x(), p.n(), p.d(), KMeansOptions.of(k, seed).withNInit(nInit));
            double fit = seconds(t0);
            SilhouetteResult s = Silhouette.compute(p.x(), p.n(), p.d(), km.labels(), k,
                sample > 0 ? SilhouetteMode.SAMPLED : SilhouetteMode.EXACT, sample, seed, false);
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("k", k);
            row.put("fit_s", fit);
            row.put("silhouette_s", s.seconds());
            row.put("inertia", km.inertia());
            row.put("silhouette", s.value());
            rows.add(row);
            if (best == null || s.value() > (double) best.get("silhouette")) {
                best = row;
            }
        }
        out.put("n_init", nInit);
        out.put("sample", sample);
        out.put("total_s", seconds(start));
        out.put("best_k", best.get("k"));
        out.put("best_silhouette", best.get("silhouette"));
        out.put("rows", rows);
    }

    record Points(double[] x, int n, int d) {
    }

    /** The numeric columns of a CSV, row-major. */
    static Points load(Path csv) {
        Table t = TableReader.read(DataSource.of(csv));
        List<NumericColumn> cols = new ArrayList<>();
        for (Column c : t.columns()) {
            if (c instanceof NumericColumn nc) {
                cols.add(nc);
            }
        }
        int n = t.rowCount();
        int d = cols.size();
        double[] x = new double[n * d];
        for (int f = 0; f < d; f++) {
            NumericColumn c = cols.get(f);
            for (int i = 0; i < n; i++) {
                x[i * d + f] = c.isMissing(i) ? 0 : c.get(i);
            }
        }
        return new Points(x, n, d);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 2; i + 1 < args.length; i += 2) {
            m.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return m;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String json(Object o) {
        if (o instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(sb.length() > 1 ? ", " : "").append('"').append(e.getKey()).append("\": ").append(json(e.getValue()));
            }
            return sb.append('}').toString();
        }
        if (o instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (Object e : l) {
                sb.append(sb.length() > 1 ? ", " : "").append(json(e));
            }
            return sb.append(']').toString();
        }
        if (o instanceof double[] a) {
            StringBuilder sb = new StringBuilder("[");
            for (double v : a) {
                sb.append(sb.length() > 1 ? ", " : "").append(json(v));
            }
            return sb.append(']').toString();
        }
        if (o instanceof Double v) {
            return Double.isFinite(v) ? Double.toString(v) : "null";
        }
        if (o instanceof String s) {
            return '"' + s + '"';
        }
        return String.valueOf(o);
    }
}
