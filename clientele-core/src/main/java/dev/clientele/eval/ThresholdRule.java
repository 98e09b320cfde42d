package dev.clientele.eval;

import java.util.Locale;

/**
 * How the decision threshold of a churn model is chosen (on out-of-fold predictions of training data):
 * <ul>
 *   <li>{@code 0.5} (any number in (0, 1)): that fixed threshold;</li>
 *   <li>{@code f1}: the threshold maximising F1;</li>
 *   <li>{@code youden}: the threshold maximising TPR - FPR (Youden 1950);</li>
 *   <li>{@code cost:FN_COST,FP_COST}: the threshold minimising FN_COST * fn + FP_COST * fp, where a missed
 *       churner costs FN_COST and a retention offer to a non-churner costs FP_COST.</li>
 * </ul>
 * Candidates are the distinct scores (predict positive when score >= threshold); ties go to the higher
 * threshold.
 *
 * @param kind      the rule
 * @param value     the fixed threshold (FIXED only)
 * @param fnCost    cost of a false negative (COST only)
 * @param fpCost    cost of a false positive (COST only)
 */
public record ThresholdRule(Kind kind, double value, double fnCost, double fpCost) {

    public enum Kind { FIXED, F1, YOUDEN, COST }

    public ThresholdRule {
        if (kind == Kind.FIXED && !(value > 0 && value < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), got " + value);
        }
        if (kind == Kind.COST && (!(fnCost >= 0) || !(fpCost >= 0) || fnCost + fpCost == 0)) {
            throw new IllegalArgumentException("cost:FN_COST,FP_COST needs non-negative costs, not both 0; got "
                    + fnCost + "," + fpCost);
        }
    }

    public static ThresholdRule fixed(double t) {
        return new ThresholdRule(Kind.FIXED, t, 0, 0);
    }

    /** Parses {@code 0.5}, {@code f1}, {@code youden} or {@code cost:5,1}. */
    public static ThresholdRule parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.equals("f1")) {
            return new ThresholdRule(Kind.F1, 0, 0, 0);
        }
        if (s.equals("youden")) {
            return new ThresholdRule(Kind.YOUDEN, 0, 0, 0);
        }
        try {
            if (s.startsWith("cost:")) {
                String[] parts = s.substring(5).split(",");
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                return new ThresholdRule(Kind.COST, 0, Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
            }
            return fixed(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unknown threshold rule '" + text
                    + "'; use a number in (0, 1), f1, youden or cost:FN_COST,FP_COST");
        }
    }

    /** The rule as it is parsed back, e.g. {@code cost:5,1}. */
    public String label() {
        return switch (kind) {
            case FIXED -> Double.toString(value);
            case F1 -> "f1";
            case YOUDEN -> "youden";
            case COST -> "cost:" + trim(fnCost) + "," + trim(fpCost);
        };
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** The threshold this rule picks on labels {@code y} and scores {@code p}. */
    public double choose(int[] y, double[] p) {
        if (kind == Kind.FIXED) {
            return value;
        }
        Sweep s = Sweep.of(y, p);
        ClassificationMetrics.requireBothClasses(s.positives, s.negatives, "choosing a threshold");
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int t = 1; t < s.size(); t++) {
            long tp = s.tp[t];
            long fp = s.fp[t];
            long fn = s.positives - tp;
            double score = switch (kind) {
                case F1 -> 2.0 * tp / (2.0 * tp + fp + fn);
                case YOUDEN -> (double) tp / s.positives - (double) fp / s.negatives;
                case COST -> -(fnCost * fn + fpCost * fp);
                default -> throw new IllegalStateException();
            };
            if (score > bestScore) {
                bestScore = score;
                best = t;
            }
        }
        if (kind == Kind.COST && -(fnCost * s.positives) > bestScore) {
            return Math.nextUp(s.thresholds[1]);
        }
        return s.thresholds[best];
    }
}
