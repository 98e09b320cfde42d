package dev.clientele.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateFormatsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "yyyyMMdd                      | %Y%m%d",
        "dd/MM/yyyy HH:mm              | %d/%m/%Y %H:%M",
        "yyyy-MM-dd'T'HH:mm:ss.SSSX    | %Y-%m-%dT%H:%M:%S.%g%z",
        "d MMMM yy                     | %-d %B %y",
        "EEE, d MMM yyyy h:mm a        | %a, %-d %b %Y %-I:%M %p",
        "yyyy'%'DDD                    | %Y%%%j",
        "'week of' yyyy-MM-dd          | week of %Y-%m-%d",
        "HH'h'mm''ss                   | %Hh%M'%S",
    })
    void java_patterns_become_strptime_formats(String java, String strptime) {
        assertThat(DateFormats.toStrptime(java)).isEqualTo(strptime);
    }

    @Test
    void unsupported_fields_and_open_quotes_are_refused() {
        assertThatThrownBy(() -> DateFormats.toStrptime("yyyy-QQ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("date format 'yyyy-QQ': unsupported field 'QQ'; use y, M, d");
        assertThatThrownBy(() -> DateFormats.toStrptime("yyyy-MMMMM"))
                .hasMessageContaining("unsupported field 'MMMMM'");
        assertThatThrownBy(() -> DateFormats.toStrptime("yyyy'T"))
                .hasMessage("date format 'yyyy'T': quote opened at position 5 is not closed");
    }
}
