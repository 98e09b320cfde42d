package dev.clientele.features;

/**
 * A fitted scaling of one column: {@code apply(x) = (pre(x) - center) / scale}, where {@code pre} is the
 * kind's pre-transform (symmetric log for {@link Scaling#LOG_STANDARD}).
 *
 * @param kind   the scaling
 * @param center subtracted after the pre-transform
 * @param scale  divisor, always > 0
 */
public record ColumnScale(Scaling kind, double center, double scale) {

    public ColumnScale {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale must be finite and > 0, got " + scale);
        }
    }

    /** The scaled value; NaN stays NaN. */
    public double apply(double x) {
        return (kind.pre(x) - center) / scale;
    }

    /** The inverse of {@link #apply} (back to original units). */
    public double invert(double z) {
        double y = z * scale + center;
        return kind == Scaling.LOG_STANDARD ? Math.signum(y) * Math.expm1(Math.abs(y)) : y;
    }
}
