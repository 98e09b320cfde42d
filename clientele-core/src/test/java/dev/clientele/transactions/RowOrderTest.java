package dev.clientele.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientele.data.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Features do not depend on the order of the log's rows, to the last bit: sums are exact (DECIMAL), so
 * DuckDB's parallel aggregation cannot change them from run to run or with the order of the input.
 */
class RowOrderTest {
    private static final LocalDate CUTOFF = LocalDate.of(2024, 3, 31);

    @Test
    void shuffling_the_log_changes_no_feature_bit() {
        List<NaiveFeatures.Row> rows = Logs.rows(new TransactionGenerator(GeneratorOptions.defaults(5_000, 17)).toTable());
        List<NaiveFeatures.Row> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(17));
        Table a = TransactionFeatures.compute(Logs.table(rows), Logs.options(CUTOFF, 90)).table();
        Table b = TransactionFeatures.compute(Logs.table(shuffled), Logs.options(CUTOFF, 90)).table();
        assertThat(a.rowCount()).isGreaterThan(1_000).isEqualTo(b.rowCount());
        for (String col : a.columnNames()) {
            for (int i = 0; i < a.rowCount(); i++) {
                assertThat(b.column(col).text(i)).as("%s of row %d", col, i).isEqualTo(a.column(col).text(i));
            }
        }
    }
}
