package dev.clientele.segment;

/**
 * Options of a K-Means fit, validated once here.
 *
 * @param k             number of clusters, >= 2
 * @param nInit         independent restarts (k-means++ seeding + Lloyd); the lowest inertia wins; >= 1
 * @param maxIterations Lloyd iterations per restart, >= 1
 * @param tolerance     stop when the total squared centroid shift, relative to the mean per-feature
 *                      variance of the data, falls to this or below (scikit-learn's convention); >= 0
 * @param seed          random seed; the same seed gives the same result whatever {@code threads} is
 * @param threads       worker threads, >= 1
 */
public record KMeansOptions(int k, int nInit, int maxIterations, double tolerance, long seed, int threads) {

    public KMeansOptions {
        if (k < 2) {
            throw new IllegalArgumentException("k must be >= 2, got " + k);
        }
        if (nInit < 1) {
            throw new IllegalArgumentException("n-init must be >= 1, got " + nInit);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("max-iterations must be >= 1, got " + maxIterations);
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** k clusters, 10 restarts, 300 iterations, tolerance 1e-4, all available processors. */
    public static KMeansOptions of(int k, long seed) {
        return new KMeansOptions(k, 10, 300, 1e-4, seed, Runtime.getRuntime().availableProcessors());
    }

    public KMeansOptions withNInit(int n) {
        return new KMeansOptions(k, n, maxIterations, tolerance, seed, threads);
    }

    public KMeansOptions withThreads(int t) {
        return new KMeansOptions(k, nInit, maxIterations, tolerance, seed, t);
    }

    public KMeansOptions withK(int newK) {
        return new KMeansOptions(newK, nInit, maxIterations, tolerance, seed, threads);
    }
}
