package dev.clientele.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientele.data.BooleanColumn;
import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoFeatureTest {

    static Table table() {
        return Table.of("t",
                CategoricalColumn.of("tv", "Yes", "No", "No internet", "Yes"),
                NumericColumn.of("paperless", 1, 0, 1, Double.NaN),
                BooleanColumn.of("promo", true, null, false, true),
                CategoricalColumn.of("city", "a", "b", "c", "d"),
                NumericColumn.of("spend", 3.5, Double.NaN, 2, 1));
    }

    @Test
    void proposes_a_yes_count_over_yes_no_like_columns_and_a_missing_count() {
        List<AutoFeature> c = AutoFeature.candidates(table(), List.of("tv", "paperless", "promo", "city", "spend"));
        assertThat(c).containsExactly(
                new AutoFeature("auto_yes_count", AutoFeature.YES_COUNT, List.of("tv", "paperless", "promo")),
                new AutoFeature("auto_missing_count", AutoFeature.MISSING_COUNT, List.of("paperless", "promo", "spend")));
    }

    @Test
    void counts_yes_like_cells_per_row() {
        AutoFeature f = new AutoFeature("n", AutoFeature.YES_COUNT, List.of("tv", "paperless", "promo"));
        // row 1: Yes, 1, true; row 2: No, 0, missing; row 3: "No internet", 1, false; row 4: Yes, missing, true
        assertThat(f.compute(table()).toArray()).containsExactly(3, 0, 1, 2);
    }

    @Test
    void counts_missing_cells_per_row() {
        AutoFeature f = new AutoFeature("m", AutoFeature.MISSING_COUNT, List.of("paperless", "promo", "spend"));
        assertThat(f.compute(table()).toArray()).containsExactly(0, 2, 0, 1);
    }

    @Test
    void proposes_nothing_without_enough_flag_or_gap_columns() {
        assertThat(AutoFeature.candidates(table(), List.of("city", "spend"))).isEmpty();
    }
}
