package dev.clientele.segment;

import dev.clientele.data.BooleanColumn;
import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.Column;
import dev.clientele.data.DataException;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.SchemaInference;
import dev.clientele.data.Table;
import dev.clientele.data.TimestampColumn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns a segmentation may use, checked once: named columns exist (else the closest names are
 * suggested), constant or empty columns are dropped with a warning, infinite or NaN values are refused,
 * and at least one numeric column remains.
 *
 * <p>Without named features the pool is every numeric column with more than two distinct values that is
 * neither an inferred id nor excluded (constant ones are reported and dropped); with {@code oneHot} also text columns of 2 to {@value #MAX_LEVELS}
 * levels and two-valued columns, encoded one 0/1 dimension per level. Unless imputing, that default leaves
 * out columns missing in more than {@link #MAX_MISSING_SHARE} of the rows, with one warning: rows with a
 * missing feature are dropped, so one sparse column (say a spread of gaps between purchases, undefined for
 * one-time buyers) would silently shrink the segmentation to a minority of the customers. Named columns
 * are kept whatever their missing share.
 *
 * @param columns  usable columns, in table order (or the order given)
 * @param oneHot   those of {@code columns} encoded per level
 * @param warnings what was dropped and why, one line each
 */
public record FeaturePool(List<String> columns, Set<String> oneHot, List<String> warnings) {
    /** Text columns with more levels than this are not offered for one-hot encoding. */
    public static final int MAX_LEVELS = 20;
    /** Default features missing in a larger share of rows are left out (unless imputing). */
    public static final double MAX_MISSING_SHARE = 0.10;

    public FeaturePool {
        columns = List.copyOf(columns);
        oneHot = Set.copyOf(oneHot);
        warnings = List.copyOf(warnings);
    }

    /** The checked pool for {@code table} under {@code o}. */
    public static FeaturePool of(Table table, SegmentationOptions o) {
        List<String> warnings = new ArrayList<>();
        List<String> sparse = new ArrayList<>();
        List<String> picked = o.features().isEmpty() ? defaults(table, o, sparse) : named(table, o, warnings);
        if (!sparse.isEmpty()) {
            warnings.add(sparseWarning(table, sparse));
        }
        List<String> kept = new ArrayList<>();
        Set<String> oneHot = new LinkedHashSet<>();
        for (String name : picked) {
            Column c = table.column(name);
            int distinct = distinctUpTo3(table, c);
            if (distinct == 0) {
                warnings.add("column '" + name + "' is empty (every value missing); dropped");
            } else if (distinct == 1) {
                warnings.add("column '" + name + "' is constant (every row " + firstValue(c) + "); dropped");
            } else {
                kept.add(name);
                if (c instanceof CategoricalColumn || (o.oneHot() && o.features().isEmpty() && distinct == 2)) {
                    oneHot.add(name);
                }
            }
        }
        if (kept.stream().allMatch(n -> table.column(n) instanceof CategoricalColumn)) {
            if (!sparse.isEmpty()) {
                throw new DataException(table.source(), 0, null, "no numeric feature to segment on (every numeric column is "
                        + "missing in more than " + percent(MAX_MISSING_SHARE) + " of rows: " + missingShares(table, sparse)
                        + "); name them in --features (rows missing a value are dropped) or add --impute to fill them with the median");
            }
            String why = picked.isEmpty() ? "no numeric column with more than two distinct values besides ids and excluded ones"
                    : kept.isEmpty() ? "every candidate column was dropped: " + String.join("; ", warnings)
                    : "only text columns: " + String.join(", ", kept);
            throw new DataException(table.source(), 0, null, "no numeric feature to segment on (" + why
                    + "); give numeric columns with --features");
        }
        return new FeaturePool(kept, oneHot, warnings);
    }

    /** Whether the column is numeric (not one-hot encoded). */
    public boolean numeric(String column) {
        return !oneHot.contains(column);
    }

    /** One line naming the left-out columns with their missing share, and the ways to use them anyway. */
    private static String sparseWarning(Table table, List<String> sparse) {
        boolean one = sparse.size() == 1;
        return (one ? "column " : "columns ") + missingShares(table, sparse) + (one ? " is" : " are") + " missing in more than " + percent(MAX_MISSING_SHARE)
                + " of rows and " + (one ? "was" : "were") + " left out of the default features, so as not to drop those "
                + "customers; name " + (one ? "it" : "them") + " in --features to use " + (one ? "it" : "them")
                + " anyway (rows missing " + (one ? "it" : "a value") + " are dropped), or add --impute to fill "
                + (one ? "it" : "them") + " with the median";
    }

    /** "'a' (60.0% missing), 'b' (78.7% missing)". */
    private static String missingShares(Table table, List<String> columns) {
        List<String> out = new ArrayList<>();
        for (String name : columns) {
            Column c = table.column(name);
            out.add(String.format(Locale.ROOT, "'%s' (%.1f%% missing)", name, 100.0 * c.missingCount() / c.size()));
        }
        return String.join(", ", out);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    /** The default candidates; numeric columns missing in too many rows go to {@code sparse} instead (unless imputing). */
    private static List<String> defaults(Table table, SegmentationOptions o, List<String> sparse) {
        List<String> ids = SchemaInference.idColumns(table);
        List<String> out = new ArrayList<>();
        for (Column c : table.columns()) {
            if (ids.contains(c.name()) || o.exclude().contains(c.name()) || c instanceof TimestampColumn) {
                continue;
            }
            int distinct = distinctUpTo3(table, c);
            boolean continuous = c instanceof NumericColumn && distinct != 2; // constant ones are dropped with a warning
            boolean encodable = c instanceof CategoricalColumn cat ? cat.levelCount() <= MAX_LEVELS : distinct <= 2;
            boolean tooSparse = !o.impute() && c.missingCount() > MAX_MISSING_SHARE * c.size();
            if (continuous && tooSparse && distinct > 0) {
                sparse.add(c.name());
            } else if (continuous || (o.oneHot() && encodable)) {
                out.add(c.name());
            }
        }
        return out;
    }

    private static List<String> named(Table table, SegmentationOptions o, List<String> warnings) {
        List<String> out = new ArrayList<>();
        for (String name : new LinkedHashSet<>(o.features())) {
            Column c = table.column(name);
            if (o.exclude().contains(name)) {
                warnings.add("column '" + name + "' is the id or target column and cannot be a feature; dropped");
            } else if (c instanceof TimestampColumn) {
                throw new DataException(table.source(), 0, name, "is a date/time column and cannot be segmented on; "
                        + "derive a number from it (e.g. days since) or leave it out of --features");
            } else if (c instanceof CategoricalColumn cat && cat.levelCount() > MAX_LEVELS) {
                warnings.add("column '" + name + "' has " + cat.levelCount() + " levels, too many to one-hot encode (at most "
                        + MAX_LEVELS + "); dropped");
            } else {
                out.add(name);
            }
        }
        return out;
    }

    /** Distinct non-missing values, counted up to 3; refuses infinite and NaN values. */
    static int distinctUpTo3(Table table, Column c) {
        if (c instanceof CategoricalColumn cat) {
            boolean[] seen = new boolean[cat.levelCount()];
            int count = 0;
            for (int i = 0; i < cat.size() && count < 3; i++) {
                int code = cat.code(i);
                if (code >= 0 && !seen[code]) {
                    seen[code] = true;
                    count++;
                }
            }
            return count;
        }
        double a = Double.NaN;
        double b = Double.NaN;
        for (int i = 0; i < c.size(); i++) {
            double v = FeatureSpace.number(table, c, i);
            if (Double.isNaN(v)) {
                continue;
            }
            if (Double.isNaN(a)) {
                a = v;
            } else if (v != a && Double.isNaN(b)) {
                b = v;
            } else if (v != a && v != b) {
                return 3;
            }
        }
        return Double.isNaN(a) ? 0 : Double.isNaN(b) ? 1 : 2;
    }

    private static String firstValue(Column c) {
        for (int i = 0; i < c.size(); i++) {
            if (!c.isMissing(i)) {
                return c.text(i);
            }
        }
        return "missing";
    }
}
