package dev.clientele.churn;

/**
 * A design matrix in compressed sparse row form, zeros dropped: one-hot blocks make most entries zero, so
 * the Newton steps of {@link LogisticRegression} cost {@code O(n k^2)} with {@code k} the non-zeros per row
 * instead of {@code O(n p^2)}.
 *
 * @param n      rows
 * @param p      columns
 * @param start  row r's entries are {@code [start[r], start[r + 1])}
 * @param column column of each entry, ascending within a row
 * @param value  value of each entry
 */
record SparseRows(int n, int p, int[] start, int[] column, double[] value) {

    /** Converts a row-major dense matrix. */
    static SparseRows of(double[] x, int n, int p) {
        int nnz = 0;
        for (double v : x) {
            nnz += v != 0 ? 1 : 0;
        }
        int[] start = new int[n + 1];
        int[] column = new int[nnz];
        double[] value = new double[nnz];
        int k = 0;
        for (int i = 0; i < n; i++) {
            start[i] = k;
            for (int j = 0; j < p; j++) {
                double v = x[i * p + j];
                if (v != 0) {
                    column[k] = j;
                    value[k++] = v;
                }
            }
        }
        start[n] = k;
        return new SparseRows(n, p, start, column, value);
    }

    /** {@code beta[0] + sum_j x_ij beta[j + 1]}. */
    double eta(int i, double[] beta) {
        double s = beta[0];
        for (int k = start[i]; k < start[i + 1]; k++) {
            s += value[k] * beta[column[k] + 1];
        }
        return s;
    }
}
