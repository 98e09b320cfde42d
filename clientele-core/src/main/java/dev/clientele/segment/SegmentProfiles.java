package dev.clientele.segment;

import dev.clientele.data.BooleanColumn;
import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.Column;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import dev.clientele.data.TimestampColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Profiles that make segments actionable: per segment its size and share, the mean, median and z-score of
 * each model feature against the whole population, the levels of descriptive columns that are
 * over-represented, the three features that separate it most, a generated name ({@link SegmentNames}),
 * and, given an outcome, the churn rate and value at risk.
 *
 * <p>Statistics are in the original units of the table. The population is the set of segmented rows. A
 * level is over-represented when its share in the segment is at least {@value #MIN_LIFT} times and
 * {@value #MIN_GAP} above its overall share.
 *
 * @param segments   one profile per segment, in segment order
 * @param population the whole population as one pseudo-segment (segment -1)
 */
public record SegmentProfiles(List<SegmentProfile> segments, SegmentProfile population) {
    static final double MIN_LIFT = 1.2;
    static final double MIN_GAP = 0.10;
    static final int MAX_LEVELS = 20;

    public SegmentProfiles {
        segments = List.copyOf(segments);
    }

    /**
     * Profiles the segments of the given rows.
     *
     * @param table   the data
     * @param rows    table row of each segmented point
     * @param labels  segment of each point, in [0, k)
     * @param space   the model's feature space (which columns, which are one-hot)
     * @param exclude columns not to describe (id, target)
     * @param outcome per table row 1/0 or a probability (NaN unknown), or {@code null}
     * @param value   per table row a monetary value (NaN unknown), or {@code null}
     */
    public static SegmentProfiles of(Table table, int[] rows, int[] labels, int k, FeatureSpace space,
                                     List<String> exclude, double[] outcome, double[] value) {
        List<double[]> featureValues = new ArrayList<>();
        List<String> featureNames = new ArrayList<>();
        for (FeatureSpace.Dimension dim : space.dimensions()) {
            featureNames.add(dim.label());
            featureValues.add(values(table, dim, rows));
        }
        List<Column> described = describable(table, exclude, Set.copyOf(space.columns()));
        int[] all = new int[rows.length];
        SegmentProfile population = profile(-1, all, 0, table, rows, featureNames, featureValues, described, null,
                outcome, value);
        List<SegmentProfile> segs = new ArrayList<>();
        for (int l = 0; l < k; l++) {
            segs.add(profile(l, labels, l, table, rows, featureNames, featureValues, described, population, outcome, value));
        }
        List<String> names = SegmentNames.of(segs);
        for (int l = 0; l < k; l++) {
            SegmentProfile p = segs.get(l);
            segs.set(l, new SegmentProfile(l, names.get(l), p.size(), p.share(), p.features(), p.separating(),
                    p.overRepresented(), p.outcome()));
        }
        return new SegmentProfiles(segs, population);
    }

    /** The generated names, in segment order. */
    public List<String> names() {
        return segments.stream().map(SegmentProfile::name).toList();
    }

    private static SegmentProfile profile(int segment, int[] labels, int label, Table table, int[] rows,
                                          List<String> featureNames, List<double[]> featureValues,
                                          List<Column> described, SegmentProfile population, double[] outcome,
                                          double[] value) {
        boolean[] in = new boolean[rows.length];
        int size = 0;
        for (int i = 0; i < rows.length; i++) {
            in[i] = labels[i] == label;
            size += in[i] ? 1 : 0;
        }
        List<SegmentProfile.FeatureStat> stats = new ArrayList<>();
        for (int f = 0; f < featureNames.size(); f++) {
            double[] v = featureValues.get(f);
            double mean = mean(v, in);
            double z = 0;
            if (population != null) {
                double popMean = population.features().get(f).mean();
                double sd = sd(v, popMean);
                z = sd > 0 ? (mean - popMean) / sd : 0;
            }
            stats.add(new SegmentProfile.FeatureStat(featureNames.get(f), mean, median(v, in), z));
        }
        List<String> separating = stats.stream()
                .sorted(Comparator.comparingDouble((SegmentProfile.FeatureStat s) -> -Math.abs(s.z())))
                .limit(3).filter(s -> s.z() != 0).map(SegmentProfile.FeatureStat::feature).toList();
        List<SegmentProfile.LevelShare> over = population == null ? List.of()
                : overRepresented(described, rows, in, population);
        SegmentProfile.Outcome o = outcome == null ? null : outcome(rows, in, outcome, value);
        return new SegmentProfile(segment, segment < 0 ? "All" : "", size, rows.length == 0 ? 0 : (double) size / rows.length,
                stats, population == null ? List.of() : separating, over, o);
    }

    /** Values of one dimension at the given rows, in original units (an indicator for a level); NaN missing. */
    private static double[] values(Table table, FeatureSpace.Dimension dim, int[] rows) {
        Column c = table.column(dim.column());
        double[] v = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (c.isMissing(rows[i])) {
                v[i] = Double.NaN;
            } else if (dim instanceof FeatureSpace.LevelDimension ld) {
                v[i] = ld.level().equals(c.text(rows[i])) ? 1 : 0;
            } else {
                v[i] = FeatureSpace.number(table, c, rows[i]);
            }
        }
        return v;
    }

    /** Columns whose levels are worth describing: text, boolean and 0/1 columns of few levels, not excluded. */
    private static List<Column> describable(Table table, List<String> exclude, Set<String> features) {
        List<Column> out = new ArrayList<>();
        for (Column c : table.columns()) {
            if (exclude.contains(c.name()) || c instanceof TimestampColumn) {
                continue;
            }
            boolean few = c instanceof CategoricalColumn cat ? cat.levelCount() <= MAX_LEVELS && cat.levelCount() >= 2
                    : c instanceof BooleanColumn || (c instanceof NumericColumn && !features.contains(c.name())
                    && FeaturePool.distinctUpTo3(table, c) == 2);
            if (few) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<SegmentProfile.LevelShare> overRepresented(List<Column> described, int[] rows, boolean[] in,
                                                                  SegmentProfile population) {
        List<SegmentProfile.LevelShare> out = new ArrayList<>();
        for (Column c : described) {
            java.util.Map<String, int[]> counts = new java.util.TreeMap<>();
            int segKnown = 0;
            int allKnown = 0;
            for (int i = 0; i < rows.length; i++) {
                String t = c.text(rows[i]);
                if (t == null) {
                    continue;
                }
                int[] cnt = counts.computeIfAbsent(t, x -> new int[2]);
                cnt[1]++;
                allKnown++;
                if (in[i]) {
                    cnt[0]++;
                    segKnown++;
                }
            }
            for (var e : counts.entrySet()) {
                double share = segKnown == 0 ? 0 : (double) e.getValue()[0] / segKnown;
                double pop = (double) e.getValue()[1] / allKnown;
                if (share >= MIN_LIFT * pop && share - pop >= MIN_GAP) {
                    out.add(new SegmentProfile.LevelShare(c.name(), e.getKey(), share, pop));
                }
            }
        }
        out.sort(Comparator.comparingDouble((SegmentProfile.LevelShare s) -> -(s.share() - s.populationShare())));
        return out.size() > 5 ? List.copyOf(out.subList(0, 5)) : out;
    }

    private static SegmentProfile.Outcome outcome(int[] rows, boolean[] in, double[] outcome, double[] value) {
        double sum = 0;
        int known = 0;
        double total = 0;
        double atRisk = 0;
        for (int i = 0; i < rows.length; i++) {
            if (!in[i]) {
                continue;
            }
            double y = outcome[rows[i]];
            double v = value == null ? Double.NaN : value[rows[i]];
            if (!Double.isNaN(y)) {
                sum += y;
                known++;
                if (!Double.isNaN(v)) {
                    atRisk += v * y;
                }
            }
            if (!Double.isNaN(v)) {
                total += v;
            }
        }
        return new SegmentProfile.Outcome(known == 0 ? Double.NaN : sum / known, known,
                value == null ? Double.NaN : total, value == null ? Double.NaN : atRisk);
    }

    private static double mean(double[] v, boolean[] in) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < v.length; i++) {
            if (in[i] && !Double.isNaN(v[i])) {
                s += v[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** Population standard deviation (denominator n) of the non-missing values around {@code mean}. */
    private static double sd(double[] v, double mean) {
        double ss = 0;
        int n = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                ss += (x - mean) * (x - mean);
                n++;
            }
        }
        return n == 0 ? 0 : Math.sqrt(ss / n);
    }

    private static double median(double[] v, boolean[] in) {
        double[] w = new double[v.length];
        int n = 0;
        for (int i = 0; i < v.length; i++) {
            if (in[i] && !Double.isNaN(v[i])) {
                w[n++] = v[i];
            }
        }
        return n == 0 ? Double.NaN : FeatureSpace.median(Arrays.copyOf(w, n));
    }
}
