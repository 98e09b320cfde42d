package dev.clientele.segment;

import dev.clientele.Progress;
import dev.clientele.data.DataException;
import dev.clientele.data.Table;
import dev.clientele.features.Scaling;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds a segmentation the way an analyst would, but quickly: tries every k of the range with every
 * scaler on feature subsets, scores each by silhouette, rejects degenerate solutions, prefers stable ones,
 * and fits the chosen configuration with full restarts.
 *
 * <p>Feature subsets (with {@link SegmentationOptions#search()}): all subsets of {@code minFeatures} numeric
 * (not one-hot) columns when they make at most {@value #EXHAUSTIVE_LIMIT} configurations with the scalers and k, else greedy
 * forward selection up to that size; then forward selection (Whitney 1971) adds the column that raises the best admissible silhouette
 * most, and stops when none raises it or {@code maxFeatures} is reached. Without search the only subset
 * is the given (or default) feature list.
 *
 * <p>Rules: a configuration is rejected when a segment holds less than {@code minSegmentShare} of the
 * rows, or (search only) it has fewer than {@code minFeatures} columns (on a table with one heavy-tailed
 * amount, silhouette alone prefers that amount split in two, which tells a marketer nothing), fewer than
 * {@code minFeatures} numeric columns, or as many one-hot columns as numeric ones or more (its segments would
 * be the cells of a cross-tabulation). Among the
 * {@value #STABILITY_CANDIDATES} best admissible configurations the first whose bootstrap stability (mean
 * adjusted Rand index, Hennig 2007) reaches {@value #STABLE} wins.
 *
 * <p>Scores during the search use at most {@link SegmentationOptions#SEARCH_N_INIT} restarts and, with the
 * automatic silhouette, {@link SilhouetteSpec#forSearch(int)}: exact up to
 * {@value SilhouetteSpec#SEARCH_EXACT_LIMIT} rows and a seeded sample of that size (the same rows for every
 * configuration) above; every row of the leaderboard names its mode. The chosen configuration is then
 * scored with the silhouette of the options (by default exact up to {@value SilhouetteSpec#EXACT_LIMIT} rows).
 */
public final class SegmentSearch {
    /** Most configurations (subsets x scalers x k) for trying every subset of {@code minFeatures} columns. */
    static final int EXHAUSTIVE_LIMIT = 600;
    static final int STABILITY_CANDIDATES = 5;
    static final int BOOTSTRAPS = 10;
    /** Rows drawn per bootstrap re-fit: the classic bootstrap up to this size, a subsample above. */
    static final int STABILITY_SAMPLE = 10_000;
    static final double STABLE = 0.8;

    private final SegmentationOptions o;
    private final KMeansTrainer trainer;
    private final Progress progress;
    private final ClusterQuality quality;
    private final CandidateScorer scorer;

    public SegmentSearch(SegmentationOptions options, Progress progress) {
        this(options, progress, ClusterQuality.current());
    }

    SegmentSearch(SegmentationOptions options, Progress progress, ClusterQuality quality) {
        this.o = options;
        this.trainer = new KMeansTrainer(options);
        this.progress = progress;
        this.quality = quality;
        this.scorer = new CandidateScorer(options, trainer, progress);
    }

    /** Runs the search on {@code table} and fits the chosen configuration. */
    public SearchResult run(Table table) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        long t = System.nanoTime();
        FeaturePool pool = FeaturePool.of(table, o);
        List<String> warnings = new ArrayList<>(pool.warnings());
        boolean single = !o.search() && o.scalers().size() == 1 && o.k().single();
        List<Candidate> tried = new ArrayList<>();
        if (o.search()) {
            forward(table, pool, tried);
        } else if (!single) {
            progress.start("segment: " + o.scalers().size() * o.k().count() + " configurations", (long) o.scalers().size() * o.k().count());
            tried.addAll(scorer.evaluate(table, pool, List.of(pool.columns())));
            progress.finish();
        }
        t = lap(seconds, "search", t);
        List<Candidate> board = ranked(tried);
        Choice choice = single ? null : choose(table, pool, board, warnings);
        t = lap(seconds, "stability", t);
        KMeansTrainer.Config config = single
                ? new KMeansTrainer.Config(pool.columns(), o.scalers().get(0), o.k().min()) : choice.candidate().config();
        KMeansTrainer.Fit fit = trainer.fit(table, pool, config, o.nInit());
        t = lap(seconds, "fit", t);
        FeatureSpace.Encoded e = fit.data();
        SilhouetteResult s = o.silhouette().compute(e.x(), e.n(), e.d(), fit.labels(), config.k(), o.seed(), true,
                o.threads(), progress);
        t = lap(seconds, "silhouette", t);
        double db = quality.daviesBouldin(e.x(), e.n(), e.d(), fit.labels(), config.k());
        double ch = quality.calinskiHarabasz(e.x(), e.n(), e.d(), fit.labels(), config.k());
        lap(seconds, "quality", t);
        double smallest = smallestShare(fit.model().k(), fit.labels());
        if (e.incomplete() > 0) {
            warnings.add(String.format(Locale.ROOT, "%,d %s with a missing value in %s %s left out; use --impute to fill "
                    + "them with the median", e.incomplete(), e.incomplete() == 1 ? "row" : "rows", config.columns(),
                    e.incomplete() == 1 ? "was" : "were"));
        }
        Candidate chosen;
        String reason;
        if (single) {
            long t0 = System.nanoTime();
            double ari = stability(e, fit.labels(), config.k());
            seconds.merge("stability", (System.nanoTime() - t0) / 1e9, Double::sum);
            chosen = new Candidate(config.columns(), config.scaler(), config.k(), s.value(), modeLabel(s), fit.inertia(),
                    smallest, ari, scorer.rule(pool, config.columns(), smallest));
            board = List.of(chosen);
            reason = "the only configuration requested" + stabilityNote(ari);
            if (!chosen.admissible()) {
                warnings.add("the requested segmentation is degenerate: " + chosen.rejected());
            }
            if (ari < STABLE) {
                warnings.add(String.format(Locale.ROOT, "the requested segmentation is unstable (bootstrap ARI %.2f < %.1f); "
                        + "try another k, scaler or feature set", ari, STABLE));
            }
        } else {
            chosen = choice.candidate();
            board = choice.board();
            reason = choice.reason();
        }
        return new SearchResult(board, chosen, reason, fit, s, db, ch, warnings, seconds);
    }

    private record Choice(Candidate candidate, String reason, List<Candidate> board) {
    }

    /** Greedy forward selection over the pool's columns (see the class documentation). */
    private void forward(Table table, FeaturePool pool, List<Candidate> tried) {
        List<String> cols = pool.columns();
        int m = o.minFeatures();
        if (cols.size() < m) {
            throw new DataException(table.source(), 0, null, "only " + cols.size() + " usable feature(s) " + cols
                    + " but --min-features is " + m + "; lower --min-features or give more --features");
        }
        List<String> numeric = cols.stream().filter(pool::numeric).toList();
        if (numeric.size() < m) {
            throw new DataException(table.source(), 0, null, "only " + numeric.size() + " numeric feature(s) " + numeric
                    + " but a searched subset needs --min-features (" + m + ") numeric ones (one-hot columns do not "
                    + "count); lower --min-features or give more numeric --features");
        }
        int max = Math.min(o.maxFeatures(), cols.size());
        List<String> current = new ArrayList<>();
        double score = Double.NEGATIVE_INFINITY;
        // the first minFeatures columns must all be numeric (see the rules), so only numeric ones are tried there
        if (binomial(numeric.size(), m) * o.scalers().size() * o.k().count() <= EXHAUSTIVE_LIMIT) {
            Step best = step(table, pool, List.of(), combinations(numeric, m), tried);
            current = best.subset();
            score = best.score();
        } else {
            while (current.size() < m) {
                Step best = step(table, pool, current, extensions(numeric, current), tried);
                current = best.subset();
                score = best.score();
            }
        }
        while (current.size() < max) {
            Step next = step(table, pool, current, extensions(cols, current), tried);
            if (!(next.score() > score)) {
                break;
            }
            current = next.subset();
            score = next.score();
        }
    }

    private record Step(List<String> subset, double score) {
    }

    /** Evaluates each subset; returns the one with the best admissible silhouette. */
    private Step step(Table table, FeaturePool pool, List<String> base, List<List<String>> subsets, List<Candidate> tried) {
        int size = subsets.isEmpty() ? base.size() : subsets.get(0).size();
        progress.start("search: " + subsets.size() + " feature set(s) of " + size, (long) subsets.size() * o.scalers().size() * o.k().count());
        List<String> best = base;
        double bestScore = Double.NEGATIVE_INFINITY;
        List<Candidate> scored = scorer.evaluate(table, pool, subsets);
        tried.addAll(scored);
        for (Candidate c : scored) {
            // while growing a subset, its size may still be under --min-features; every other rule applies
            boolean ok = c.smallestShare() >= o.minSegmentShare() && !Double.isNaN(c.silhouette())
                    && CandidateScorer.oneHotRule(pool, c.features(), o.minFeatures()) == null;
            if (ok && c.silhouette() > bestScore) {
                bestScore = c.silhouette();
                best = c.features();
            }
        }
        progress.finish();
        return new Step(best == base && !subsets.isEmpty() ? subsets.get(0) : best, bestScore);
    }

    /** Admissible configurations by silhouette (best first), then rejected ones by silhouette. */
    static List<Candidate> ranked(List<Candidate> tried) {
        Comparator<Candidate> bySilhouette = Comparator.comparingDouble(
                (Candidate c) -> Double.isNaN(c.silhouette()) ? Double.NEGATIVE_INFINITY : c.silhouette()).reversed();
        return tried.stream().sorted(Comparator.comparing((Candidate c) -> !c.admissible()).thenComparing(bySilhouette)).toList();
    }

    /** The chosen configuration: the best admissible one that is stable (see the class documentation). */
    private Choice choose(Table table, FeaturePool pool, List<Candidate> board, List<String> warnings) {
        List<Candidate> ranked = new ArrayList<>(board);
        long admissible = ranked.stream().filter(Candidate::admissible).count();
        String rules = ranked.size() - admissible + " of " + ranked.size() + " rejected";
        if (admissible == 0) {
            warnings.add("no configuration met the rules (" + rules + "); using the highest silhouette regardless");
            return new Choice(ranked.get(0), "highest silhouette, though it breaks a rule: " + ranked.get(0).rejected(), ranked);
        }
        int top = (int) Math.min(STABILITY_CANDIDATES, admissible);
        Map<KMeansTrainer.Config, FeatureSpace.Encoded> points = new java.util.HashMap<>();
        for (int i = 0; i < top; i++) {
            Candidate c = ranked.get(i);
            FeatureSpace.Encoded e = points.computeIfAbsent(new KMeansTrainer.Config(c.features(), c.scaler(), 2),
                    cfg -> trainer.space(table, pool, cfg).encode(table));
            int[] reference = KMeans.fit(e.x(), e.n(), e.d(), scorer.kmeans(c.k())).labels();
            ranked.set(i, c.withStability(stability(e, reference, c.k())));
        }
        Candidate best = ranked.get(0);
        String score = String.format(Locale.ROOT, "silhouette %.3f (%s)", best.silhouette(), best.mode());
        String among = admissible == 1 ? "the only admissible configuration (" + rules + ")"
                : "among " + admissible + " admissible configurations (" + rules + ")";
        if (admissible == 1 || Double.isNaN(best.stability())) {
            return new Choice(best, "highest " + score + " " + among + stabilityNote(best.stability()), ranked);
        }
        for (int i = 0; i < top; i++) {
            Candidate c = ranked.get(i);
            if (c.stability() >= STABLE) {
                String why = i == 0
                        ? String.format(Locale.ROOT, "highest %s %s, and stable (bootstrap ARI %.2f)", score, among, c.stability())
                        : String.format(Locale.ROOT, "highest silhouette %.3f among the stable configurations (bootstrap ARI %.2f "
                        + ">= %.1f) %s; %d with a higher silhouette %s unstable", c.silhouette(), c.stability(), STABLE, among, i,
                        i == 1 ? "was" : "were");
                return new Choice(c, why, ranked);
            }
        }
        warnings.add("none of the " + top + " best configurations is stable (bootstrap ARI < " + STABLE + ")");
        return new Choice(best, String.format(Locale.ROOT, "highest %s %s; none of the best %d is stable", score, among, top), ranked);
    }

    /** Mean adjusted Rand index of bootstrap re-fits against {@code reference}, the labels of a fit on all of {@code e}. */
    private double stability(FeatureSpace.Encoded e, int[] reference, int k) {
        return quality.stability(e.x(), e.n(), e.d(), reference, scorer.kmeans(k), BOOTSTRAPS,
                Math.min(e.n(), STABILITY_SAMPLE), o.seed());
    }

    /** "; stable (bootstrap ARI 0.98)" or "; unstable (bootstrap ARI 0.42 < 0.8)"; empty when not measured. */
    private static String stabilityNote(double ari) {
        if (Double.isNaN(ari)) {
            return "";
        }
        return ari >= STABLE ? String.format(Locale.ROOT, "; stable (bootstrap ARI %.2f)", ari)
                : String.format(Locale.ROOT, "; unstable (bootstrap ARI %.2f < %.1f)", ari, STABLE);
    }

    static double smallestShare(int k, int[] labels) {
        int[] size = new int[k];
        for (int l : labels) {
            size[l]++;
        }
        int min = Integer.MAX_VALUE;
        for (int s : size) {
            min = Math.min(min, s);
        }
        return labels.length == 0 ? 0 : (double) min / labels.length;
    }

    private static String modeLabel(SilhouetteResult s) {
        return s.mode() == SilhouetteMode.SAMPLED ? "sampled:" + s.points() : s.mode().label();
    }

    /** The subsets {@code current + c} for each column {@code c} not in {@code current}, in pool order. */
    static List<List<String>> extensions(List<String> cols, List<String> current) {
        List<List<String>> out = new ArrayList<>();
        for (String c : cols) {
            if (!current.contains(c)) {
                List<String> s = new ArrayList<>();
                for (String p : cols) {
                    if (current.contains(p) || p.equals(c)) {
                        s.add(p);
                    }
                }
                out.add(s);
            }
        }
        return out;
    }

    /** All subsets of {@code m} columns, in lexicographic order of positions. */
    static List<List<String>> combinations(List<String> cols, int m) {
        List<List<String>> out = new ArrayList<>();
        combine(cols, m, 0, new ArrayList<>(), out);
        return out;
    }

    private static void combine(List<String> cols, int m, int from, List<String> acc, List<List<String>> out) {
        if (acc.size() == m) {
            out.add(List.copyOf(acc));
            return;
        }
        for (int i = from; i <= cols.size() - (m - acc.size()); i++) {
            acc.add(cols.get(i));
            combine(cols, m, i + 1, acc, out);
            acc.remove(acc.size() - 1);
        }
    }

    static long binomial(int n, int m) {
        long r = 1;
        for (int i = 1; i <= m; i++) {
            r = r * (n - m + i) / i;
            if (r > Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
        }
        return r;
    }

    private static long lap(Map<String, Double> seconds, String phase, long since) {
        long now = System.nanoTime();
        seconds.put(phase, (now - since) / 1e9);
        return now;
    }
}
