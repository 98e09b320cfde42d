package dev.clientele.features;

import java.util.regex.Pattern;

/**
 * A feature declared by the user as a DuckDB SQL expression over the input columns, e.g.
 * {@code avg_spend = total_spend / greatest(months, 1)}. Stored in the model and re-applied at scoring.
 *
 * <p>Invariant: the expression reads only the row's own columns. Window functions ({@code OVER (...)}) and
 * subqueries ({@code SELECT}) are refused: a value computed across rows would mix the cross-validation folds
 * and the test split, and would change with the batch being scored. The check looks at the text outside
 * string literals and quoted names.
 *
 * @param name column name of the result: a letter or underscore, then letters, digits or underscores
 * @param sql  the expression (anything valid in a DuckDB SELECT list that reads one row)
 */
public record DerivedFeature(String name, String sql) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern WINDOW = Pattern.compile("(?i)\\bover\\s*\\(");
    private static final Pattern SUBQUERY = Pattern.compile("(?i)\\bselect\\b");
    /** String literals ('it''s') and quoted names ("a b"), with doubled quotes inside. */
    private static final Pattern QUOTED = Pattern.compile("'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"");

    public DerivedFeature {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("derived feature name must be a letter or underscore followed by letters, "
                    + "digits or underscores, got '" + name + "'");
        }
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("derived feature '" + name + "' has an empty expression");
        }
        sql = sql.strip();
        String code = QUOTED.matcher(sql).replaceAll(" ");
        String across = WINDOW.matcher(code).find() ? "a window function (OVER (...))"
                : SUBQUERY.matcher(code).find() ? "a subquery (SELECT ...)" : null;
        if (across != null) {
            throw new IllegalArgumentException("derived feature '" + name + "' uses " + across + "; a derived feature "
                    + "must use only the row's own columns (values taken across rows leak between the cross-validation "
                    + "folds and change with the rows scored); rewrite '" + sql + "' or add the column to the data");
        }
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
