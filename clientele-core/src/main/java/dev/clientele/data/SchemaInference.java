package dev.clientele.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Profiles each column of a {@link Table} and infers its modelling role from its values alone:
 * <ul>
 *   <li>{@link ColumnRole#EMPTY}: every cell missing; {@link ColumnRole#CONSTANT}: one distinct value;</li>
 *   <li>{@link ColumnRole#ID}: at least 20 rows, none missing, all distinct, and text or integer-valued;</li>
 *   <li>{@link ColumnRole#LIKELY_TARGET}: text with exactly two levels (flags stored as 0/1 are features);</li>
 *   <li>{@link ColumnRole#TIME}: timestamps; everything else {@link ColumnRole#FEATURE}.</li>
 * </ul>
 */
public final class SchemaInference {
    /** Below this many rows, uniqueness says little, so no column is called an id. */
    static final int MIN_ROWS_FOR_ID = 20;

    private SchemaInference() {
    }

    public static List<ColumnProfile> profile(Table table) {
        List<ColumnProfile> out = new ArrayList<>();
        for (Column c : table.columns()) {
            out.add(profile(c));
        }
        return out;
    }

    public static ColumnProfile profile(Column c) {
        return switch (c.type()) {
            case NUMERIC -> numeric((NumericColumn) c);
            case CATEGORICAL -> categorical((CategoricalColumn) c);
            case BOOLEAN -> bool((BooleanColumn) c);
            case TIMESTAMP -> timestamp((TimestampColumn) c);
        };
    }

    /** Names of the columns inferred as ids. */
    public static List<String> idColumns(Table table) {
        List<String> ids = new ArrayList<>();
        for (ColumnProfile p : profile(table)) {
            if (p.role() == ColumnRole.ID) {
                ids.add(p.name());
            }
        }
        return ids;
    }

    private static ColumnProfile numeric(NumericColumn c) {
        int n = c.size();
        double[] v = new double[n - c.missingCount()];
        int k = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (!c.isMissing(i)) {
                v[k++] = c.get(i);
                sum += c.get(i);
            }
        }
        Arrays.sort(v);
        int distinct = 0;
        boolean integral = true;
        for (int i = 0; i < v.length; i++) {
            if (i == 0 || Double.compare(v[i], v[i - 1]) != 0) {
                distinct++;
            }
            integral &= v[i] == Math.rint(v[i]);
        }
        boolean zeroOne = v.length > 0 && distinct <= 2 && v[0] >= 0 && v[v.length - 1] <= 1 && integral;
        ColumnRole role = common(c, distinct);
        if (role == null) {
            role = integral && distinct == n && n >= MIN_ROWS_FOR_ID ? ColumnRole.ID : ColumnRole.FEATURE;
        }
        String min = v.length == 0 ? null : NumericColumn.format(v[0]);
        String max = v.length == 0 ? null : NumericColumn.format(v[v.length - 1]);
        Double mean = v.length == 0 ? null : sum / v.length;
        List<ColumnProfile.LevelCount> top = List.of();
        if (zeroOne) {
            int ones = 0;
            for (double x : v) {
                ones += x == 1 ? 1 : 0;
            }
            top = topOf(new String[] {"0", "1"}, new int[] {v.length - ones, ones});
        }
        return new ColumnProfile(c.name(), zeroOne ? "boolean" : "numeric", c.type(), role, c.missingCount(),
                distinct, min, max, mean, top, examples(c));
    }

    private static ColumnProfile categorical(CategoricalColumn c) {
        int[] counts = new int[c.levelCount()];
        for (int i = 0; i < c.size(); i++) {
            int code = c.code(i);
            if (code >= 0) {
                counts[code]++;
            }
        }
        int distinct = c.levelCount();
        ColumnRole role = common(c, distinct);
        if (role == null) {
            if (distinct == c.size() && c.size() >= MIN_ROWS_FOR_ID) {
                role = ColumnRole.ID;
            } else {
                role = distinct == 2 ? ColumnRole.LIKELY_TARGET : ColumnRole.FEATURE;
            }
        }
        return new ColumnProfile(c.name(), "categorical", c.type(), role, c.missingCount(), distinct, null, null,
                null, topOf(c.levels(), counts), examples(c));
    }

    private static ColumnProfile bool(BooleanColumn c) {
        int[] counts = new int[2];
        for (int i = 0; i < c.size(); i++) {
            if (c.code(i) >= 0) {
                counts[c.code(i)]++;
            }
        }
        int distinct = (counts[0] > 0 ? 1 : 0) + (counts[1] > 0 ? 1 : 0);
        ColumnRole role = common(c, distinct);
        return new ColumnProfile(c.name(), "boolean", c.type(), role == null ? ColumnRole.LIKELY_TARGET : role,
                c.missingCount(), distinct, null, null, null, topOf(new String[] {"false", "true"}, counts), examples(c));
    }

    private static ColumnProfile timestamp(TimestampColumn c) {
        long[] v = new long[c.size() - c.missingCount()];
        int k = 0;
        int minRow = -1;
        int maxRow = -1;
        for (int i = 0; i < c.size(); i++) {
            if (!c.isMissing(i)) {
                v[k++] = c.micros(i);
                if (minRow < 0 || c.micros(i) < c.micros(minRow)) {
                    minRow = i;
                }
                if (maxRow < 0 || c.micros(i) > c.micros(maxRow)) {
                    maxRow = i;
                }
            }
        }
        Arrays.sort(v);
        int distinct = 0;
        for (int i = 0; i < v.length; i++) {
            if (i == 0 || v[i] != v[i - 1]) {
                distinct++;
            }
        }
        ColumnRole role = common(c, distinct);
        return new ColumnProfile(c.name(), "timestamp", c.type(), role == null ? ColumnRole.TIME : role,
                c.missingCount(), distinct, minRow < 0 ? null : c.text(minRow), maxRow < 0 ? null : c.text(maxRow),
                null, List.of(), examples(c));
    }

    private static ColumnRole common(Column c, int distinct) {
        if (c.missingCount() == c.size()) {
            return ColumnRole.EMPTY;
        }
        return distinct == 1 ? ColumnRole.CONSTANT : null;
    }

    private static List<ColumnProfile.LevelCount> topOf(String[] levels, int[] counts) {
        Integer[] order = new Integer[levels.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> counts[b] != counts[a] ? Integer.compare(counts[b], counts[a]) : levels[a].compareTo(levels[b]));
        List<ColumnProfile.LevelCount> top = new ArrayList<>();
        for (int i = 0; i < Math.min(5, order.length); i++) {
            if (counts[order[i]] > 0) {
                top.add(new ColumnProfile.LevelCount(levels[order[i]], counts[order[i]]));
            }
        }
        return top;
    }

    private static List<String> examples(Column c) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < c.size() && seen.size() < 3 && i < 10_000; i++) {
            String t = c.text(i);
            if (t != null) {
                seen.add(t);
            }
        }
        return List.copyOf(seen);
    }
}
