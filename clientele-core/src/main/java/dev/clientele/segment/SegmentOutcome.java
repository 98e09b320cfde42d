package dev.clientele.segment;

import dev.clientele.data.BooleanColumn;
import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.Column;
import dev.clientele.data.DataException;
import dev.clientele.data.Names;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Per-row churn outcome and customer value for segment profiles.
 *
 * <p>An outcome column is a two-valued column (0/1 numbers, booleans, or two text levels such as
 * Yes/No), read as 1 for the positive level, or a column of probabilities in [0, 1] (e.g. churn scores),
 * read as they are. The positive text level is the one given, else the one that reads as affirmative
 * ({@code yes}, {@code true}, {@code 1}, {@code churned}, ...); otherwise the caller must name it.
 */
public final class SegmentOutcome {
    private static final Set<String> AFFIRMATIVE = Set.of("yes", "y", "true", "t", "1", "churn", "churned", "positive",
            "lost", "left", "exited", "cancelled", "canceled", "inactive", "attrited");

    private SegmentOutcome() {
    }

    /**
     * The outcome of each row (1/0 or a probability; NaN when missing).
     *
     * @param positive the level meaning churn, or {@code null} to infer it
     * @throws DataException when the column is neither two-valued nor a probability, or the level is unknown
     */
    public static double[] of(Table table, String column, String positive) {
        Column c = table.column(column);
        double[] out = new double[table.rowCount()];
        Arrays.fill(out, Double.NaN);
        if (c instanceof BooleanColumn b) {
            for (int i = 0; i < out.length; i++) {
                out[i] = b.code(i) < 0 ? Double.NaN : b.code(i);
            }
        } else if (c instanceof CategoricalColumn cat) {
            int pos = positiveCode(table, cat, positive);
            for (int i = 0; i < out.length; i++) {
                out[i] = cat.code(i) < 0 ? Double.NaN : cat.code(i) == pos ? 1 : 0;
            }
        } else if (c instanceof NumericColumn num) {
            numeric(table, num, positive, out);
        } else {
            throw new DataException(table.source(), 0, column, "is a date/time column, not a churn outcome; "
                    + "give a two-valued column (e.g. Yes/No or 0/1) or churn probabilities");
        }
        return out;
    }

    /**
     * The values of a monetary column (NaN when missing).
     *
     * @throws DataException when the column is not numeric
     */
    public static double[] value(Table table, String column) {
        Column c = table.column(column);
        if (!(c instanceof NumericColumn num)) {
            throw new DataException(table.source(), 0, column, "holds " + c.type().label() + " values; the value column "
                    + "must be numeric (an amount per customer)");
        }
        return num.toArray();
    }

    private static int positiveCode(Table table, CategoricalColumn cat, String positive) {
        List<String> levels = List.of(cat.levels());
        if (levels.size() != 2) {
            throw new DataException(table.source(), 0, cat.name(), "has " + levels.size() + " levels " + shown(levels)
                    + "; the target must be two-valued (e.g. Yes/No)");
        }
        if (positive != null) {
            int code = cat.codeOf(positive);
            if (code < 0) {
                throw new DataException(table.source(), 0, cat.name(), "has no level '" + positive + "'; "
                        + Names.suggestion(positive, levels).replace("known columns", "levels"));
            }
            return code;
        }
        int found = -1;
        for (int i = 0; i < levels.size(); i++) {
            if (AFFIRMATIVE.contains(levels.get(i).trim().toLowerCase(Locale.ROOT))) {
                found = found == -1 ? i : -2;
            }
        }
        if (found < 0) {
            throw new DataException(table.source(), 0, cat.name(), "cannot tell which of " + levels
                    + " means churn; give --positive LEVEL");
        }
        return found;
    }

    private static void numeric(Table table, NumericColumn num, String positive, double[] out) {
        double[] v = num.toArray();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        java.util.TreeSet<Double> distinct = new java.util.TreeSet<>();
        for (double x : v) {
            if (!Double.isNaN(x)) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
                if (distinct.size() <= 2) {
                    distinct.add(x);
                }
            }
        }
        if (lo >= 0 && hi <= 1 && (distinct.size() > 2 || positive == null)) {
            System.arraycopy(v, 0, out, 0, v.length);
            return;
        }
        if (distinct.size() != 2) {
            throw new DataException(table.source(), 0, num.name(), "holds " + (distinct.size() > 2 ? "more than two" : "fewer than two")
                    + " distinct values between " + NumericColumn.format(lo) + " and " + NumericColumn.format(hi)
                    + "; the target must be two-valued (0/1, Yes/No) or a probability in [0, 1]");
        }
        double pos = positive == null ? distinct.last() : parse(table, num, positive, distinct);
        for (int i = 0; i < v.length; i++) {
            out[i] = Double.isNaN(v[i]) ? Double.NaN : v[i] == pos ? 1 : 0;
        }
    }

    private static double parse(Table table, NumericColumn num, String positive, java.util.TreeSet<Double> distinct) {
        try {
            double p = Double.parseDouble(positive);
            if (distinct.contains(p)) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DataException(table.source(), 0, num.name(), "has no value '" + positive + "'; its values are "
                + distinct.stream().map(NumericColumn::format).toList());
    }

    private static String shown(List<String> levels) {
        return levels.size() <= 5 ? levels.toString() : levels.subList(0, 5) + "...";
    }
}
