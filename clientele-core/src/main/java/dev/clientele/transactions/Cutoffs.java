package dev.clientele.transactions;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks explicit cutoffs against the log, or places evenly spaced ones.
 *
 * <p>Evenly spaced: with the log running from {@code first} to {@code last} and a horizon {@code h}, the
 * latest cutoff whose whole label window lies inside the log is {@code latest = last - h}; the {@code n}
 * cutoffs are {@code first + round(k (latest - first) / n)} for {@code k = 1..n}, so the last one is
 * {@code latest} and each has some history before it. Example: CDNOW (1997-01-01 to 1998-06-30), h = 270
 * days, n = 3 gives 1997-04-03, 1997-07-03 and 1997-10-03.
 */
final class Cutoffs {
    private Cutoffs() {
    }

    static List<LocalDate> resolve(TransactionOptions options, LogSummary log) {
        if (options.cutoffCount() == 0) {
            for (LocalDate c : options.cutoffs()) {
                check(c, log, options.horizonDays());
            }
            return options.cutoffs();
        }
        int n = options.cutoffCount();
        LocalDate latest = log.last().minusDays(options.horizonDays());
        long span = ChronoUnit.DAYS.between(log.first(), latest);
        if (span < 0 || (n > 1 && span < n)) {
            throw new IllegalArgumentException(String.format("cannot place %d labelled cutoff%s: %s runs from %s to %s, "
                    + "%d days, and each needs a %d-day horizon after it; use fewer cutoffs or a shorter horizon",
                    n, n == 1 ? "" : "s", log.source(), log.first(), log.last(),
                    ChronoUnit.DAYS.between(log.first(), log.last()), options.horizonDays()));
        }
        List<LocalDate> out = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            out.add(log.first().plusDays(Math.round((double) span * k / n)));
        }
        return out;
    }

    private static void check(LocalDate c, LogSummary log, int horizon) {
        if (c.isBefore(log.first())) {
            throw new IllegalArgumentException("cutoff " + c + " is before the first transaction in " + log.source()
                    + " (" + log.first() + "): no customer has a history yet; choose a cutoff from " + log.first()
                    + " to " + log.last());
        }
        if (c.isAfter(log.last())) {
            throw new IllegalArgumentException("cutoff " + c + " is after the last transaction in " + log.source()
                    + " (" + log.last() + "); use " + log.last() + " to describe customers as of the end of the log, or "
                    + log.last().minusDays(horizon) + " or earlier for churn labels over " + horizon + " days");
        }
    }
}
