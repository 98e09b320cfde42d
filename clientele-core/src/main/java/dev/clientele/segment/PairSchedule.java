package dev.clientele.segment;

/**
 * Round-robin ("circle method") schedule of all unordered pairs of {@code tiles} distinct tiles: in each
 * round every tile appears in at most one pair, so the pairs of a round can run in parallel while each
 * writes only the accumulators of its own two tiles, and every accumulator receives its contributions in
 * round order, whatever the number of threads.
 *
 * <p>Example: 4 tiles give rounds {(0,3),(1,2)}, {(0,1),(2,3)}, {(0,2),(1,3)}.
 */
final class PairSchedule {
    private final int tiles;
    private final int slots;

    PairSchedule(int tiles) {
        this.tiles = tiles;
        this.slots = tiles % 2 == 0 ? tiles : tiles + 1;
    }

    /** Number of rounds. */
    int rounds() {
        return Math.max(0, slots - 1);
    }

    /** Number of pair slots in a round (a slot may be empty when the tile count is odd). */
    int pairsPerRound() {
        return slots / 2;
    }

    /**
     * The pair in slot {@code q} of round {@code round}, as {@code {a, b}} with {@code a < b}, or
     * {@code null} when the slot holds the padding tile.
     */
    int[] pair(int round, int q) {
        int m = slots - 1;
        int p1 = q == 0 ? 0 : 1 + (q - 1 + round) % m;
        int p2 = 1 + (slots - 2 - q + round) % m;
        if (p1 >= tiles || p2 >= tiles) {
            return null;
        }
        return new int[] {Math.min(p1, p2), Math.max(p1, p2)};
    }
}
