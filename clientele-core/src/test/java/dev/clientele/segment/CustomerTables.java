package dev.clientele.segment;

import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.Column;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded synthetic customer tables with a known segment structure. */
final class CustomerTables {
    private CustomerTables() {
    }

    /**
     * {@code clusters} round blobs (sd 1) on a circle of radius 10 in columns {@code alpha} and {@code beta},
     * {@code gamma} pure noise with sd 4, {@code region} random text, {@code truth} the blob (0-based),
     * {@code churned} Yes/No with rate 0.1 + 0.2 * blob, {@code spend} 10 * (blob + 1) plus noise.
     */
    static Table blobs(int n, int clusters, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] a = new double[n];
        double[] b = new double[n];
        double[] g = new double[n];
        double[] truth = new double[n];
        double[] spend = new double[n];
        String[] region = new String[n];
        String[] churned = new String[n];
        for (int i = 0; i < n; i++) {
            int c = i % clusters;
            double angle = 2 * Math.PI * c / clusters;
            a[i] = 10 * Math.cos(angle) + gaussian(rnd);
            b[i] = 10 * Math.sin(angle) + gaussian(rnd);
            g[i] = 4 * gaussian(rnd);
            truth[i] = c;
            spend[i] = 10 * (c + 1) + rnd.nextDouble();
            region[i] = rnd.nextBoolean() ? "north" : "south";
            churned[i] = rnd.nextDouble() < 0.1 + 0.2 * c ? "Yes" : "No";
        }
        return Table.of("blobs.csv", NumericColumn.of("alpha", a), NumericColumn.of("beta", b),
                NumericColumn.of("gamma", g), CategoricalColumn.of("region", region), NumericColumn.of("truth", truth),
                CategoricalColumn.of("churned", churned), NumericColumn.of("spend", spend));
    }

    /** A table from columns of doubles named c0, c1, ... */
    static Table of(double[]... columns) {
        List<Column> cols = new ArrayList<>();
        for (int j = 0; j < columns.length; j++) {
            cols.add(NumericColumn.of("c" + j, columns[j]));
        }
        return new Table("t.csv", cols);
    }

    static double gaussian(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
