package dev.clientele.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionOptionsTest {
    private static final LocalDate D = LocalDate.of(2024, 1, 1);

    @Test
    void horizons_are_read_in_days_or_weeks() {
        assertThat(TransactionOptions.parseHorizon("90d")).isEqualTo(90);
        assertThat(TransactionOptions.parseHorizon(" 270 ")).isEqualTo(270);
        assertThat(TransactionOptions.parseHorizon("12w")).isEqualTo(84);
        assertThat(TransactionOptions.parseHorizon("1D")).isEqualTo(1);
    }

    @Test
    void bad_horizons_say_how_to_write_one() {
        assertThatThrownBy(() -> TransactionOptions.parseHorizon("3m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot read horizon '3m'; write days as 90d (or 90) or weeks as 12w");
        assertThatThrownBy(() -> TransactionOptions.parseHorizon("0d"))
                .hasMessage("horizon must be between 1 day and 100000 days, got '0d'");
    }

    @Test
    void cutoffs_are_iso_dates() {
        assertThat(TransactionOptions.parseCutoff("1997-09-30")).isEqualTo(LocalDate.of(1997, 9, 30));
        assertThatThrownBy(() -> TransactionOptions.parseCutoff("30/09/1997"))
                .hasMessage("cannot read cutoff date '30/09/1997'; write it as yyyy-MM-dd, e.g. 1997-09-30");
    }

    @Test
    void explicit_cutoffs_are_sorted_and_deduplicated() {
        TransactionOptions o = TransactionOptions.of("c", "d", "a", D)
                .withCutoffs(List.of(D.plusDays(9), D, D.plusDays(9)));
        assertThat(o.cutoffs()).containsExactly(D, D.plusDays(9));
    }

    @Test
    void options_are_validated_once() {
        assertThatThrownBy(() -> TransactionOptions.of(" ", "d", "a", D))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the customer column is required");
        assertThatThrownBy(() -> TransactionOptions.of("c", "d", "a", D).withCutoffs(List.of()))
                .hasMessage("give either explicit cutoff dates or a number of cutoffs, not neither");
        assertThatThrownBy(() -> new TransactionOptions("c", "d", "a", null, null, List.of(D), 2, 90, false))
                .hasMessage("give either explicit cutoff dates or a number of cutoffs, not both");
        assertThatThrownBy(() -> TransactionOptions.of("c", "d", "a", D).withHorizonDays(0))
                .hasMessage("horizon must be >= 1 day, got 0");
        assertThatThrownBy(() -> TransactionOptions.of("c", "d", "a", D).withDateFormat("yyyy-QQ"))
                .hasMessageContaining("unsupported field 'QQ'");
    }
}
