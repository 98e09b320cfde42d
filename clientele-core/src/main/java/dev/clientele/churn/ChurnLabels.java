package dev.clientele.churn;

/**
 * The churn target as the user wrote it: the column and its two labels, so outputs show {@code Yes}/{@code No}
 * (or {@code Churned}/{@code Stayed}, {@code 1}/{@code 0}) rather than booleans.
 *
 * @param column   target column name
 * @param positive the label meaning "churned"
 * @param negative the other label
 */
public record ChurnLabels(String column, String positive, String negative) {
}
