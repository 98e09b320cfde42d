package dev.clientele.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientele.testing.Seeds;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Codes in order of first appearance, checked against a HashMap; merging; line-feed counting. */
class ByteDictionaryTest {
    @Seeds.Cases(3)
    void codes_match_a_map_in_first_appearance_order(long seed) throws CharacterCodingException {
        Random rnd = new Random(seed);
        ByteDictionary a = new ByteDictionary();
        ByteDictionary b = new ByteDictionary();
        Map<String, Integer> ra = new HashMap<>();
        Map<String, Integer> rb = new HashMap<>();
        for (int k = 0; k < 60_000; k++) {
            String s = randomText(rnd);
            byte[] bytes = ("..." + s + "..").getBytes(StandardCharsets.UTF_8);
            boolean first = rnd.nextBoolean();
            ByteDictionary d = first ? a : b;
            Map<String, Integer> r = first ? ra : rb;
            int want = r.computeIfAbsent(s, x -> r.size());
            assertThat(d.code(bytes, 3, bytes.length - 2)).as(s).isEqualTo(want);
        }
        assertThat(a.size()).isEqualTo(ra.size());
        String[] before = a.strings();
        int[] map = a.merge(b);
        String[] all = a.strings();
        assertThat(all).startsWith(before);
        rb.forEach((s, code) -> assertThat(all[map[code]]).isEqualTo(s));
        assertThat(all).doesNotHaveDuplicates().hasSize(before.length + (int) rb.keySet().stream()
                .filter(s -> !ra.containsKey(s)).count());
    }

    private static String randomText(Random rnd) {
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = rnd.nextInt(rnd.nextBoolean() ? 4 : 20); i < n; i++) {
            s.append("ab_é中0".charAt(rnd.nextInt(6)));
        }
        return s.toString();
    }

    @Test
    void bytes_that_are_not_utf8_are_refused_when_decoded() {
        ByteDictionary d = new ByteDictionary();
        d.code(new byte[] {'o', 'k'}, 0, 2);
        d.code(new byte[] {'q', (byte) 0xE9, 'q'}, 0, 3);
        assertThatThrownBy(d::strings).isInstanceOf(CharacterCodingException.class);
    }

    @Seeds.Cases(2)
    void line_feeds_are_counted_eight_bytes_at_a_time_like_one_by_one(long seed) {
        Random rnd = new Random(seed);
        for (int k = 0; k < 2000; k++) {
            byte[] b = new byte[rnd.nextInt(100)];
            rnd.nextBytes(b);
            int naive = 0;
            for (int i = 0; i < b.length; i++) {
                if (rnd.nextInt(5) == 0) {
                    b[i] = '\n';
                }
                naive += b[i] == '\n' ? 1 : 0;
            }
            assertThat(CsvChunk.lineFeeds(b, b.length)).isEqualTo(naive);
        }
    }
}
