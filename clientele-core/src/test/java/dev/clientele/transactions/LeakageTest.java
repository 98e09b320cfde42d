package dev.clientele.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientele.data.Table;
import dev.clientele.testing.Seeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Nothing after the cutoff may reach the features: random edits of the transactions after the cutoff
 * (changed amounts and quantities, moved dates, deleted rows, new rows for known and unknown customers)
 * leave every feature of every customer unchanged; only {@code churned} may move.
 */
class LeakageTest {
    private static final LocalDate CUTOFF = LocalDate.of(2024, 3, 31);
    private static final LocalDate END = LocalDate.of(2024, 12, 31);
    private static final int HORIZON = 90;

    private static List<NaiveFeatures.Row> generated(long seed) {
        return Logs.rows(new TransactionGenerator(GeneratorOptions.defaults(200, seed)).toTable());
    }

    /** Edits rows dated after the cutoff at random; rows on or before it are kept as they are. */
    private static List<NaiveFeatures.Row> editAfterCutoff(List<NaiveFeatures.Row> rows, Random rng) {
        List<NaiveFeatures.Row> out = new ArrayList<>();
        int span = (int) (END.toEpochDay() - CUTOFF.toEpochDay());
        for (NaiveFeatures.Row r : rows) {
            if (!r.date().isAfter(CUTOFF)) {
                out.add(r);
                continue;
            }
            switch (rng.nextInt(5)) {
                case 0 -> { } // deleted
                case 1 -> out.add(new NaiveFeatures.Row(r.customer(), r.date(), 1 + rng.nextInt(500), rng.nextInt(9)));
                case 2 -> out.add(new NaiveFeatures.Row(r.customer(), CUTOFF.plusDays(1 + rng.nextInt(span)), r.amount(),
                        r.quantity()));
                case 3 -> {
                    out.add(r);
                    out.add(new NaiveFeatures.Row(r.customer(), CUTOFF.plusDays(1 + rng.nextInt(span)), 5, 1));
                }
                default -> out.add(r);
            }
        }
        for (int k = 0; k < 20; k++) {
            String who = rng.nextBoolean() ? rows.get(rng.nextInt(rows.size())).customer() : "new-" + k;
            out.add(rng.nextInt(out.size() + 1), new NaiveFeatures.Row(who, CUTOFF.plusDays(1 + rng.nextInt(span)),
                    rng.nextInt(300), 1));
        }
        return out;
    }

    private static Table features(List<NaiveFeatures.Row> rows) {
        return TransactionFeatures.compute(Logs.table(rows), Logs.options(CUTOFF, HORIZON)).table();
    }

    @Seeds.Cases(12)
    void edits_after_the_cutoff_change_no_feature(long seed) {
        List<NaiveFeatures.Row> rows = generated(seed);
        Table before = features(rows);
        Table after = features(editAfterCutoff(rows, new Random(seed)));
        assertThat(after.rowCount()).isEqualTo(before.rowCount());
        for (String col : before.columnNames()) {
            if (col.equals("churned")) {
                continue;
            }
            for (int i = 0; i < before.rowCount(); i++) {
                assertThat(after.column(col).text(i)).as("%s of %s", col, before.column("customer").text(i))
                        .isEqualTo(before.column(col).text(i));
            }
        }
    }

    /* The same comparison can fail: one extra purchase a day before the cutoff changes the features. */
    @Test
    void an_edit_on_or_before_the_cutoff_does_change_features() {
        List<NaiveFeatures.Row> rows = generated(5);
        List<NaiveFeatures.Row> edited = new ArrayList<>(rows);
        String who = rows.get(0).customer();
        edited.add(new NaiveFeatures.Row(who, CUTOFF, 10, 1));
        Table before = features(rows);
        Table after = features(edited);
        assertThat(after.column("recency_days").text(0)).isEqualTo("0");
        assertThat(before.column("recency_days").text(0)).isNotEqualTo("0");
    }

    /* Only the label looks ahead: removing a customer's purchases in the horizon turns it into a churner. */
    @Test
    void edits_after_the_cutoff_move_only_the_label() {
        List<NaiveFeatures.Row> rows = generated(11);
        Table before = features(rows);
        int stayer = -1;
        for (int i = 0; i < before.rowCount() && stayer < 0; i++) {
            if (before.column("churned").text(i).equals("0")) {
                stayer = i;
            }
        }
        String who = before.column("customer").text(stayer);
        List<NaiveFeatures.Row> edited = rows.stream()
                .filter(r -> !(r.customer().equals(who) && r.date().isAfter(CUTOFF))).toList();
        Table after = features(edited);
        assertThat(after.column("churned").text(stayer)).isEqualTo("1");
        assertThat(after.column("monetary_total").text(stayer)).isEqualTo(before.column("monetary_total").text(stayer));
    }

    /* The generated logs through the Table path agree with the naive reference too. */
    @Test
    void generated_logs_match_the_naive_reference() {
        List<NaiveFeatures.Row> rows = generated(3);
        Fixtures.assertMatches(features(rows), "customer", NaiveFeatures.compute(rows, CUTOFF, HORIZON));
    }
}
