package dev.clientele.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientele.testing.Seeds;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain decimal numbers parse to the correctly rounded double; everything else is "not plain". */
class DecimalTextTest {
    private static double parse(String s) {
        byte[] b = ("<" + s + ">").getBytes(StandardCharsets.ISO_8859_1);
        return DecimalText.parse(b, 1, b.length - 1);
    }

    @Seeds.Cases(8)
    void random_plain_numbers_equal_java_parse_double(long seed) {
        Random rnd = new Random(seed);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder s = new StringBuilder(rnd.nextBoolean() ? "-" : "");
            int intDigits = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 24 : 8);
            s.append(intDigits == 1 ? rnd.nextInt(10) : 1 + rnd.nextInt(9));
            for (int i = 1; i < intDigits; i++) {
                s.append(rnd.nextInt(10));
            }
            if (rnd.nextBoolean()) {
                s.append('.');
                for (int i = 0, n = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 30 : 6); i < n; i++) {
                    s.append(rnd.nextInt(10));
                }
            }
            if (rnd.nextInt(3) == 0) {
                s.append(rnd.nextBoolean() ? 'e' : 'E').append(rnd.nextBoolean() ? "-" : rnd.nextBoolean() ? "+" : "")
                        .append(rnd.nextInt(rnd.nextInt(5) == 0 ? 400 : 30));
            }
            String text = s.toString();
            // boxed comparison: -0.0 must stay -0.0
            assertThat(Double.valueOf(parse(text))).as(text).isEqualTo(Double.valueOf(Double.parseDouble(text)));
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 0.0", "-0, -0.0", "-05, -5.0", "12.50, 12.5", "1e400, Infinity", "1e-400, 0.0",
        "0.1000000000000000055511, 0.1", "9007199254740993, 9007199254740992", "1E+0000005, 100000"})
    void edge_cases(String text, double expected) {
        assertThat(Double.valueOf(parse(text))).isEqualTo(Double.valueOf(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+5", ".5", "5.", "1e", "1e+", "e5", "007", "00", " 1", "1 ", "1_000", "inf",
        "NaN", "0x10", "1.2.3", "--1", "1,5", "１"})
    void other_text_is_not_plain(String text) {
        assertThat(parse(text)).isNaN();
    }
}
