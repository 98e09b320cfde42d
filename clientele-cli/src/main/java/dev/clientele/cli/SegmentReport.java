package dev.clientele.cli;

import dev.clientele.segment.Candidate;
import dev.clientele.segment.SearchResult;
import dev.clientele.segment.SegmentProfile;
import dev.clientele.segment.SegmentProfiles;
import dev.clientele.segment.SilhouetteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain-text rendering of a segmentation run: the chosen configuration, the leaderboard, the profiles. */
final class SegmentReport {
    static final int LEADERBOARD_ROWS = 10;
    static final int FEATURE_COLUMNS = 4;

    private SegmentReport() {
    }

    /** The chosen configuration, why, and the final quality figures. */
    static String chosen(SearchResult s) {
        Candidate c = s.chosen();
        SilhouetteResult sil = s.silhouette();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "chosen: k=%d, features %s, scaler %s%n", c.k(), c.features(), c.scaler().label()));
        sb.append("why: ").append(s.reason()).append('\n');
        sb.append(String.format(Locale.ROOT, "silhouette %s (%s on %,d of %,d rows, %.2f s)", fmt(sil.value(), 3),
                sil.mode().label(), sil.points(), s.fit().data().n(), sil.seconds()));
        if (!Double.isNaN(s.daviesBouldin())) {
            sb.append(String.format(Locale.ROOT, ", Davies-Bouldin %.3f, Calinski-Harabasz %.1f", s.daviesBouldin(),
                    s.calinskiHarabasz()));
        }
        sb.append(String.format(Locale.ROOT, ", inertia %.1f%n", s.fit().inertia()));
        return sb.toString();
    }

    /** The best rows of the leaderboard (admissible ones first). */
    static String leaderboard(SearchResult s) {
        List<Candidate> board = s.leaderboard();
        TextTable t = new TextTable("rank", "features", "scaler", "k", "silhouette", "smallest", "stability", "note")
                .alignRight(0, 3, 4, 5, 6);
        int shown = Math.min(LEADERBOARD_ROWS, board.size());
        for (int i = 0; i < shown; i++) {
            Candidate c = board.get(i);
            String note = c.equals(s.chosen()) ? "chosen" : c.rejected() == null ? "" : "rejected: " + c.rejected();
            t.add(i + 1, String.join(", ", c.features()), c.scaler().label(), c.k(),
                    fmt(c.silhouette(), 3) + (c.mode().equals("exact") ? "" : " " + c.mode()),
                    pct(c.smallestShare()), fmt(c.stability(), 2), note);
        }
        return String.format(Locale.ROOT, "leaderboard (%d of %d configurations):%n", shown, board.size()) + t.render();
    }

    /** One row per segment: size, share, churn and value at risk when known, and the features' means. */
    static String profiles(SegmentProfiles p) {
        boolean outcome = p.population().outcome() != null;
        boolean value = outcome && !Double.isNaN(p.population().outcome().value());
        int[] shown = mostSeparating(p, FEATURE_COLUMNS);
        List<SegmentProfile.FeatureStat> feats = p.population().features();
        List<String> header = new ArrayList<>(List.of("segment", "name", "size", "share"));
        if (outcome) {
            header.add("churn");
        }
        if (value) {
            header.add("value at risk");
        }
        for (int f : shown) {
            header.add(feats.get(f).feature() + " (z)");
        }
        TextTable t = new TextTable(header.toArray(String[]::new));
        int[] right = new int[header.size() - 2];
        for (int j = 0; j < right.length; j++) {
            right[j] = j + 2;
        }
        t.alignRight(right);
        t.alignRight(0);
        for (SegmentProfile s : p.segments()) {
            t.add(row(s, outcome, value, shown));
        }
        t.add(row(p.population(), outcome, value, shown));
        StringBuilder sb = new StringBuilder(t.render());
        for (SegmentProfile s : p.segments()) {
            sb.append(String.format(Locale.ROOT, "%d. %s: separated by %s", s.segment() + 1, s.name(),
                    s.separating().isEmpty() ? "nothing" : String.join(", ", s.separating())));
            if (!s.overRepresented().isEmpty()) {
                List<String> levels = s.overRepresented().stream().limit(3).map(l -> String.format(Locale.ROOT,
                        "%s=%s (%s vs %s)", l.column(), l.level(), pct(l.share()), pct(l.populationShare()))).toList();
                sb.append("; over-represented: ").append(String.join(", ", levels));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static Object[] row(SegmentProfile s, boolean outcome, boolean value, int[] shown) {
        List<Object> cells = new ArrayList<>();
        cells.add(s.segment() < 0 ? "all" : Integer.toString(s.segment() + 1));
        cells.add(s.segment() < 0 ? "" : s.name());
        cells.add(String.format(Locale.ROOT, "%,d", s.size()));
        cells.add(pct(s.share()));
        if (outcome) {
            cells.add(pct(s.outcome().rate()));
        }
        if (value) {
            cells.add(String.format(Locale.ROOT, "%,.0f", s.outcome().valueAtRisk()));
        }
        for (int f : shown) {
            SegmentProfile.FeatureStat st = s.features().get(f);
            cells.add(fmt(st.mean(), 2) + (s.segment() < 0 ? "" : String.format(Locale.ROOT, " (%+.1f)", st.z())));
        }
        return cells.toArray();
    }

    /** Indexes of the (at most {@code max}) features with the largest |z| in any segment, in feature order. */
    static int[] mostSeparating(SegmentProfiles p, int max) {
        int d = p.population().features().size();
        double[] strength = new double[d];
        for (SegmentProfile s : p.segments()) {
            for (int f = 0; f < d; f++) {
                strength[f] = Math.max(strength[f], Math.abs(s.features().get(f).z()));
            }
        }
        return java.util.stream.IntStream.range(0, d).boxed()
                .sorted((a, b) -> Double.compare(strength[b], strength[a])).limit(max).sorted()
                .mapToInt(Integer::intValue).toArray();
    }

    static String fmt(double v, int digits) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
}
