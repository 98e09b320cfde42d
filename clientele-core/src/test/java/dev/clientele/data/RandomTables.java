package dev.clientele.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Test helper: seeded random tables with every column kind, missing cells, and text that needs quoting
 * (delimiters, quotes, line breaks, apostrophes, non-ASCII). Text values start with a letter that no
 * number, date or "nan"/"inf" word starts with, so that they read back as text.
 */
public final class RandomTables {
    private static final String FIRST = "kqxzKQXZ";
    private static final String REST = "abcxyzABC019 ,;|\"'\n\téü中-_.";

    private RandomTables() {
    }

    public static Table generate(long seed, int maxRows, int maxColumns) {
        Random rnd = new Random(seed);
        int rows = 1 + rnd.nextInt(maxRows);
        int cols = 2 + rnd.nextInt(Math.max(1, maxColumns - 1));
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < cols; j++) {
            String name = "c" + j + (rnd.nextBoolean() ? "_é" : "");
            double missing = rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble() * 0.4;
            columns.add(switch (rnd.nextInt(4)) {
                case 0 -> numeric(rnd, name, rows, missing);
                case 1 -> categorical(rnd, name, rows, missing);
                case 2 -> bool(rnd, name, rows, missing);
                default -> timestamps(rnd, name, rows, missing);
            });
        }
        return new Table("random-" + seed, columns);
    }

    private static NumericColumn numeric(Random rnd, String name, int rows, double missing) {
        double[] v = new double[rows];
        boolean[] m = new boolean[rows];
        int style = rnd.nextInt(4);
        for (int i = 0; i < rows; i++) {
            m[i] = rnd.nextDouble() < missing;
            v[i] = switch (style) {
                case 0 -> rnd.nextInt(2001) - 1000;
                case 1 -> Math.round(rnd.nextGaussian() * 10_000) / 100.0;
                case 2 -> rnd.nextGaussian() * Math.pow(10, rnd.nextInt(40) - 20);
                default -> rnd.nextInt(2);
            };
        }
        return new NumericColumn(name, v, m);
    }

    private static CategoricalColumn categorical(Random rnd, String name, int rows, double missing) {
        String[] pool = new String[1 + rnd.nextInt(8)];
        for (int k = 0; k < pool.length; k++) {
            StringBuilder sb = new StringBuilder().append(FIRST.charAt(rnd.nextInt(FIRST.length())));
            int len = rnd.nextInt(8);
            for (int c = 0; c < len; c++) {
                sb.append(REST.charAt(rnd.nextInt(REST.length())));
            }
            pool[k] = sb.toString().strip();
        }
        String[] v = new String[rows];
        for (int i = 0; i < rows; i++) {
            v[i] = rnd.nextDouble() < missing ? null : pool[rnd.nextInt(pool.length)];
        }
        return CategoricalColumn.of(name, v);
    }

    private static BooleanColumn bool(Random rnd, String name, int rows, double missing) {
        Boolean[] v = new Boolean[rows];
        for (int i = 0; i < rows; i++) {
            v[i] = rnd.nextDouble() < missing ? null : rnd.nextBoolean();
        }
        return BooleanColumn.of(name, v);
    }

    private static TimestampColumn timestamps(Random rnd, String name, int rows, double missing) {
        long[] us = new long[rows];
        boolean[] m = new boolean[rows];
        boolean datesOnly = rnd.nextBoolean();
        long day = 86_400_000_000L;
        for (int i = 0; i < rows; i++) {
            m[i] = rnd.nextDouble() < missing;
            long days = rnd.nextInt(200 * 365) - 70 * 365; // 1900 .. 2100
            us[i] = days * day + (datesOnly ? 0 : switch (rnd.nextInt(3)) {
                case 0 -> rnd.nextInt(86_400) * 1_000_000L;                 // whole seconds
                case 1 -> rnd.nextInt(24 * 60) * 60_000_000L;               // whole minutes
                default -> (long) (rnd.nextDouble() * day);                  // microseconds
            });
        }
        return new TimestampColumn(name, us, m);
    }
}
