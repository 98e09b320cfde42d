package dev.clientele.bench;

import dev.clientele.segment.KMeans;
import dev.clientele.segment.KMeansOptions;
import dev.clientele.segment.KMeansResult;
import dev.clientele.segment.Silhouette;
import dev.clientele.segment.SilhouetteMode;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the segmentation kernels on seeded in-memory blobs (10 features, 8 centres, like
 * bench/segment.sh's data): K-Means (seeding + Lloyd, one restart), the exact silhouette and the two
 * O(n k d) silhouettes. Run: {@code java --add-modules jdk.incubator.vector -jar
 * clientele-bench/target/clientele-bench.jar KernelBenchmarks} (add {@code -p n=20000} to pick a size).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx6g", "-XX:+UseParallelGC"})
public class KernelBenchmarks {
    @Param({"20000"})
    int n;

    private static final int D = 10;
    private double[] x;
    private int[] labels;

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(0);
        double[] centres = new double[8 * D];
        for (int q = 0; q < centres.length; q++) {
            centres[q] = rnd.nextDouble(-10, 10);
        }
        x = new double[n * D];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < D; f++) {
                x[i * D + f] = centres[(i % 8) * D + f] + 2.0 * rnd.nextGaussian();
            }
        }
        labels = KMeans.fit(x, n, D, KMeansOptions.of(8, 0).withNInit(1)).labels();
    }

    @Benchmark
    public KMeansResult kmeansOneRestart() {
        return KMeans.fit(x, n, D, KMeansOptions.of(8, 0).withNInit(1));
    }

    @Benchmark
    public double silhouetteExact() {
        return Silhouette.compute(x, n, D, labels, 8, SilhouetteMode.EXACT, 0, 0, false).value();
    }

    @Benchmark
    public double silhouetteSquared() {
        return Silhouette.compute(x, n, D, labels, 8, SilhouetteMode.SQUARED, 0, 0, false).value();
    }

    @Benchmark
    public double silhouetteSimplified() {
        return Silhouette.compute(x, n, D, labels, 8, SilhouetteMode.SIMPLIFIED, 0, 0, false).value();
    }
}
