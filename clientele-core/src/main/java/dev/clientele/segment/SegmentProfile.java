package dev.clientele.segment;

import java.util.List;

/**
 * What sets one segment apart.
 *
 * @param segment         segment number, 0-based (shown 1-based)
 * @param name            generated descriptive name, e.g. "High tenure, low monthly charges"
 * @param size            rows in the segment
 * @param share           size / all segmented rows
 * @param features        per model feature (numeric column, or {@code column=level} indicator) its statistics
 * @param separating      the (up to) three features with the largest |z|, strongest first
 * @param overRepresented text or two-valued levels much more common here than overall, strongest first
 * @param outcome         churn rate and value at risk, or {@code null} without a target
 */
public record SegmentProfile(int segment, String name, int size, double share, List<FeatureStat> features,
                             List<String> separating, List<LevelShare> overRepresented, Outcome outcome) {

    public SegmentProfile {
        features = List.copyOf(features);
        separating = List.copyOf(separating);
        overRepresented = List.copyOf(overRepresented);
    }

    /**
     * A feature within a segment, in original units.
     *
     * @param feature the column, or {@code column=level} for a one-hot indicator (mean = share of the level)
     * @param mean    mean over the segment's non-missing values
     * @param median  median over the segment's non-missing values
     * @param z       (segment mean - population mean) / population standard deviation; 0 when the sd is 0
     */
    public record FeatureStat(String feature, double mean, double median, double z) {
    }

    /**
     * A level over-represented in a segment.
     *
     * @param column          the column
     * @param level           the level
     * @param share           share of the segment's rows with this level
     * @param populationShare share of all rows with this level
     */
    public record LevelShare(String column, String level, double share, double populationShare) {
        /** share / populationShare. */
        public double lift() {
            return populationShare > 0 ? share / populationShare : Double.NaN;
        }
    }

    /**
     * Churn in a segment.
     *
     * @param rate        mean outcome: churn rate, or mean churn probability
     * @param rows        rows with a known outcome
     * @param value       sum of the value column (NaN without one)
     * @param valueAtRisk sum of value x outcome (NaN without a value column)
     */
    public record Outcome(double rate, int rows, double value, double valueAtRisk) {
    }
}
