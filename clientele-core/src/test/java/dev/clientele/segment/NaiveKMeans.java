package dev.clientele.segment;

import java.util.SplittableRandom;

/**
 * K-Means clustering: greedy k-means++ seeding (Arthur &amp; Vassilvitskii 2007, with {@code 2 + ln k}
 * candidates per step as in scikit-learn) followed by Lloyd iterations, best of {@code nInit} restarts.
 *
 * <p>Test reference: the straightforward single-threaded version the fast {@link KMeans} replaced
 * (plain Lloyd, no bounds, one distance at a time).
 */
final class NaiveKMeans {
    private NaiveKMeans() {
    }

    /**
     * Clusters {@code n} points of dimension {@code d}.
     *
     * @throws IllegalArgumentException when {@code k > n} or the array length is not {@code n * d}
     */
    static KMeansResult fit(double[] x, int n, int d, KMeansOptions o) {
        if (x.length != (long) n * d) {
            throw new IllegalArgumentException("data length " + x.length + " != n * d = " + (long) n * d);
        }
        if (o.k() > n) {
            throw new IllegalArgumentException("k (" + o.k() + ") cannot exceed the number of points (" + n + ")");
        }
        double tol = o.tolerance() * meanVariance(x, n, d);
        SplittableRandom seeds = new SplittableRandom(o.seed());
        KMeansResult best = null;
        for (int run = 0; run < o.nInit(); run++) {
            SplittableRandom rnd = seeds.split();
            double[] c = seed(x, n, d, o.k(), rnd);
            KMeansResult r = lloyd(x, n, d, o.k(), c, o.maxIterations(), tol);
            if (best == null || r.inertia() < best.inertia()) {
                best = r;
            }
        }
        return best;
    }

    static double meanVariance(double[] x, int n, int d) {
        double total = 0;
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x[i * d + j];
            }
            mean /= n;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double t = x[i * d + j] - mean;
                ss += t * t;
            }
            total += ss / n;
        }
        return total / d;
    }

    /** Greedy k-means++: each new centre is the best of several D^2-sampled candidates. */
    static double[] seed(double[] x, int n, int d, int k, SplittableRandom rnd) {
        double[] c = new double[k * d];
        int first = rnd.nextInt(n);
        System.arraycopy(x, first * d, c, 0, d);
        double[] closest = new double[n];
        double pot = 0;
        for (int i = 0; i < n; i++) {
            closest[i] = dist2(x, i * d, c, 0, d);
            pot += closest[i];
        }
        int trials = 2 + (int) Math.log(k);
        for (int m = 1; m < k; m++) {
            int bestCand = -1;
            double bestPot = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                int cand = sampleD2(closest, pot, rnd);
                double p = 0;
                for (int i = 0; i < n; i++) {
                    p += Math.min(closest[i], dist2(x, i * d, x, cand * d, d));
                }
                if (p < bestPot) {
                    bestPot = p;
                    bestCand = cand;
                }
            }
            System.arraycopy(x, bestCand * d, c, m * d, d);
            pot = 0;
            for (int i = 0; i < n; i++) {
                closest[i] = Math.min(closest[i], dist2(x, i * d, c, m * d, d));
                pot += closest[i];
            }
        }
        return c;
    }

    private static int sampleD2(double[] closest, double pot, SplittableRandom rnd) {
        if (!(pot > 0)) {
            return rnd.nextInt(closest.length);
        }
        double r = rnd.nextDouble() * pot;
        double acc = 0;
        for (int i = 0; i < closest.length; i++) {
            acc += closest[i];
            if (acc > r) {
                return i;
            }
        }
        return closest.length - 1;
    }

    static KMeansResult lloyd(double[] x, int n, int d, int k, double[] c, int maxIter, double tol) {
        int[] labels = new int[n];
        int it = 0;
        while (it < maxIter) {
            it++;
            assign(x, n, d, k, c, labels);
            double[] next = new double[k * d];
            int[] count = new int[k];
            for (int i = 0; i < n; i++) {
                int l = labels[i];
                count[l]++;
                for (int j = 0; j < d; j++) {
                    next[l * d + j] += x[i * d + j];
                }
            }
            for (int l = 0; l < k; l++) {
                if (count[l] == 0) {
                    System.arraycopy(c, l * d, next, l * d, d);
                } else {
                    for (int j = 0; j < d; j++) {
                        next[l * d + j] /= count[l];
                    }
                }
            }
            double shift = 0;
            for (int q = 0; q < k * d; q++) {
                shift += (next[q] - c[q]) * (next[q] - c[q]);
            }
            c = next;
            if (shift <= tol) {
                break;
            }
        }
        double inertia = assign(x, n, d, k, c, labels);
        return new KMeansResult(k, d, c, labels, inertia, it);
    }

    static double assign(double[] x, int n, int d, int k, double[] c, int[] labels) {
        double inertia = 0;
        for (int i = 0; i < n; i++) {
            int best = 0;
            double bd = Double.POSITIVE_INFINITY;
            for (int l = 0; l < k; l++) {
                double dd = dist2(x, i * d, c, l * d, d);
                if (dd < bd) {
                    bd = dd;
                    best = l;
                }
            }
            labels[i] = best;
            inertia += bd;
        }
        return inertia;
    }

    static double dist2(double[] a, int ao, double[] b, int bo, int d) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            double t = a[ao + j] - b[bo + j];
            s += t * t;
        }
        return s;
    }
}
