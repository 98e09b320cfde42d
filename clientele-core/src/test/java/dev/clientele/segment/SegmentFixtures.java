package dev.clientele.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded point sets for the clustering tests, and the iris demo data. */
public final class SegmentFixtures {
    private SegmentFixtures() {
    }

    /** Row-major points with a label per point. */
    public record Points(double[] x, int n, int d, int[] labels, int k) {
    }

    /**
     * {@code n} points around {@code k} centres drawn uniformly in [-10, 10]^d, Gaussian noise of
     * standard deviation {@code spread}; point i belongs to centre {@code i % k}.
     */
    public static Points blobs(int n, int d, int k, double spread, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] centres = new double[k * d];
        for (int q = 0; q < centres.length; q++) {
            centres[q] = rnd.nextDouble(-10, 10);
        }
        double[] x = new double[n * d];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % k;
            for (int f = 0; f < d; f++) {
                x[i * d + f] = centres[labels[i] * d + f] + spread * gaussian(rnd);
            }
        }
        return new Points(x, n, d, labels, k);
    }

    /** Points with integer coordinates in [0, range) (many exact ties) and uniformly drawn labels. */
    public static Points grid(int n, int d, int k, int range, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] x = new double[n * d];
        for (int q = 0; q < x.length; q++) {
            x[q] = rnd.nextInt(range);
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i < k ? i : rnd.nextInt(k);
        }
        return new Points(x, n, d, labels, k);
    }

    private static double gaussian(SplittableRandom rnd) {
        double u = 1 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** The 150 iris flowers of {@code examples/iris.csv}: 4 measurements, species as labels 0..2. */
    public static Points iris() {
        List<String> lines;
        try {
            lines = Files.readAllLines(examples().resolve("iris.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = lines.size() - 1;
        double[] x = new double[n * 4];
        int[] labels = new int[n];
        List<String> species = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i + 1).split(",");
            for (int f = 0; f < 4; f++) {
                x[i * 4 + f] = Double.parseDouble(cells[f]);
            }
            if (!species.contains(cells[4])) {
                species.add(cells[4]);
            }
            labels[i] = species.indexOf(cells[4]);
        }
        return new Points(x, n, 4, labels, species.size());
    }

    /** The repository's {@code examples} directory, found from the working directory upwards. */
    public static Path examples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("examples/iris.csv"))) {
                return p.resolve("examples");
            }
        }
        throw new IllegalStateException("examples/iris.csv not found above " + Path.of("").toAbsolutePath());
    }
}
