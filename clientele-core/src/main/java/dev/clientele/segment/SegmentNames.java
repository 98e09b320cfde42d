package dev.clientele.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Generated descriptive segment names, built only from column names and z-scores, never from knowledge of
 * a particular data set: the two features with the largest |z| (at least {@value #MIN_Z}) each become
 * "high/low COLUMN" ("very" from |z| >= {@value #VERY}); a one-hot level with a positive z becomes
 * "LEVEL COLUMN". Column names are split into lower-case words ({@code monthly_charges} and
 * {@code monthlyCharges} read "monthly charges"). A segment with no such feature is "Typical profile".
 * Duplicate names get the next feature, then the segment number.
 *
 * <p>Example: z(tenure) = 1.3, z(monthly_charges) = 0.6 gives "Very high tenure, high monthly charges".
 */
final class SegmentNames {
    static final double MIN_Z = 0.25;
    static final double VERY = 1.0;

    private SegmentNames() {
    }

    /** One name per profile, unique. */
    static List<String> of(List<SegmentProfile> profiles) {
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (SegmentProfile p : profiles) {
            List<String> parts = phrases(p);
            String name = parts.isEmpty() ? "Typical profile" : capitalise(String.join(", ", parts.subList(0, Math.min(2, parts.size()))));
            if (used.contains(name) && parts.size() > 2) {
                name = capitalise(String.join(", ", parts.subList(0, 3)));
            }
            if (used.contains(name)) {
                name = name + " (segment " + (p.segment() + 1) + ")";
            }
            used.add(name);
            names.add(name);
        }
        return names;
    }

    /** Descriptive phrases for the features with the largest |z|, strongest first. */
    private static List<String> phrases(SegmentProfile p) {
        List<SegmentProfile.FeatureStat> order = new ArrayList<>(p.features());
        order.sort((a, b) -> Double.compare(Math.abs(b.z()), Math.abs(a.z())));
        List<String> out = new ArrayList<>();
        Set<String> columnsUsed = new HashSet<>();
        for (SegmentProfile.FeatureStat s : order) {
            if (Math.abs(s.z()) < MIN_Z || out.size() == 3) {
                break;
            }
            int eq = s.feature().indexOf('=');
            String column = eq < 0 ? s.feature() : s.feature().substring(0, eq);
            if (columnsUsed.contains(column) || (eq >= 0 && s.z() < 0)) {
                continue;
            }
            columnsUsed.add(column);
            if (eq >= 0) {
                out.add(s.feature().substring(eq + 1) + " " + words(column));
            } else {
                out.add((Math.abs(s.z()) >= VERY ? "very " : "") + (s.z() > 0 ? "high " : "low ") + words(column));
            }
        }
        return out;
    }

    /** A column name as lower-case words. */
    static String words(String column) {
        String spaced = column.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[_\\-.\\s]+", " ").trim();
        return spaced.toLowerCase(Locale.ROOT);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
