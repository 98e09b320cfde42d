package dev.clientele.features;

import java.util.regex.Pattern;

/**
 * A feature declared by the user as a DuckDB SQL expression over the input columns, e.g.
 * {@code avg_spend = total_spend / greatest(months, 1)}. Stored in the model and re-applied at scoring.
 *
 * @param name column name of the result: a letter or underscore, then letters, digits or underscores
 * @param sql  the expression (anything valid in a DuckDB SELECT list)
 */
public record DerivedFeature(String name, String sql) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public DerivedFeature {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("derived feature name must be a letter or underscore followed by letters, "
                    + "digits or underscores, got '" + name + "'");
        }
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("derived feature '" + name + "' has an empty expression");
        }
        sql = sql.strip();
    }

    /** Parses {@code "name = expression"} (the first '=' separates the name from the expression). */
    public static DerivedFeature parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("--feature must look like 'name = SQL expression', got '" + spec + "'");
        }
        return new DerivedFeature(spec.substring(0, eq).strip(), spec.substring(eq + 1));
    }

    @Override
    public String toString() {
        return name + " = " + sql;
    }
}
