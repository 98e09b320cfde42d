package dev.clientele.segment;

import dev.clientele.eval.AdjustedRandIndex;
import java.util.SplittableRandom;

/**
 * Stability of a K-Means segmentation under resampling (in the spirit of Lange et al. 2004 and Hennig
 * 2007): K-Means is re-fitted on seeded bootstrap samples (rows drawn with replacement), every point is
 * put into the nearest centroid of each re-fit, and the adjusted Rand index against the full fit's labels
 * is averaged. A mean of 0.8 or more reads as stable; splitting a true cluster in two, or a k that does
 * not match the data, shows as a lower and more variable index.
 */
public final class Stability {
    /** Mean adjusted Rand index from which a segmentation counts as stable. */
    public static final double STABLE = 0.8;

    private Stability() {
    }

    /**
     * The outcome of a stability check.
     *
     * @param meanAri mean adjusted Rand index over the bootstrap re-fits
     * @param ari     the index of each re-fit
     */
    public record Result(double meanAri, double[] ari) {
        /** Whether the mean index reaches {@link #STABLE}. */
        public boolean stable() {
            return meanAri >= STABLE;
        }
    }

    /**
     * @param x          row-major points
     * @param reference  labels of the full fit (e.g. {@link KMeansResult#labels()})
     * @param options    K-Means options of the re-fits (their seed is replaced per bootstrap)
     * @param bootstraps number of re-fits, >= 1
     * @param sampleSize rows drawn with replacement per re-fit, from k to n (n is the classic bootstrap;
     *                   smaller keeps the check cheap on large tables)
     * @param seed       seed of the samples and re-fits
     * @throws IllegalArgumentException when bootstraps or sampleSize is out of range
     */
    public static Result of(double[] x, int n, int d, int[] reference, KMeansOptions options, int bootstraps,
                            int sampleSize, long seed) {
        KMeans.checkShape(x, n, d);
        if (reference.length != n) {
            throw new IllegalArgumentException("reference labels length " + reference.length + " != n = " + n);
        }
        if (bootstraps < 1) {
            throw new IllegalArgumentException("bootstraps must be >= 1, got " + bootstraps);
        }
        if (sampleSize < options.k() || sampleSize > n) {
            throw new IllegalArgumentException("sample size must be from k = " + options.k() + " to n = " + n
                + ", got " + sampleSize);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] ari = new double[bootstraps];
        double total = 0;
        double[] sample = new double[sampleSize * d];
        for (int b = 0; b < bootstraps; b++) {
            for (int i = 0; i < sampleSize; i++) {
                System.arraycopy(x, rnd.nextInt(n) * d, sample, i * d, d);
            }
            KMeansOptions o = new KMeansOptions(options.k(), options.nInit(), options.maxIterations(),
                options.tolerance(), rnd.nextLong(), options.threads());
            KMeansResult refit = KMeans.fit(sample, sampleSize, d, o);
            ari[b] = AdjustedRandIndex.of(reference, refit.predict(x, n));
            total += ari[b];
        }
        return new Result(total / bootstraps, ari);
    }
}
