package dev.clientele.segment;

import dev.clientele.Progress;
import dev.clientele.data.Table;
import dev.clientele.features.Scaling;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fits and scores the configurations of a {@link SegmentSearch}: K-Means with at most
 * {@link SegmentationOptions#SEARCH_N_INIT} restarts, the search's silhouette, and the rules that reject a
 * configuration.
 */
final class CandidateScorer {
    private static final int MAX_ITERATIONS = 300;
    private static final double TOLERANCE = 1e-4;
    private final SegmentationOptions o;
    private final KMeansTrainer trainer;
    private final Progress progress;

    CandidateScorer(SegmentationOptions o, KMeansTrainer trainer, Progress progress) {
        this.o = o;
        this.trainer = trainer;
        this.progress = progress;
    }

    /**
     * Scores feature subsets with every scaler and k. The fits run in parallel on {@code threads} workers (one
     * kernel thread each); each depends only on its configuration and the seed, and the result keeps the
     * order subset, scaler, k, so the outcome does not depend on the thread count. To bound memory, only a
     * few (subset, scaler) encodings are held at a time: enough to keep every worker busy.
     */
    List<Candidate> evaluate(Table table, FeaturePool pool, List<List<String>> subsets) {
        List<Map.Entry<List<String>, Scaling>> groups = new ArrayList<>();
        for (List<String> cols : subsets) {
            for (Scaling scaler : o.scalers()) {
                groups.add(Map.entry(cols, scaler));
            }
        }
        int perBatch = Math.max(1, (o.threads() + o.k().count() - 1) / o.k().count());
        List<Candidate> out = new ArrayList<>();
        ExecutorService workers = o.threads() == 1 ? null : Executors.newFixedThreadPool(o.threads());
        try {
            for (int g = 0; g < groups.size(); g += perBatch) {
                List<Callable<Candidate>> tasks = new ArrayList<>();
                for (Map.Entry<List<String>, Scaling> group : groups.subList(g, Math.min(groups.size(), g + perBatch))) {
                    tasks.addAll(tasks(table, pool, group.getKey(), group.getValue()));
                }
                out.addAll(run(workers, tasks));
            }
            return out;
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
    }

    /** One task per k for a feature subset under a scaler. */
    private List<Callable<Candidate>> tasks(Table table, FeaturePool pool, List<String> cols, Scaling scaler) {
        String inadmissible = o.search() ? oneHotRule(pool, cols, o.minFeatures()) : null;
        if (inadmissible != null) { // decided by the columns alone: not worth a fit
            List<Callable<Candidate>> tasks = new ArrayList<>();
            for (int k = o.k().min(); k <= o.k().max(); k++) {
                int kk = k;
                tasks.add(() -> {
                    progress.advance(1);
                    return new Candidate(cols, scaler, kk, Double.NaN, "not fitted", Double.NaN, Double.NaN, Double.NaN,
                            inadmissible);
                });
            }
            return tasks;
        }
        FeatureSpace space = trainer.space(table, pool, new KMeansTrainer.Config(cols, scaler, 2));
        FeatureSpace.Encoded e = space.encode(table);
        int distinct = e.n() == 0 ? 0 : KMeansTrainer.distinctPoints(e.x(), e.n(), e.d(), o.k().max());
        SilhouetteSpec spec = o.silhouette().forSearch(e.n());
        List<Callable<Candidate>> tasks = new ArrayList<>();
        for (int k = o.k().min(); k <= o.k().max(); k++) {
            int kk = k;
            tasks.add(() -> score(pool, cols, scaler, kk, e, distinct, spec));
        }
        return tasks;
    }

    private static List<Candidate> run(ExecutorService workers, List<Callable<Candidate>> tasks) {
        List<Candidate> out = new ArrayList<>();
        if (workers == null || tasks.size() == 1) {
            for (Callable<Candidate> t : tasks) {
                out.add(call(t));
            }
            return out;
        }
        try {
            for (Future<Candidate> f : workers.invokeAll(tasks)) {
                out.add(result(f));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("segment search interrupted", e);
        }
    }

    /** Fits and scores one configuration (single-threaded kernels: the parallelism is across configurations). */
    private Candidate score(FeaturePool pool, List<String> cols, Scaling scaler, int k, FeatureSpace.Encoded e, int distinct, SilhouetteSpec spec) {
        try {
            if (k > distinct) {
                return new Candidate(cols, scaler, k, Double.NaN, spec.label(), Double.NaN, 0, Double.NaN,
                        "only " + distinct + " distinct customers (" + e.n() + " complete rows)");
            }
            KMeansResult r = KMeans.fit(e.x(), e.n(), e.d(), kmeans(k).withThreads(1));
            double smallest = SegmentSearch.smallestShare(k, r.labels());
            SilhouetteResult s = Silhouette.compute(e.x(), e.n(), e.d(), r.labels(), k, spec.mode(), spec.sampleSize(),
                    o.seed(), false, 1, Progress.NONE);
            return new Candidate(cols, scaler, k, s.value(), spec.label(), r.inertia(), smallest, Double.NaN,
                    rule(pool, cols, smallest));
        } finally {
            progress.advance(1);
        }
    }

    private static Candidate call(Callable<Candidate> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Candidate result(Future<Candidate> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    KMeansOptions kmeans(int k) {
        return new KMeansOptions(k, Math.min(o.nInit(), SegmentationOptions.SEARCH_N_INIT), MAX_ITERATIONS, TOLERANCE,
                o.seed(), o.threads());
    }

    /**
     * Why a configuration is rejected, or null. Besides segment size and feature count, a search rejects
     * subsets whose one-hot columns could make the segments: fewer than {@code minFeatures} numeric columns,
     * or as many one-hot columns as numeric ones or more. The 0/1 dimensions of one-hot columns lie far apart
     * compared with the spread of a scaled number, so such a subset's "segments" are the cells of a
     * cross-tabulation (cut at most by a number or two), which silhouette scores near 1 but which need no
     * clustering. On the telco data, one-hot columns merely not outnumbering the numeric ones still let
     * {@code [tenure, internet_service, contract, total_charges]} win with 9 segments, the 3 x 3 cells.
     */
    String rule(FeaturePool pool, List<String> cols, double smallest) {
        if (smallest < o.minSegmentShare()) {
            return "smallest segment holds " + percent(smallest, o.minSegmentShare()) + "% of rows (< "
                    + java.math.BigDecimal.valueOf(100 * o.minSegmentShare()).stripTrailingZeros().toPlainString() + "%)";
        }
        if (o.search() && cols.size() < o.minFeatures()) {
            return cols.size() + " feature(s) (< --min-features " + o.minFeatures() + ")";
        }
        return o.search() ? oneHotRule(pool, cols, o.minFeatures()) : null;
    }

    /**
     * The search's rule on one-hot columns for a subset that may still be growing towards {@code minFeatures}
     * columns: it needs {@code min(minFeatures, size)} numeric columns (every column numeric while growing) and
     * fewer one-hot columns than numeric ones; null when met.
     */
    static String oneHotRule(FeaturePool pool, List<String> cols, int minFeatures) {
        long numeric = cols.stream().filter(pool::numeric).count();
        long oneHot = cols.size() - numeric;
        if (numeric == 0) {
            return "one-hot features only (a cross-tabulation, not a segmentation)";
        }
        if (numeric < Math.min(minFeatures, cols.size())) {
            return numeric + " numeric feature(s) (< --min-features " + minFeatures + "; one-hot columns do not count: "
                    + "beside them the segments are cells of a cross-tabulation)";
        }
        if (oneHot >= numeric) {
            return oneHot + " one-hot feature(s) for " + numeric + " numeric (one-hot columns must be fewer than numeric "
                    + "ones, else their 0/1 dimensions make the segments: cells of a cross-tabulation)";
        }
        return null;
    }

    /** {@code share} in percent with one decimal, or two when one would round it up to {@code limit}. */
    static String percent(double share, double limit) {
        String one = String.format(Locale.ROOT, "%.1f", 100 * share);
        return Double.parseDouble(one) < 100 * limit ? one : String.format(Locale.ROOT, "%.2f", 100 * share);
    }
}
