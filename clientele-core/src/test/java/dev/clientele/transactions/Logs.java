package dev.clientele.transactions;

import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.Column;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import dev.clientele.data.TimestampColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Converts between purchase-log tables (customer, date, quantity, amount) and lists of rows, for tests. */
final class Logs {
    private static final long MICROS_PER_DAY = 86_400_000_000L;

    private Logs() {
    }

    /** The rows of a generated log table. */
    static List<NaiveFeatures.Row> rows(Table log) {
        Column ids = log.column("customer");
        TimestampColumn dates = (TimestampColumn) log.column("date");
        NumericColumn quantity = log.numeric("quantity");
        NumericColumn amount = log.numeric("amount");
        List<NaiveFeatures.Row> out = new ArrayList<>();
        for (int i = 0; i < log.rowCount(); i++) {
            out.add(new NaiveFeatures.Row(ids.text(i), LocalDate.ofEpochDay(dates.micros(i) / MICROS_PER_DAY),
                    amount.get(i), quantity.get(i)));
        }
        return out;
    }

    /** A log table holding these rows, in order. */
    static Table table(List<NaiveFeatures.Row> rows) {
        int n = rows.size();
        String[] ids = new String[n];
        long[] micros = new long[n];
        double[] quantity = new double[n];
        double[] amount = new double[n];
        for (int i = 0; i < n; i++) {
            NaiveFeatures.Row r = rows.get(i);
            ids[i] = r.customer();
            micros[i] = r.date().toEpochDay() * MICROS_PER_DAY;
            quantity[i] = r.quantity();
            amount[i] = r.amount();
        }
        return Table.of("test log", CategoricalColumn.of("customer", ids), new TimestampColumn("date", micros, null),
                NumericColumn.of("quantity", quantity), NumericColumn.of("amount", amount));
    }

    /** Options for a generated log: its column names, one cutoff, the given horizon. */
    static TransactionOptions options(LocalDate cutoff, int horizon) {
        return TransactionOptions.of("customer", "date", "amount", cutoff).withQuantity("quantity").withHorizonDays(horizon);
    }
}
