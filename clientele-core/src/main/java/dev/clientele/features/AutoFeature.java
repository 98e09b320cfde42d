package dev.clientele.features;

import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.Column;
import dev.clientele.data.DataException;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A generic, row-wise automatic feature (no fitting, so no leakage):
 * <ul>
 *   <li>{@code yes-count}: how many of the listed yes/no-like columns hold a yes-like value
 *       ({@code yes}, {@code y}, {@code true}, {@code t}, {@code 1}, any case) in the row, e.g. the number of
 *       optional services a customer has;</li>
 *   <li>{@code missing-count}: how many of the listed columns are missing in the row.</li>
 * </ul>
 * Candidates come from {@link #candidates}; the trainer keeps one only when it raises the cross-validated
 * score measurably.
 *
 * @param name    output column name
 * @param kind    {@code yes-count} or {@code missing-count}
 * @param columns the input columns it reads
 */
public record AutoFeature(String name, String kind, List<String> columns) {
    public static final String YES_COUNT = "yes-count";
    public static final String MISSING_COUNT = "missing-count";
    private static final Set<String> YES = Set.of("yes", "y", "true", "t", "1");

    public AutoFeature {
        if (!kind.equals(YES_COUNT) && !kind.equals(MISSING_COUNT)) {
            throw new IllegalArgumentException("unknown automatic feature kind '" + kind + "'");
        }
        columns = List.copyOf(columns);
    }

    /**
     * The generic candidates for these input columns: a yes-count over the columns with at most three
     * distinct values one of which is yes-like (when there are at least three such columns) and a
     * missing-count over the columns with missing cells (when there are at least two).
     */
    public static List<AutoFeature> candidates(Table table, List<String> inputs) {
        List<String> flags = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (String name : inputs) {
            Column c = table.column(name);
            if (yesLike(c)) {
                flags.add(name);
            }
            if (c.missingCount() > 0) {
                gaps.add(name);
            }
        }
        List<AutoFeature> out = new ArrayList<>();
        if (flags.size() >= 3) {
            out.add(new AutoFeature(unused(table, "auto_yes_count"), YES_COUNT, flags));
        }
        if (gaps.size() >= 2) {
            out.add(new AutoFeature(unused(table, "auto_missing_count"), MISSING_COUNT, gaps));
        }
        return out;
    }

    private static String unused(Table table, String name) {
        String n = name;
        for (int k = 2; table.has(n); k++) {
            n = name + "_" + k;
        }
        return n;
    }

    private static boolean yesLike(Column c) {
        if (c instanceof CategoricalColumn cat) {
            if (cat.levelCount() > 3) {
                return false;
            }
            for (String l : cat.levels()) {
                if (isYes(l)) {
                    return true;
                }
            }
            return false;
        }
        if (c instanceof NumericColumn n) {
            for (int i = 0; i < n.size(); i++) {
                double v = n.get(i);
                if (!Double.isNaN(v) && v != 0 && v != 1) {
                    return false;
                }
            }
            return true;
        }
        return c.type() == dev.clientele.data.ColumnType.BOOLEAN;
    }

    static boolean isYes(String text) {
        return text != null && YES.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** The feature's values for every row of a table holding its input columns. */
    public NumericColumn compute(Table table) {
        double[] v = new double[table.rowCount()];
        for (String name : columns) {
            if (!table.has(name)) {
                throw new DataException(table.source(), 0, name, "required by the model (automatic feature " + this.name
                        + ") but absent from the data");
            }
            Column c = table.column(name);
            boolean countYes = kind.equals(YES_COUNT);
            boolean[] yes = countYes ? yesTable(c) : null;
            for (int i = 0; i < v.length; i++) {
                boolean hit = countYes ? isYesCell(c, yes, i) : c.isMissing(i);
                v[i] += hit ? 1 : 0;
            }
        }
        return new NumericColumn(name, v, null);
    }

    private static boolean[] yesTable(Column c) {
        if (c instanceof CategoricalColumn cat) {
            boolean[] yes = new boolean[cat.levelCount()];
            for (int code = 0; code < yes.length; code++) {
                yes[code] = isYes(cat.level(code));
            }
            return yes;
        }
        return null;
    }

    private static boolean isYesCell(Column c, boolean[] yesByCode, int row) {
        if (c instanceof CategoricalColumn cat) {
            int code = cat.code(row);
            return code >= 0 && yesByCode[code];
        }
        return isYes(c.text(row));
    }
}
