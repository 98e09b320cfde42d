package dev.clientele.transactions;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One feature snapshot: the customers described as of {@code cutoff} and, when the log covers the whole
 * horizon, how many of them churned.
 *
 * @param cutoff    the last day whose transactions feed the features
 * @param customers customers with a purchase on or before the cutoff (the rows of the snapshot)
 * @param excluded  customers of the log without a purchase on or before the cutoff (first seen later)
 * @param labelEnd  last day of the label window, {@code cutoff + horizon}
 * @param labelled  whether the log reaches {@code labelEnd}, so that {@code churned} is known
 * @param churned   customers without a purchase in (cutoff, labelEnd]; 0 when not labelled
 */
public record Snapshot(LocalDate cutoff, long customers, long excluded, LocalDate labelEnd, boolean labelled,
                       long churned) {

    /** Share of the snapshot's customers that churned; NaN when not labelled. */
    public double churnRate() {
        return labelled && customers > 0 ? (double) churned / customers : Double.NaN;
    }

    /** One line for humans. */
    public String describe(LocalDate logEnd) {
        String head = String.format(Locale.ROOT, "as of %s: %,d customers (%,d excluded: no purchase on or before the cutoff)",
                cutoff, customers, excluded);
        if (!labelled) {
            return head + "; unlabelled: the log ends " + logEnd + ", before the horizon ends (" + labelEnd + ")";
        }
        return head + String.format(Locale.ROOT, "; churned (no purchase to %s): %,d (%.1f%%)", labelEnd, churned,
                100 * churnRate());
    }
}
