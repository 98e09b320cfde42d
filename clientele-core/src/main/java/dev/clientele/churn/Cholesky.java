package dev.clientele.churn;

/**
 * Solves {@code A x = b} for a symmetric positive (semi-)definite {@code A} by Cholesky factorisation
 * {@code A = L L'}. A tiny ridge is added to non-positive pivots (an unpenalised direction with no data,
 * such as an intercept when every weight is zero) so the solve never fails.
 */
final class Cholesky {
    private Cholesky() {
    }

    /** @param a row-major {@code q x q}, not modified; @return x */
    static double[] solve(double[] a, double[] b, int q) {
        double[] l = new double[q * q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * q + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * q + k] * l[j * q + k];
                }
                if (i == j) {
                    l[i * q + i] = Math.sqrt(s > 1e-12 ? s : 1e-12);
                } else {
                    l[i * q + j] = s / l[j * q + j];
                }
            }
        }
        double[] z = new double[q];
        for (int i = 0; i < q; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * q + k] * z[k];
            }
            z[i] = s / l[i * q + i];
        }
        double[] x = new double[q];
        for (int i = q - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < q; k++) {
                s -= l[k * q + i] * x[k];
            }
            x[i] = s / l[i * q + i];
        }
        return x;
    }
}
