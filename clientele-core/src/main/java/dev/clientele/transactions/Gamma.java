package dev.clientele.transactions;

import java.util.SplittableRandom;

/** Gamma and Poisson variates for {@link TransactionGenerator}. */
final class Gamma {
    private Gamma() {
    }

    /**
     * A Gamma(shape, 1) variate by Marsaglia and Tsang (2000), "A simple method for generating gamma
     * variables"; shapes below 1 use their boost {@code Gamma(shape + 1) * U^(1/shape)}.
     *
     * @param shape must be > 0
     */
    static double sample(SplittableRandom rng, double shape) {
        if (shape < 1) {
            double u = rng.nextDouble();
            return sample(rng, shape + 1) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = rng.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = rng.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /** A Poisson(mean) variate by Knuth's product of uniforms; meant for small means (at most ~30). */
    static int poisson(SplittableRandom rng, double mean) {
        double limit = Math.exp(-mean);
        double p = rng.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= rng.nextDouble();
            k++;
        }
        return k;
    }
}
