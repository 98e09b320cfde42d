package dev.clientele.segment;

import java.util.Locale;

/**
 * Which silhouette to compute, as chosen by the user, or {@link #AUTO}: exact up to a row limit and a
 * seeded uniform sample above it. {@link #resolve(int, int)} turns {@code AUTO} into a concrete choice
 * for a given number of rows, so that every reported score names the mode that produced it.
 *
 * @param mode       the computation, or {@code null} for automatic
 * @param sampleSize points sampled by {@link SilhouetteMode#SAMPLED}, >= 2 (ignored by other modes)
 */
public record SilhouetteSpec(SilhouetteMode mode, int sampleSize) {
    /** Rows sampled when the automatic choice samples. */
    public static final int DEFAULT_SAMPLE = 10_000;
    /** Automatic choice for reported metrics: exact up to this many rows. */
    public static final int EXACT_LIMIT = 50_000;
    /** Automatic choice while searching (many fits): exact up to this many rows, a sample of this size above. */
    public static final int SEARCH_EXACT_LIMIT = 5_000;
    /** Exact up to a limit, sampled above. */
    public static final SilhouetteSpec AUTO = new SilhouetteSpec(null, DEFAULT_SAMPLE);

    public SilhouetteSpec {
        if (sampleSize < 2) {
            throw new IllegalArgumentException("silhouette sample size must be >= 2, got " + sampleSize);
        }
    }

    /** Parses {@code auto}, {@code exact}, {@code sampled}, {@code sampled:N}, {@code squared} or {@code simplified}. */
    public static SilhouetteSpec parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("auto")) {
            return AUTO;
        }
        if (t.startsWith("sampled")) {
            String rest = t.substring("sampled".length());
            if (rest.isEmpty()) {
                return new SilhouetteSpec(SilhouetteMode.SAMPLED, DEFAULT_SAMPLE);
            }
            if (rest.startsWith(":")) {
                try {
                    return new SilhouetteSpec(SilhouetteMode.SAMPLED, Integer.parseInt(rest.substring(1).replace("_", "")));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("invalid silhouette sample size in '" + text + "'; write e.g. sampled:10000");
                }
            }
        }
        for (SilhouetteMode m : SilhouetteMode.values()) {
            if (m != SilhouetteMode.SAMPLED && m.label().equals(t)) {
                return new SilhouetteSpec(m, DEFAULT_SAMPLE);
            }
        }
        throw new IllegalArgumentException("unknown silhouette '" + text + "'; use exact, sampled:N, squared, simplified or auto");
    }

    /** Whether the mode is chosen from the row count. */
    public boolean automatic() {
        return mode == null;
    }

    /**
     * The concrete choice for {@code n} rows: {@code AUTO} becomes exact when {@code n <= exactLimit}, else
     * sampled; a sample at least as large as the data becomes exact.
     */
    public SilhouetteSpec resolve(int n, int exactLimit) {
        SilhouetteMode m = mode == null ? (n <= exactLimit ? SilhouetteMode.EXACT : SilhouetteMode.SAMPLED) : mode;
        if (m == SilhouetteMode.SAMPLED && sampleSize >= n) {
            m = SilhouetteMode.EXACT;
        }
        return new SilhouetteSpec(m, sampleSize);
    }

    /**
     * The choice for scoring one of many configurations of a search on {@code n} rows: {@code AUTO} becomes
     * exact up to {@link #SEARCH_EXACT_LIMIT} rows and a sample of that size above (the same seeded rows for
     * every configuration, so that differences between configurations are measured on the same customers).
     */
    public SilhouetteSpec forSearch(int n) {
        return mode == null ? new SilhouetteSpec(SilhouetteMode.SAMPLED, SEARCH_EXACT_LIMIT).resolve(n, SEARCH_EXACT_LIMIT)
                : resolve(n, EXACT_LIMIT);
    }

    /** Computes the silhouette of a clustering with this (resolved) choice. */
    SilhouetteResult compute(double[] x, int n, int d, int[] labels, int k, long seed, boolean perPoint, int threads,
                             dev.clientele.Progress progress) {
        SilhouetteSpec r = resolve(n, EXACT_LIMIT);
        return Silhouette.compute(x, n, d, labels, k, r.mode, r.sampleSize, seed, perPoint, threads, progress);
    }

    /** A short label such as {@code exact} or {@code sampled:10000}. */
    public String label() {
        if (mode == null) {
            return "auto";
        }
        return mode == SilhouetteMode.SAMPLED ? "sampled:" + sampleSize : mode.label();
    }

    @Override
    public String toString() {
        return label();
    }
}
