package dev.clientele.churn;

import dev.clientele.data.CategoricalColumn;
import dev.clientele.data.Column;
import dev.clientele.data.NumericColumn;
import dev.clientele.data.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic churn tables with known structure, for tests on schemas other than the demo data.
 * Every table has an id column {@code account} ("A00001", ...) and a text target {@code status}
 * ({@code Churned}/{@code Stayed}).
 */
public final class SyntheticChurn {
    private SyntheticChurn() {
    }

    /**
     * Churn driven by thresholds and an interaction (an XOR of two thresholds on {@code usage} and
     * {@code tickets}, and a step on {@code age}): trees can learn it, a linear model cannot.
     */
    public static Table interactions(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] usage = new double[n];
        double[] tickets = new double[n];
        double[] age = new double[n];
        String[] plan = new String[n];
        String[] status = new String[n];
        for (int i = 0; i < n; i++) {
            usage[i] = r.nextDouble() * 100;
            tickets[i] = r.nextInt(10);
            age[i] = 18 + r.nextInt(60);
            plan[i] = new String[] {"basic", "plus", "pro"}[r.nextInt(3)];
            boolean xor = (usage[i] > 50) ^ (tickets[i] >= 5);
            double p = xor ? 0.75 : 0.08;
            if (age[i] > 65) {
                p = Math.min(0.95, p + 0.15);
            }
            status[i] = r.nextDouble() < p ? "Churned" : "Stayed";
        }
        return Table.of("interactions", ids(n), NumericColumn.of("usage", usage), NumericColumn.of("tickets", tickets),
                NumericColumn.of("age", age), CategoricalColumn.of("plan", plan), CategoricalColumn.of("status", status));
    }

    /**
     * Churn from a logistic model that is linear in twelve standard-normal inputs (two of them also as a
     * three-level text column): the setting where regularised logistic regression is the right model.
     */
    public static Table linear(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int p = 12;
        double[][] x = new double[p][n];
        double[] beta = {0.9, -0.7, 0.6, -0.5, 0.45, -0.4, 0.35, 0.3, -0.3, 0.25, -0.2, 0.15};
        String[] region = new String[n];
        String[] status = new String[n];
        for (int i = 0; i < n; i++) {
            double eta = -1.0;
            for (int j = 0; j < p; j++) {
                x[j][i] = gaussian(r);
                eta += beta[j] * x[j][i];
            }
            int reg = r.nextInt(3);
            region[i] = new String[] {"north", "south", "west"}[reg];
            eta += new double[] {0.4, 0.0, -0.4}[reg];
            status[i] = r.nextDouble() < 1 / (1 + Math.exp(-eta)) ? "Churned" : "Stayed";
        }
        List<Column> cols = new ArrayList<>();
        cols.add(ids(n));
        for (int j = 0; j < p; j++) {
            cols.add(NumericColumn.of("x" + (j + 1), x[j]));
        }
        cols.add(CategoricalColumn.of("region", region));
        cols.add(CategoricalColumn.of("status", status));
        return new Table("linear", cols);
    }

    /** A table whose only feature is noise, independent of the target. */
    public static Table noise(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] noise = new double[n];
        String[] level = new String[n];
        String[] status = new String[n];
        for (int i = 0; i < n; i++) {
            noise[i] = gaussian(r);
            level[i] = "L" + r.nextInt(40);
            status[i] = r.nextDouble() < 0.3 ? "Churned" : "Stayed";
        }
        return Table.of("noise", ids(n), NumericColumn.of("noise", noise), CategoricalColumn.of("code", level),
                CategoricalColumn.of("status", status));
    }

    static CategoricalColumn ids(int n) {
        String[] id = new String[n];
        for (int i = 0; i < n; i++) {
            id[i] = String.format("A%05d", i + 1);
        }
        return CategoricalColumn.of("account", id);
    }

    static double gaussian(SplittableRandom r) {
        double u = Math.max(r.nextDouble(), 1e-300);
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
