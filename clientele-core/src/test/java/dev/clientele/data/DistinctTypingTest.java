package dev.clientele.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which distinct values settle a text column as categorical without asking DuckDB. A value counts only
 * when the typing rules reject it whatever DuckDB's casts do (reference: ColumnTyping's SQL conditions).
 */
class DistinctTypingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Yes|true|true", "1_000|true|true", "007|true|true", "' 0012'|true|true", "12abc|true|true",
        "2020-01-01|false|false", "' 2020-01-01 10:00'|true|false", "12|false|true", "' +1.5e3 '|false|true",
        "inf|false|true", "-Infinity|false|true", "NaN|false|true", "0x10|false|true", "'  '|false|false",
        "''|false|false", "中文|true|true", "2020|false|true", "-05|false|true"})
    void sure_rejections(String value, boolean notNumber, boolean notTimestamp) {
        assertThat(DistinctTyping.surelyNotNumber(value)).as("not a number: '%s'", value).isEqualTo(notNumber);
        assertThat(DistinctTyping.surelyNotTimestamp(value)).as("not a timestamp: '%s'", value).isEqualTo(notTimestamp);
    }
}
