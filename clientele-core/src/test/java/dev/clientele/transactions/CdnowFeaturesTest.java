package dev.clientele.transactions;

import static dev.clientele.transactions.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clientele.data.DataSource;
import dev.clientele.data.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Features of real CDNOW customers: hand-computed values for a few of them (raw lines of
 * examples/cdnow_master.txt quoted below), and the naive reference for all 23,570.
 */
@Tag("slow")
class CdnowFeaturesTest {
    private static final LocalDate CUTOFF = LocalDate.of(1997, 9, 30);
    private static Table features;
    private static FeatureSet set;

    @BeforeAll
    static void compute() {
        set = TransactionFeatures.compute(DataSource.of(Fixtures.cdnow()), options(CUTOFF, 270));
        features = set.table();
    }

    private static TransactionOptions options(LocalDate cutoff, int horizon) {
        return TransactionOptions.of("customer_id", "date", "dollar_value", cutoff).withQuantity("number_of_cds")
                .withHorizonDays(horizon);
    }

    private static int row(Table t, String id) {
        for (int i = 0; i < t.rowCount(); i++) {
            if (t.column("customer_id").text(i).equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no customer " + id);
    }

    private static void assertRow(Table t, String id, double... expected) {
        int i = row(t, id);
        for (int j = 0; j < expected.length; j++) {
            String col = Fixtures.COLUMNS.get(j);
            if (Double.isNaN(expected[j])) {
                assertThat(value(t, col, i)).as("%s %s", id, col).isNaN();
            } else {
                assertThat(value(t, col, i)).as("%s %s", id, col).isCloseTo(expected[j], within(1e-9));
            }
        }
    }

    @Test
    void the_log_and_the_snapshot_are_summarised() {
        assertThat(set.log().rows()).isEqualTo(69_659);
        assertThat(set.log().customers()).isEqualTo(23_570);
        assertThat(set.log().first()).isEqualTo(LocalDate.of(1997, 1, 1));
        assertThat(set.log().last()).isEqualTo(LocalDate.of(1998, 6, 30));
        assertThat(features.columnNames()).startsWith("customer_id", "recency_days", "frequency", "monetary_total",
                "monetary_mean", "tenure_days").endsWith("churned");
        assertThat(features.column("customer_id").text(0)).isEqualTo("00001");
        Snapshot s = set.snapshots().get(0);
        assertThat(s.labelled()).isTrue();
        assertThat(s.labelEnd()).isEqualTo(LocalDate.of(1998, 6, 27));
        assertThat(s.customers()).isEqualTo(23_570);
        assertThat(s.excluded()).isZero();
    }

    /*
     * Customer 00002, lines 3-4:  "00002 19970112  1   12.00" and "00002 19970112  5   77.00"; nothing later.
     * One purchase day, 1997-01-12. recency = tenure = days from 01-12 to 09-30 = 19 (rest of Jan) + 28 + 31
     * + 30 + 31 + 30 + 31 + 31 + 30 = 261. frequency = 1 - 1 = 0. monetary 12 + 77 = 89, per day 89.
     * No gaps -> missing. Both spend windows empty -> 0, trend 0. 1 active month. quantity 1 + 5 = 6.
     * No purchase after the cutoff -> churned 1.
     */
    @Test
    void two_rows_on_one_day_are_one_purchase_day() {
        assertRow(features, "00002", 261, 0, 89, 89, 261, Double.NaN, Double.NaN, 0, 0, 0, 1, 6, 6, 1);
    }

    /*
     * Customer 00003, lines 5-10: 19970102 20.76 (2 CDs), 19970330 20.76 (2), 19970402 19.54 (2), then
     * 19971115, 19971125, 19980528 (after the cutoff).
     * recency: 04-02 -> 09-30 = 28 + 31 + 30 + 31 + 31 + 30 = 181. frequency 3 - 1 = 2.
     * monetary 20.76 + 20.76 + 19.54 = 61.06, per day 61.06 / 3. tenure 01-02 -> 09-30 = 271.
     * gaps: 01-02 -> 03-30 = 29 + 28 + 30 = 87; 03-30 -> 04-02 = 3; mean 45; sample std sqrt(42^2 + 42^2) = sqrt(3528).
     * spend windows: last = (07-02, 09-30], prev = (04-03, 07-02]: 04-02 falls in neither -> 0, 0, trend 0.
     * months Jan, Mar, Apr = 3. quantity 6, per day 2. Bought 1997-11-15 inside (09-30, 1998-06-27] -> churned 0.
     */
    @Test
    void a_purchase_one_day_before_the_spend_window_is_outside_it() {
        assertRow(features, "00003", 181, 2, 61.06, 61.06 / 3, 271, 45, Math.sqrt(3528), 0, 0, 0, 3, 6, 2, 0);
    }

    /*
     * Customer 00004, lines 11-14: 19970101 29.33 (2), 19970118 29.73 (2), 19970802 14.96 (1), 19971212 26.48.
     * recency 08-02 -> 09-30 = 29 + 30 = 59. frequency 2. monetary 74.02, per day 74.02 / 3. tenure 272.
     * gaps 17 and 01-18 -> 08-02 = 13 + 28 + 31 + 30 + 31 + 30 + 31 + 2 = 196; mean 106.5; std 89.5 * sqrt(2).
     * last window (07-02, 09-30] holds 08-02: 14.96; prev 0; trend (14.96 - 0) / 14.96 = 1.
     * months Jan, Aug = 2. quantity 5, per day 5/3. 1997-12-12 is inside the label window -> 0.
     */
    @Test
    void a_customer_with_recent_spend_has_a_rising_trend() {
        assertRow(features, "00004", 59, 2, 74.02, 74.02 / 3, 272, 106.5, 89.5 * Math.sqrt(2), 14.96, 0, 1, 2, 5,
                5.0 / 3, 0);
    }

    /*
     * Customer 00005, lines 15-25; on or before the cutoff: 0101 29.33 (2), 0114 13.97 (1), 0204 38.90 (3),
     * 0411 45.55 (3), 0531 38.71 (3), 0616 26.14 (2), 0722 28.14 (2), 0915 40.47 (3); later 1208, 1212, 980103.
     * recency 09-15 -> 09-30 = 15; frequency 8 - 1 = 7; monetary 261.21, per day 261.21 / 8; tenure 272.
     * gaps 13, 21, 66 (24 + 31 + 11), 50 (19 + 31), 16, 36 (14 + 22), 55 (9 + 31 + 15): sum 257 = 09-15 - 01-01.
     * last window (07-02, 09-30]: 28.14 + 40.47 = 68.61; prev (04-03, 07-02]: 45.55 + 38.71 + 26.14 = 110.40;
     * trend (68.61 - 110.40) / (68.61 + 110.40). months Jan Feb Apr May Jun Jul Sep = 7. quantity 19, per day 19/8.
     */
    @Test
    void a_regular_buyer_has_every_feature() {
        double[] gaps = {13, 21, 66, 50, 16, 36, 55};
        double mean = 257.0 / 7;
        double ss = 0;
        for (double g : gaps) {
            ss += (g - mean) * (g - mean);
        }
        assertRow(features, "00005", 15, 7, 261.21, 261.21 / 8, 272, mean, Math.sqrt(ss / 6), 68.61, 110.40,
                (68.61 - 110.40) / (68.61 + 110.40), 7, 19, 19.0 / 8, 0);
    }

    /* Customer 00005 again, cutoff on its purchase day 1997-09-15: that day counts, recency 0. */
    @Test
    void a_purchase_on_the_cutoff_day_counts() {
        Table t = TransactionFeatures.compute(DataSource.of(Fixtures.cdnow()), options(LocalDate.of(1997, 9, 15), 90)).table();
        int i = row(t, "00005");
        assertThat(value(t, "recency_days", i)).isZero();
        assertThat(value(t, "frequency", i)).isEqualTo(7);
    }

    /*
     * Customer 00004 as of its purchase 1997-08-02; its next purchase is 1997-12-12, 132 days later
     * (29 + 30 + 31 + 30 + 12). The label window (cutoff, cutoff + horizon] includes its end day.
     */
    @Test
    void the_label_window_includes_its_last_day() {
        LocalDate cutoff = LocalDate.of(1997, 8, 2);
        Table in = TransactionFeatures.compute(DataSource.of(Fixtures.cdnow()), options(cutoff, 132)).table();
        Table out = TransactionFeatures.compute(DataSource.of(Fixtures.cdnow()), options(cutoff, 131)).table();
        assertThat(value(in, "churned", row(in, "00004"))).isZero();
        assertThat(value(out, "churned", row(out, "00004"))).isEqualTo(1);
    }

    @Test
    void every_customer_matches_the_naive_reference() throws Exception {
        Map<String, NaiveFeatures.Expected> expected =
                NaiveFeatures.compute(NaiveFeatures.readCdnow(Fixtures.cdnow()), CUTOFF, 270);
        Fixtures.assertMatches(features, "customer_id", expected);
    }

    @Test
    void customers_first_seen_after_the_cutoff_are_excluded_and_counted() throws Exception {
        LocalDate early = LocalDate.of(1997, 2, 15);
        List<NaiveFeatures.Row> rows = NaiveFeatures.readCdnow(Fixtures.cdnow());
        Map<String, NaiveFeatures.Expected> expected = NaiveFeatures.compute(rows, early, 90);
        FeatureSet s = TransactionFeatures.compute(DataSource.of(Fixtures.cdnow()), options(early, 90));
        Fixtures.assertMatches(s.table(), "customer_id", expected);
        long later = rows.stream().map(NaiveFeatures.Row::customer).distinct().count() - expected.size();
        assertThat(later).isPositive();
        assertThat(s.snapshots().get(0).excluded()).isEqualTo(later);
        assertThat(s.snapshots().get(0).customers() + s.snapshots().get(0).excluded()).isEqualTo(23_570);
    }

    /*
     * Three evenly spaced cutoffs with a 270-day horizon: the latest labelled cutoff is 1998-06-30 - 270 days =
     * 1997-10-03 (28 + 30 + 31 + 31 + 28 + 31 + 30 + 31 + 30 = 270 days later). From 1997-01-01 that is 275 days;
     * k * 275 / 3 rounds to 92, 183, 275 days: 1997-04-03, 1997-07-03, 1997-10-03.
     */
    @Test
    void backtest_snapshots_are_evenly_spaced_and_stacked() throws Exception {
        FeatureSet s = TransactionFeatures.compute(DataSource.of(Fixtures.cdnow()),
                options(CUTOFF, 270).withCutoffCount(3));
        assertThat(s.snapshots()).extracting(Snapshot::cutoff).containsExactly(LocalDate.of(1997, 4, 3),
                LocalDate.of(1997, 7, 3), LocalDate.of(1997, 10, 3));
        assertThat(s.snapshots()).allMatch(Snapshot::labelled);
        Table t = s.table();
        assertThat(t.columnNames()).startsWith("snapshot", "customer_id");
        assertThat(t.rowCount()).isEqualTo(3 * 23_570);
        assertThat(t.column("snapshot").text(0)).isEqualTo("1997-04-03");
        assertThat(t.column("snapshot").text(t.rowCount() - 1)).isEqualTo("1997-10-03");
        Table middle = t.rows(java.util.stream.IntStream.range(23_570, 2 * 23_570).toArray()).drop(List.of("snapshot"));
        Fixtures.assertMatches(middle, "customer_id",
                NaiveFeatures.compute(NaiveFeatures.readCdnow(Fixtures.cdnow()), LocalDate.of(1997, 7, 3), 270));
    }

    @Test
    void a_snapshot_whose_horizon_passes_the_end_of_the_log_is_unlabelled() {
        FeatureSet s = TransactionFeatures.compute(DataSource.of(Fixtures.cdnow()),
                options(CUTOFF, 270).withCutoffs(List.of(LocalDate.of(1997, 6, 30), LocalDate.of(1998, 6, 30))));
        assertThat(s.snapshots()).extracting(Snapshot::labelled).containsExactly(true, false);
        Table t = s.table();
        assertThat(t.column("churned").missingCount()).isEqualTo(23_570);
        assertThat(t.column("churned").isMissing(0)).isFalse();
        assertThat(s.describe()).contains("unlabelled: the log ends 1998-06-30, before the horizon ends (1999-03-27)");

        FeatureSet only = TransactionFeatures.compute(DataSource.of(Fixtures.cdnow()),
                options(LocalDate.of(1998, 6, 30), 90));
        assertThat(only.labelled()).isFalse();
        assertThat(only.table().has("churned")).isFalse();
    }
}
