package dev.clientele.segment;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The exact-silhouette inner loops written with the Vector API ({@code jdk.incubator.vector}, a Java 17+
 * incubator module): eight rows of one tile against a vector of rows of the other, squared distances
 * accumulated in registers with fused multiply-adds, square roots and both row and column sums in vector
 * lanes. About 2.5 times the speed of {@link ExactSilhouette#scalarPair} at 10 features. Handles pairs of
 * full tiles that each hold a single cluster, all but a few pairs once the points are sorted by cluster.
 *
 * <p>Loaded only by reflection when the module is in the boot layer (see {@link Silhouette}); refuses to
 * load without hardware FMA (the fallback there is slow) or vector registers. Before first use,
 * {@link #ready()} runs the kernel on a tiny input until HotSpot's C2 has compiled it: interpreted or
 * C1-compiled Vector API code is thousands of times slower, and one tile pair run that way costs a second.
 */
final class VectorPairKernel implements ExactSilhouette.PairKernel {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /** Rows of tile a per register block: 8 accumulators, 8 differences, 8 row sums and a column vector. */
    private static final int GROUP = 8;
    /** Longest warm-up before giving the kernel up (when the JIT never compiles it, e.g. {@code -Xint}). */
    private static final long WARM_UP_LIMIT_NANOS = 10_000_000_000L;

    private final ThreadLocal<Scratch> scratch = new ThreadLocal<>();
    private volatile Boolean warm;

    /** Per-thread buffers: tile b feature-major, one group's coordinates, row sums. */
    private static final class Scratch {
        final double[] tileB;
        final double[] group;
        final double[] rowSums = new double[Tiles.ROWS];

        Scratch(int d) {
            tileB = new double[d * Tiles.ROWS];
            group = new double[d * GROUP];
        }
    }

    VectorPairKernel() {
        if (LANES < 2 || Tiles.ROWS % LANES != 0 || !usesFma()) {
            throw new UnsupportedOperationException("no vector shape or no hardware FMA: " + LANES + " lanes");
        }
    }

    private static boolean usesFma() {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        return hotspot != null && "true".equals(hotspot.getVMOption("UseFMA").getValue());
    }

    @Override
    public boolean pair(ExactSilhouette s, int a, int b, double[] colAcc) {
        int la = s.uniformCluster(a);
        int lb = s.uniformCluster(b);
        if (la < 0 || lb < 0) {
            return false;
        }
        int d = s.x.d;
        Scratch sc = scratch.get();
        if (sc == null || sc.group.length != d * GROUP) {
            sc = new Scratch(d);
            scratch.set(sc);
        }
        double[][] tb = s.x.data[b];
        for (int f = 0; f < d; f++) {
            System.arraycopy(tb[f], 0, sc.tileB, f * Tiles.ROWS, Tiles.ROWS);
        }
        java.util.Arrays.fill(colAcc, 0);
        boolean diag = a == b;
        block(sc.tileB, Tiles.ROWS, s.x.data[a], Tiles.ROWS, d, sc.group, colAcc, sc.rowSums, diag);
        int k = s.k;
        double[] sums = s.sums;
        int i0 = a * Tiles.ROWS;
        for (int ii = 0; ii < Tiles.ROWS; ii++) {
            sums[(i0 + ii) * k + lb] += sc.rowSums[ii];
        }
        if (!diag) {
            int j0 = b * Tiles.ROWS;
            for (int j = 0; j < Tiles.ROWS; j++) {
                sums[(j0 + j) * k + la] += colAcc[j];
            }
        }
        return true;
    }

    /**
     * Distances between {@code rows} points of {@code ta} (feature arrays) and {@code cols} points of
     * {@code tileB} (feature-major, stride {@code cols}): per row their sum into {@code rowSums}, per
     * column (unless {@code diag}) their sum added to {@code colAcc}.
     */
    private static void block(double[] tileB, int cols, double[][] ta, int rows, int d, double[] group,
                              double[] colAcc, double[] rowSums, boolean diag) {
        for (int ii = 0; ii < rows; ii += GROUP) {
            for (int f = 0; f < d; f++) {
                System.arraycopy(ta[f], ii, group, f * GROUP, GROUP);
            }
            DoubleVector r0 = DoubleVector.zero(SPECIES);
            DoubleVector r1 = r0;
            DoubleVector r2 = r0;
            DoubleVector r3 = r0;
            DoubleVector r4 = r0;
            DoubleVector r5 = r0;
            DoubleVector r6 = r0;
            DoubleVector r7 = r0;
            for (int j = 0; j < cols; j += LANES) {
                DoubleVector a0 = DoubleVector.zero(SPECIES);
                DoubleVector a1 = a0;
                DoubleVector a2 = a0;
                DoubleVector a3 = a0;
                DoubleVector a4 = a0;
                DoubleVector a5 = a0;
                DoubleVector a6 = a0;
                DoubleVector a7 = a0;
                for (int f = 0; f < d; f++) {
                    DoubleVector c = DoubleVector.fromArray(SPECIES, tileB, f * cols + j);
                    int o = f * GROUP;
                    DoubleVector u0 = c.sub(group[o]);
                    DoubleVector u1 = c.sub(group[o + 1]);
                    DoubleVector u2 = c.sub(group[o + 2]);
                    DoubleVector u3 = c.sub(group[o + 3]);
                    DoubleVector u4 = c.sub(group[o + 4]);
                    DoubleVector u5 = c.sub(group[o + 5]);
                    DoubleVector u6 = c.sub(group[o + 6]);
                    DoubleVector u7 = c.sub(group[o + 7]);
                    a0 = u0.fma(u0, a0);
                    a1 = u1.fma(u1, a1);
                    a2 = u2.fma(u2, a2);
                    a3 = u3.fma(u3, a3);
                    a4 = u4.fma(u4, a4);
                    a5 = u5.fma(u5, a5);
                    a6 = u6.fma(u6, a6);
                    a7 = u7.fma(u7, a7);
                }
                a0 = a0.lanewise(VectorOperators.SQRT);
                a1 = a1.lanewise(VectorOperators.SQRT);
                a2 = a2.lanewise(VectorOperators.SQRT);
                a3 = a3.lanewise(VectorOperators.SQRT);
                a4 = a4.lanewise(VectorOperators.SQRT);
                a5 = a5.lanewise(VectorOperators.SQRT);
                a6 = a6.lanewise(VectorOperators.SQRT);
                a7 = a7.lanewise(VectorOperators.SQRT);
                r0 = r0.add(a0);
                r1 = r1.add(a1);
                r2 = r2.add(a2);
                r3 = r3.add(a3);
                r4 = r4.add(a4);
                r5 = r5.add(a5);
                r6 = r6.add(a6);
                r7 = r7.add(a7);
                if (!diag) {
                    DoubleVector col = a0.add(a1).add(a2.add(a3)).add(a4.add(a5).add(a6.add(a7)));
                    DoubleVector.fromArray(SPECIES, colAcc, j).add(col).intoArray(colAcc, j);
                }
            }
            rowSums[ii] = r0.reduceLanes(VectorOperators.ADD);
            rowSums[ii + 1] = r1.reduceLanes(VectorOperators.ADD);
            rowSums[ii + 2] = r2.reduceLanes(VectorOperators.ADD);
            rowSums[ii + 3] = r3.reduceLanes(VectorOperators.ADD);
            rowSums[ii + 4] = r4.reduceLanes(VectorOperators.ADD);
            rowSums[ii + 5] = r5.reduceLanes(VectorOperators.ADD);
            rowSums[ii + 6] = r6.reduceLanes(VectorOperators.ADD);
            rowSums[ii + 7] = r7.reduceLanes(VectorOperators.ADD);
        }
    }

    /**
     * Runs the kernel on one group against one vector, both with and without column sums, until a batch
     * of 100 calls takes under 0.1 ms (C2 code; C1 code takes about 100 times longer). Once per JVM.
     *
     * @return whether the kernel got compiled; if not it must not be used
     */
    @Override
    public boolean ready() {
        Boolean w = warm;
        if (w != null) {
            return w;
        }
        synchronized (this) {
            if (warm == null) {
                warm = runWarmUp();
            }
            return warm;
        }
    }

    private static boolean runWarmUp() {
        int d = 4;
        double[] tileB = new double[d * LANES];
        double[][] ta = new double[d][GROUP];
        for (int f = 0; f < d; f++) {
            for (int q = 0; q < GROUP; q++) {
                ta[f][q] = q + f;
            }
        }
        double[] group = new double[d * GROUP];
        double[] colAcc = new double[LANES];
        double[] rowSums = new double[GROUP];
        long start = System.nanoTime();
        int fastBatches = 0;
        while (System.nanoTime() - start < WARM_UP_LIMIT_NANOS) {
            long t0 = System.nanoTime();
            for (int q = 0; q < 100; q++) {
                block(tileB, LANES, ta, GROUP, d, group, colAcc, rowSums, (q & 1) == 0);
            }
            fastBatches = System.nanoTime() - t0 < 100_000 ? fastBatches + 1 : 0;
            if (fastBatches == 5) {
                return true;
            }
        }
        return false;
    }
}
