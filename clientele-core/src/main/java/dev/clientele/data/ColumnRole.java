package dev.clientele.data;

/** What a column is for in modelling, as inferred from its values (never from its name). */
public enum ColumnRole {
    /** Unique per row (strings or integers): identifies a customer, never a feature. */
    ID("id"),
    /** Two-valued text column such as "Yes"/"No": a likely target. */
    LIKELY_TARGET("likely-target"),
    /** An ordinary input. */
    FEATURE("feature"),
    /** Dates and times: used for windows and cut-offs, not directly as features. */
    TIME("time"),
    /** A single value in every non-missing row: carries no information. */
    CONSTANT("constant"),
    /** Missing in every row. */
    EMPTY("empty");

    private final String label;

    ColumnRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
