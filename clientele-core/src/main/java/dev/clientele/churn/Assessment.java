package dev.clientele.churn;

import dev.clientele.data.Column;
import dev.clientele.data.DataException;
import dev.clientele.data.Names;
import dev.clientele.data.Table;
import dev.clientele.eval.BinaryReport;
import java.util.Map;

/**
 * A trained model measured on new labelled data ({@code clientele churn evaluate}), at the model's own
 * threshold.
 *
 * @param report        every metric
 * @param missingTarget rows without a target value (not scored)
 * @param unusable      per input column, cells treated as missing (see {@link Scores#unusable()})
 */
public record Assessment(BinaryReport report, int missingTarget, Map<String, Integer> unusable) {

    /**
     * Scores the labelled rows of a table and compares them with their labels.
     *
     * @throws DataException when the target column is absent, holds a label the model does not know, or
     *                       holds one class only
     */
    public static Assessment of(ChurnModel model, Table table) {
        ChurnLabels labels = model.labels();
        if (!table.has(labels.column())) {
            throw new DataException(table.source(), 0, null, "no target column '" + labels.column()
                    + "' to evaluate against; " + Names.suggestion(labels.column(), table.columnNames()));
        }
        Column c = table.column(labels.column());
        int n = table.rowCount();
        int missing = 0;
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            String t = c.text(i);
            if (t == null) {
                y[i] = -1;
                missing++;
            } else if (t.equals(labels.positive())) {
                y[i] = 1;
            } else if (t.equals(labels.negative())) {
                y[i] = 0;
            } else {
                throw new DataException(table.source(), 0, labels.column(), "row " + (i + 1) + " holds '" + t
                        + "', but the model knows only '" + labels.positive() + "' and '" + labels.negative() + "'");
            }
        }
        int[] rows = new int[n - missing];
        int[] yl = new int[rows.length];
        int k = 0;
        int pos = 0;
        for (int i = 0; i < n; i++) {
            if (y[i] >= 0) {
                rows[k] = i;
                yl[k++] = y[i];
                pos += y[i];
            }
        }
        if (pos == 0 || pos == rows.length) {
            throw new DataException(table.source(), 0, labels.column(), "all " + rows.length + " labelled rows are '"
                    + (pos == 0 ? labels.negative() : labels.positive()) + "'; evaluation needs both classes");
        }
        Scores s = model.score(table.rows(rows), 0);
        return new Assessment(BinaryReport.of(yl, s.probability(), model.threshold()), missing, s.unusable());
    }
}
