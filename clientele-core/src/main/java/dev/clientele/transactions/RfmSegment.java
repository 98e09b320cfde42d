package dev.clientele.transactions;

/**
 * The named RFM segments, decided from the recency score R and the frequency score F (both 1-5, 5 best).
 *
 * <p>The rules, applied in this order (the first that matches wins):
 * <ol>
 *   <li>R >= 4 and F >= 4: {@link #CHAMPIONS} (bought recently and often);</li>
 *   <li>R >= 3 and F >= 3: {@link #LOYAL} (buy often, not lapsed);</li>
 *   <li>R >= 4 and F = 2: {@link #POTENTIAL_LOYALISTS} (recent, a second purchase or so);</li>
 *   <li>R >= 4 and F = 1: {@link #NEW} (recent, fewest purchases);</li>
 *   <li>R <= 2 and F = 5: {@link #CANNOT_LOSE_THEM} (were among the most frequent, now lapsing);</li>
 *   <li>R <= 2 and F >= 3: {@link #AT_RISK} (bought often, not for a while);</li>
 *   <li>R >= 2 and F <= 2: {@link #HIBERNATING} (few purchases, middling recency);</li>
 *   <li>otherwise (R = 1, F <= 2): {@link #LOST}.</li>
 * </ol>
 * As a grid (rows R = 5..1, columns F = 1..5):
 * <pre>
 * R5  New          Potential  Loyal    Champions  Champions
 * R4  New          Potential  Loyal    Champions  Champions
 * R3  Hibernating  Hibern.    Loyal    Loyal      Loyal
 * R2  Hibernating  Hibern.    At risk  At risk    Cannot lose them
 * R1  Lost         Lost       At risk  At risk    Cannot lose them
 * </pre>
 */
public enum RfmSegment {
    CHAMPIONS("Champions"),
    LOYAL("Loyal"),
    POTENTIAL_LOYALISTS("Potential loyalists"),
    NEW("New"),
    AT_RISK("At risk"),
    CANNOT_LOSE_THEM("Cannot lose them"),
    HIBERNATING("Hibernating"),
    LOST("Lost");

    private final String label;

    RfmSegment(String label) {
        this.label = label;
    }

    /** The name shown to users, e.g. "Potential loyalists". */
    public String label() {
        return label;
    }

    /**
     * The segment of a customer with recency score {@code r} and frequency score {@code f}.
     *
     * @throws IllegalArgumentException when a score is outside 1-5
     */
    public static RfmSegment of(int r, int f) {
        if (r < 1 || r > 5 || f < 1 || f > 5) {
            throw new IllegalArgumentException("RFM scores must be 1-5, got R=" + r + ", F=" + f);
        }
        if (r >= 4 && f >= 4) {
            return CHAMPIONS;
        } else if (r >= 3 && f >= 3) {
            return LOYAL;
        } else if (r >= 4) {
            return f == 2 ? POTENTIAL_LOYALISTS : NEW;
        } else if (r <= 2 && f == 5) {
            return CANNOT_LOSE_THEM;
        } else if (r <= 2 && f >= 3) {
            return AT_RISK;
        }
        return r >= 2 ? HIBERNATING : LOST;
    }
}
