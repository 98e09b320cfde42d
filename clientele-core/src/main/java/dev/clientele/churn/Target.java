package dev.clientele.churn;

import dev.clientele.data.Column;
import dev.clientele.data.DataException;
import dev.clientele.data.Names;
import dev.clientele.data.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a two-valued churn column into 0/1 labels. The positive label is the one given, matched exactly,
 * then ignoring case, then as a number ({@code 1} matches {@code 1.0}); when none is given, the single label
 * holding a churn-like word ({@code yes, y, true, t, 1, churn, churned, left, lost, cancelled, exited,
 * attrited, ...}) is taken.
 *
 * @param labels  the column and its labels
 * @param y       per row 1 (churned), 0, or -1 when the target is missing
 * @param missing rows with a missing target
 */
record Target(ChurnLabels labels, int[] y, int missing) {
    private static final Set<String> CHURN_WORDS = Set.of("yes", "y", "true", "t", "1", "churn", "churned", "churner",
            "left", "lost", "cancel", "cancelled", "canceled", "exited", "attrited", "inactive", "positive", "gone");

    static Target resolve(Table table, String column, String positive) {
        if (!table.has(column)) {
            throw new DataException(table.source(), 0, null, "target column '" + column + "' not found; "
                    + Names.suggestion(column, table.columnNames()));
        }
        Column c = table.column(column);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < c.size(); i++) {
            String t = c.text(i);
            if (t != null) {
                counts.merge(t, 1, Integer::sum);
            }
        }
        List<String> values = new ArrayList<>(counts.keySet());
        values.sort(null);
        if (values.isEmpty()) {
            throw new DataException(table.source(), 0, column, "the target column is empty (missing in every row)");
        }
        if (values.size() == 1) {
            throw new DataException(table.source(), 0, column, "the target has one value ('" + values.get(0) + "') in all "
                    + counts.get(values.get(0)) + " labelled rows; a churn model needs both churners and non-churners");
        }
        if (values.size() > 2) {
            List<String> shown = values.size() > 5 ? values.subList(0, 5) : values;
            throw new DataException(table.source(), 0, column, "the target has " + values.size() + " values ("
                    + String.join(", ", shown) + (values.size() > 5 ? ", ..." : "") + "); churn prediction needs exactly "
                    + "two, such as Yes/No; recode it or choose another column with --target");
        }
        String pos = positive == null ? guess(table, column, values) : match(column, positive, values);
        String neg = values.get(0).equals(pos) ? values.get(1) : values.get(0);
        int[] y = new int[c.size()];
        int missing = 0;
        for (int i = 0; i < y.length; i++) {
            String t = c.text(i);
            y[i] = t == null ? -1 : t.equals(pos) ? 1 : 0;
            missing += t == null ? 1 : 0;
        }
        return new Target(new ChurnLabels(column, pos, neg), y, missing);
    }

    private static String match(String column, String wanted, List<String> values) {
        for (String v : values) {
            if (v.equals(wanted)) {
                return v;
            }
        }
        for (String v : values) {
            if (v.equalsIgnoreCase(wanted.strip())) {
                return v;
            }
        }
        for (String v : values) {
            if (sameNumber(v, wanted)) {
                return v;
            }
        }
        throw new IllegalArgumentException("--positive '" + wanted + "' is not a value of target column '" + column
                + "' (values: " + String.join(", ", values) + ")");
    }

    private static boolean sameNumber(String a, String b) {
        try {
            return Double.parseDouble(a.strip()) == Double.parseDouble(b.strip());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String guess(Table table, String column, List<String> values) {
        List<String> churny = new ArrayList<>();
        for (String v : values) {
            for (String token : v.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (CHURN_WORDS.contains(token)) {
                    churny.add(v);
                    break;
                }
            }
        }
        if (churny.size() == 1) {
            return churny.get(0);
        }
        throw new DataException(table.source(), 0, column, "cannot tell which value means churn ("
                + String.join(" or ", values) + "); give --positive " + shellWord(values.get(1)) + " or --positive "
                + shellWord(values.get(0)));
    }

    /** The value as one shell word, so that the suggested option can be pasted: single-quoted unless plain. */
    private static String shellWord(String v) {
        return v.matches("[\\p{L}\\p{N}._+-]+") ? v : "'" + v.replace("'", "'\\''") + "'";
    }
}
