package dev.clientele.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Suggestions for mistyped names: the known names closest to an unknown one by case-insensitive
 * Levenshtein distance (Levenshtein 1966), plus those that contain it.
 */
public final class Names {
    private Names() {
    }

    /**
     * Up to {@code max} names from {@code known} closest to {@code wanted}, best first; only names within
     * edit distance max(2, |wanted|/3) or containing {@code wanted} (or contained in it) are returned.
     */
    public static List<String> closest(String wanted, List<String> known, int max) {
        String w = wanted.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, w.length() / 3);
        List<String> hits = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        for (String k : known) {
            String lk = k.toLowerCase(Locale.ROOT);
            int d = distance(w, lk);
            boolean contains = !w.isEmpty() && (lk.contains(w) || w.contains(lk));
            if (d <= limit || contains) {
                hits.add(k);
                scores.add(contains ? Math.min(d, limit) : d);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(scores::get));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(max, order.size()); i++) {
            out.add(hits.get(order.get(i)));
        }
        return out;
    }

    /** The message tail for an unknown name: "; did you mean 'a' or 'b'?" or the list of known names. */
    public static String suggestion(String wanted, List<String> known) {
        List<String> near = closest(wanted, known, 3);
        if (!near.isEmpty()) {
            return "did you mean " + String.join(" or ", near.stream().map(n -> "'" + n + "'").toList()) + "?";
        }
        List<String> shown = known.size() > 12 ? known.subList(0, 12) : known;
        return "known columns: " + String.join(", ", shown) + (known.size() > 12 ? ", ..." : "");
    }

    /** Classic dynamic-programming edit distance (insert, delete, substitute cost 1). */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
