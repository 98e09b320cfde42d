package dev.clientele.churn;

import java.util.Locale;

/**
 * Why a customer got their score: an input column, its value for the customer, and how much it moved the
 * churn log-odds away from the average customer's (positive = towards churn).
 *
 * @param column       input column
 * @param value        the customer's value as text, {@code (missing)} when missing
 * @param contribution change in calibrated log-odds
 */
public record Reason(String column, String value, double contribution) {

    /** {@code contract=Month-to-month (+0.21)}. */
    @Override
    public String toString() {
        return column + "=" + value + String.format(Locale.ROOT, " (%+.2f)", contribution);
    }
}
