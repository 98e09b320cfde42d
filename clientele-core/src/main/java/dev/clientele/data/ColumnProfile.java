package dev.clientele.data;

import java.util.List;

/**
 * What {@code clientele inspect} reports for one column.
 *
 * @param name      column name
 * @param type      logical type: {@code numeric}, {@code categorical}, {@code boolean} (native booleans and
 *                  numeric columns holding only 0 and 1) or {@code timestamp}
 * @param storage   the storage type of the loaded column
 * @param role      inferred modelling role
 * @param missing   number of missing cells
 * @param distinct  number of distinct non-missing values
 * @param min       smallest value (numeric and timestamp columns), else {@code null}
 * @param max       largest value (numeric and timestamp columns), else {@code null}
 * @param mean      mean of numeric columns, else {@code null}
 * @param top       most frequent levels with counts (categorical and boolean), at most five
 * @param examples  up to three distinct example values, in row order
 */
public record ColumnProfile(String name, String type, ColumnType storage, ColumnRole role, int missing, int distinct,
                            String min, String max, Double mean, List<LevelCount> top, List<String> examples) {

    /** A level and how many rows hold it. */
    public record LevelCount(String level, int count) {
    }

    /** True when the column holds exactly two distinct values. */
    public boolean binary() {
        return distinct == 2;
    }
}
