package dev.clientele.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clientele.data.Column;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Shared test helpers: the bundled CDNOW file, and checking a feature table against the naive reference. */
final class Fixtures {
    static final List<String> COLUMNS = List.of("recency_days", "frequency", "monetary_total", "monetary_mean",
            "tenure_days", "interpurchase_mean_days", "interpurchase_std_days", "spend_last_90d", "spend_prev_90d",
            "spend_trend", "active_months", "quantity_total", "quantity_mean", "churned");

    private Fixtures() {
    }

    /** examples/cdnow_master.txt, found from the module or the repository root. */
    static Path cdnow() {
        for (String p : List.of("../examples/cdnow_master.txt", "examples/cdnow_master.txt")) {
            if (Files.exists(Path.of(p))) {
                return Path.of(p);
            }
        }
        throw new IllegalStateException("examples/cdnow_master.txt not found from " + Path.of("").toAbsolutePath());
    }

    /** The value of a feature cell, NaN when missing. */
    static double value(Table t, String column, int row) {
        Column c = t.column(column);
        return c.isMissing(row) ? Double.NaN : ((NumericColumn) c).get(row);
    }

    /**
     * Asserts that {@code table} holds exactly the customers of {@code expected}, with every present feature
     * equal to 1e-9 (relative to the magnitude for sums) and missing exactly where the reference is NaN.
     */
    static void assertMatches(Table table, String customerColumn, Map<String, NaiveFeatures.Expected> expected) {
        assertThat(table.rowCount()).isEqualTo(expected.size());
        Column ids = table.column(customerColumn);
        for (int i = 0; i < table.rowCount(); i++) {
            String id = ids.text(i);
            NaiveFeatures.Expected e = expected.get(id);
            assertThat(e).as("customer %s", id).isNotNull();
            double[] want = e.values();
            for (int j = 0; j < COLUMNS.size(); j++) {
                String col = COLUMNS.get(j);
                if (!table.has(col)) {
                    continue;
                }
                double got = value(table, col, i);
                if (Double.isNaN(want[j])) {
                    assertThat(got).as("customer %s %s", id, col).isNaN();
                } else {
                    assertThat(got).as("customer %s %s", id, col)
                            .isCloseTo(want[j], within(1e-9 * Math.max(1, Math.abs(want[j]))));
                }
            }
        }
    }
}
