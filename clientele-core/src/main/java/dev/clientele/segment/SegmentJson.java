package dev.clientele.segment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The JSON documents of a segmentation run ({@code metrics.json}, {@code profile.json}, {@code search.json});
 * their schemas are documented in the README. Numbers that could not be computed are {@code null}.
 */
public final class SegmentJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SegmentJson() {
    }

    /**
     * {@code {"k", "rows", "features", "scaler", "inertia", "silhouette": {"mode", "value", "points", "seconds"},
     * "daviesBouldin", "calinskiHarabasz", "seconds": {phase: s}}}.
     */
    public static ObjectNode metrics(SearchResult r, Map<String, Double> extraSeconds) {
        ObjectNode m = F.objectNode();
        m.put("k", r.chosen().k());
        m.put("rows", r.fit().data().n());
        ArrayNode f = m.putArray("features");
        r.chosen().features().forEach(f::add);
        m.put("scaler", r.chosen().scaler().label());
        m.put("inertia", r.fit().inertia());
        ObjectNode s = m.putObject("silhouette");
        s.put("mode", r.silhouette().mode().label());
        num(s, "value", r.silhouette().value());
        s.put("points", r.silhouette().points());
        s.put("seconds", r.silhouette().seconds());
        num(m, "daviesBouldin", r.daviesBouldin());
        num(m, "calinskiHarabasz", r.calinskiHarabasz());
        ObjectNode sec = m.putObject("seconds");
        r.seconds().forEach(sec::put);
        extraSeconds.forEach(sec::put);
        return m;
    }

    /** {@code {"chosen": {...}, "reason", "rules": {...}, "leaderboard": [{...}]}}. */
    public static ObjectNode search(SearchResult r, SegmentationOptions o) {
        ObjectNode root = F.objectNode();
        root.set("chosen", candidate(r.chosen()));
        root.put("reason", r.reason());
        ObjectNode rules = root.putObject("rules");
        rules.put("minSegmentShare", o.minSegmentShare());
        rules.put("minFeatures", o.search() ? o.minFeatures() : 1);
        rules.put("stableAri", SegmentSearch.STABLE);
        rules.put("searchNInit", Math.min(o.nInit(), SegmentationOptions.SEARCH_N_INIT));
        ArrayNode board = root.putArray("leaderboard");
        int rank = 1;
        for (Candidate c : r.leaderboard()) {
            board.add(candidate(c).put("rank", rank++));
        }
        ArrayNode w = root.putArray("warnings");
        r.warnings().forEach(w::add);
        return root;
    }

    private static ObjectNode candidate(Candidate c) {
        ObjectNode o = F.objectNode();
        ArrayNode f = o.putArray("features");
        c.features().forEach(f::add);
        o.put("scaler", c.scaler().label());
        o.put("k", c.k());
        num(o, "silhouette", c.silhouette());
        o.put("silhouetteMode", c.mode());
        num(o, "inertia", c.inertia());
        num(o, "smallestShare", c.smallestShare());
        num(o, "stability", c.stability());
        o.put("admissible", c.admissible());
        if (c.rejected() != null) {
            o.put("rejected", c.rejected());
        }
        return o;
    }

    /**
     * {@code {"rows", "outcome", "value", "population": {...}, "segments": [{"segment", "name", "size", "share", "features": [...],
     * "separating", "overRepresented", "outcome"}]}}.
     */
    public static ObjectNode profiles(SegmentProfiles p, String outcomeSource, String valueColumn) {
        ObjectNode root = F.objectNode();
        root.put("rows", p.population().size());
        if (outcomeSource != null) {
            root.put("outcome", outcomeSource);
        }
        if (valueColumn != null) {
            root.put("value", valueColumn);
        }
        root.set("population", profile(p.population()));
        ArrayNode segs = root.putArray("segments");
        for (SegmentProfile s : p.segments()) {
            segs.add(profile(s));
        }
        return root;
    }

    private static ObjectNode profile(SegmentProfile s) {
        ObjectNode o = F.objectNode();
        if (s.segment() >= 0) {
            o.put("segment", s.segment() + 1);
            o.put("name", s.name());
        }
        o.put("size", s.size());
        o.put("share", s.share());
        ArrayNode fs = o.putArray("features");
        for (SegmentProfile.FeatureStat f : s.features()) {
            ObjectNode j = fs.addObject().put("feature", f.feature());
            num(j, "mean", f.mean());
            num(j, "median", f.median());
            if (s.segment() >= 0) {
                j.put("z", f.z());
            }
        }
        if (s.segment() >= 0) {
            ArrayNode sep = o.putArray("separating");
            s.separating().forEach(sep::add);
            ArrayNode over = o.putArray("overRepresented");
            for (SegmentProfile.LevelShare l : s.overRepresented()) {
                over.addObject().put("column", l.column()).put("level", l.level()).put("share", l.share())
                        .put("populationShare", l.populationShare());
            }
        }
        if (s.outcome() != null) {
            ObjectNode out = o.putObject("outcome");
            num(out, "rate", s.outcome().rate());
            out.put("rows", s.outcome().rows());
            num(out, "value", s.outcome().value());
            num(out, "valueAtRisk", s.outcome().valueAtRisk());
        }
        return o;
    }

    private static void num(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }
}
