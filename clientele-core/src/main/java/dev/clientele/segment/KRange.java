package dev.clientele.segment;

/**
 * The numbers of segments to try: one value ({@code 4}) or an inclusive range ({@code 2..10}).
 *
 * @param min smallest k, >= 2
 * @param max largest k, >= min
 */
public record KRange(int min, int max) {

    public KRange {
        if (min < 2) {
            throw new IllegalArgumentException("k must be >= 2, got " + min);
        }
        if (max < min) {
            throw new IllegalArgumentException("k range " + min + ".." + max + " is empty; write it as LOW..HIGH, e.g. 2..10");
        }
    }

    /** A single k. */
    public static KRange of(int k) {
        return new KRange(k, k);
    }

    /** Parses {@code 4} or {@code 2..10} (also {@code 2-10}). */
    public static KRange parse(String text) {
        String t = text.trim();
        String[] parts = t.contains("..") ? t.split("\\.\\.", -1) : t.split("(?<=\\d)-", -1);
        try {
            if (parts.length == 1) {
                return of(Integer.parseInt(parts[0].trim()));
            }
            if (parts.length == 2) {
                return new KRange(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("invalid k '" + text + "'; give a number such as 4 or a range such as 2..10");
    }

    /** Whether only one k is tried. */
    public boolean single() {
        return min == max;
    }

    /** How many values of k the range holds. */
    public int count() {
        return max - min + 1;
    }

    @Override
    public String toString() {
        return single() ? Integer.toString(min) : min + ".." + max;
    }
}
