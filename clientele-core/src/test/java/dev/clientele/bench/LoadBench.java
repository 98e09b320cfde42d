package dev.clientele.bench;

import dev.clientele.data.DataSource;
import dev.clientele.data.Table;
import dev.clientele.data.TableReader;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times {@link TableReader#read} on one file, several repetitions in one JVM, and prints the seconds of
 * each and their median. A plain main (not a test, not JMH) run from the test class path by
 * {@code bench/load_vs_pandas.sh}; every repetition opens a fresh embedded DuckDB, so nothing is cached
 * between them except the operating system's page cache and the JIT-compiled code. Also prints the
 * process CPU time per repetition, which a busy machine disturbs less than the wall time.
 *
 * <pre>java -cp ... dev.clientele.bench.LoadBench bench-out/wide_1m.csv 5</pre>
 */
public final class LoadBench {
    private LoadBench() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: LoadBench FILE [REPETITIONS]");
            System.exit(2);
        }
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double[] seconds = new double[reps];
        double[] cpu = new double[reps];
        for (int r = 0; r < reps; r++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            Table t = TableReader.read(DataSource.of(args[0]));
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            cpu[r] = (processCpuNanos() - c0) / 1e9;
            System.out.printf(Locale.ROOT, "clientele rep %d: %.3f s, cpu %.3f s (%d rows x %d columns)%n",
                    r + 1, seconds[r], cpu[r], t.rowCount(), t.columnCount());
        }
        System.out.printf(Locale.ROOT, "clientele median: %.3f s, cpu %.3f s%n", median(seconds), median(cpu));
    }

    /** CPU time of the whole process (all threads, DuckDB's native ones included). */
    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
