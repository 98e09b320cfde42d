package dev.clientele.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a plain delimited UTF-8 file into a {@link Table} in Java, a part of the file per core, and gives
 * exactly the table that DuckDB's reader with {@link ColumnTyping}'s rules gives, or {@code null} when the
 * file is not plain (then {@link TableReader} lets DuckDB read it, errors included).
 *
 * <p>How: the first {@value #SAMPLE_ROWS} rows tell which columns hold only plain numbers
 * ({@link DecimalText}); the others are coded as text ({@link ByteDictionary}). The whole file is then cut
 * at line breaks into parts read in parallel ({@link CsvChunk}); a number column that meets other text
 * later becomes a text column and the parts are read again. The parts' dictionaries are merged in part
 * order, so rows keep the file's order. Each text column is finally typed from its distinct values
 * ({@link DistinctTyping}): the rules are statements about every value, so the distinct ones decide.
 *
 * <p>On the 1,000,000 x 20 benchmark file (167 MB) this takes about a third of the time of DuckDB's CSV
 * scan followed by the typing and loading queries (see bench/RESULTS.md).
 */
final class FastCsvReader {
    static final int SAMPLE_ROWS = ColumnTyping.SAMPLE_ROWS;
    private static final Logger LOG = LoggerFactory.getLogger(FastCsvReader.class);
    private static final long MIN_PART_BYTES = 4L << 20;
    private static final int HEAD_BYTES = 1 << 20;

    private FastCsvReader() {
    }

    /** Where the data lines start and how lines end, from the header line. */
    private record Layout(long dataStart, boolean crlf) {
    }

    /**
     * The table of {@code text}, or {@code null} when it needs DuckDB's reader; {@code duck} is opened
     * only for text columns that Java cannot type alone. Uses as many parts as
     * there are processors, each at least {@value #MIN_PART_BYTES} bytes.
     */
    static Table read(DuckDb.Lazy duck, TextSource text) throws SQLException {
        return read(duck, text, Runtime.getRuntime().availableProcessors(), MIN_PART_BYTES);
    }

    /** As {@link #read(Connection, TextSource)}, with at most {@code parts} parts of {@code minPartBytes}. */
    static Table read(DuckDb.Lazy duck, TextSource text, int parts, long minPartBytes) throws SQLException {
        char d = text.header().delimiter();
        if (d >= 0x80 || d == '"' || d == '\n' || d == '\r' || TextFiles.mayNeedSniffing(text.readable(), d)) {
            return null;
        }
        byte delimiter = (byte) d;
        try (FileChannel file = FileChannel.open(text.readable(), StandardOpenOption.READ)) {
            long size = file.size();
            Layout layout = layout(file);
            if (layout == null) {
                return giveUp(text, "the header line is not plain");
            }
            int m = text.header().names().size();
            CsvChunk.Columns sampled = new CsvChunk.Columns(new boolean[m], SAMPLE_ROWS);
            CsvChunk sample = new CsvChunk(delimiter, layout.crlf(), sampled, 0);
            sample.read(file, layout.dataStart(), size, SAMPLE_ROWS);
            if (sample.giveUp() != null) {
                return giveUp(text, sample.giveUp());
            }
            boolean[] asText = new boolean[m];
            for (int j = 0; j < m; j++) {
                asText[j] = sample.notPlain(j);
            }
            long[] bounds = bounds(file, layout.dataStart(), size, (int) Math.max(1, Math.min(parts,
                    (size - layout.dataStart()) / Math.max(1, minPartBytes))));
            long t0 = System.nanoTime();
            int[] starts = rowStarts(file, bounds);
            long t1 = System.nanoTime();
            if (starts == null) {
                return giveUp(text, "more rows than an array holds");
            }
            while (true) {
                CsvChunk.Columns columns = new CsvChunk.Columns(asText, starts[starts.length - 1]);
                CsvChunk[] chunks = readParts(file, bounds, starts, delimiter, layout.crlf(), columns);
                boolean again = false;
                for (int k = 0; k < chunks.length; k++) {
                    CsvChunk c = chunks[k];
                    if (c.giveUp() != null) {
                        return giveUp(text, c.giveUp());
                    }
                    if (c.rows() != starts[k + 1] - starts[k]) {
                        return giveUp(text, "a line that is not a row");
                    }
                    for (int j = 0; j < m; j++) {
                        again |= !asText[j] && c.notPlain(j);
                        asText[j] |= c.notPlain(j);
                    }
                }
                if (!again) {
                    long t2 = System.nanoTime();
                    Table t = build(duck, text, columns, chunks);
                    LOG.debug("{}: {} rows read in Java, {} part(s): counting lines {} ms, parsing {} ms, typing {} ms",
                            text.display(), starts[starts.length - 1], chunks.length, (t1 - t0) / 1_000_000,
                            (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
                    return t;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return giveUp(text, "reading failed: " + e.getMessage());
        }
    }

    private static Table giveUp(TextSource text, String why) {
        LOG.debug("{}: read by DuckDB's CSV reader: {}", text.display(), why);
        return null;
    }

    /** Skips a UTF-8 byte order mark and the header line; {@code null} when there is no data line. */
    private static Layout layout(FileChannel file) throws IOException {
        ByteBuffer head = ByteBuffer.allocate((int) Math.min(HEAD_BYTES, file.size()));
        file.read(head, 0);
        byte[] b = head.array();
        int n = head.position();
        int start = n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
        int quotes = 0;
        for (int i = start; i < n; i++) {
            if (b[i] == '"') {
                quotes++;
            } else if (b[i] == '\n') {
                boolean crlf = i > start && b[i - 1] == '\r';
                return quotes % 2 == 0 && i + 1 < file.size() ? new Layout(i + 1, crlf) : null;
            }
        }
        return null;
    }

    /** Part boundaries: {@code parts} roughly equal byte ranges of the data, each cut after a line break. */
    private static long[] bounds(FileChannel file, long from, long to, int parts) throws IOException {
        List<Long> cuts = new ArrayList<>(List.of(from));
        ByteBuffer window = ByteBuffer.allocate(1 << 16);
        for (int k = 1; k < parts; k++) {
            long nominal = from + (to - from) * k / parts;
            if (nominal <= cuts.get(cuts.size() - 1)) {
                continue;
            }
            window.clear();
            int got = file.read(window, nominal);
            for (int i = 0; i < got; i++) {
                if (window.get(i) == '\n') {
                    if (nominal + i + 1 < to) {
                        cuts.add(nominal + i + 1);
                    }
                    break;
                }
            }
        }
        cuts.add(to);
        return cuts.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * The first row of each part and, last, the total: counted line feeds, in parallel. {@code null} when
     * there are more rows than an array holds.
     */
    private static int[] rowStarts(FileChannel file, long[] bounds) {
        long[] lines = new long[bounds.length - 1];
        IntStream.range(0, lines.length).parallel().forEach(k -> {
            try {
                lines[k] = CsvChunk.countLines(file, bounds[k], bounds[k + 1]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        int[] starts = new int[bounds.length];
        long at = 0;
        for (int k = 0; k < lines.length; k++) {
            at += lines[k];
            if (at > Integer.MAX_VALUE - 8) {
                return null;
            }
            starts[k + 1] = (int) at;
        }
        return starts;
    }

    private static CsvChunk[] readParts(FileChannel file, long[] bounds, int[] starts, byte delimiter, boolean crlf,
                                        CsvChunk.Columns columns) {
        CsvChunk[] chunks = new CsvChunk[bounds.length - 1];
        IntStream.range(0, chunks.length).parallel().forEach(k -> {
            chunks[k] = new CsvChunk(delimiter, crlf, columns, starts[k]);
            try {
                chunks[k].read(file, bounds[k], bounds[k + 1], starts[k + 1] - starts[k]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return chunks;
    }

    /** Merges the parts' dictionaries in part order and types the text columns. */
    private static Table build(DuckDb.Lazy duck, TextSource text, CsvChunk.Columns columns, CsvChunk[] chunks)
            throws SQLException {
        int n = 0;
        for (CsvChunk c : chunks) {
            n += c.rows();
        }
        if (n == 0) {
            return giveUp(text, "no data rows");
        }
        List<String> names = text.header().names();
        List<Column> out = new ArrayList<>(names.size());
        for (int j = 0; j < names.size(); j++) {
            if (!columns.text[j]) {
                out.add(NumericColumn.adopt(names.get(j), columns.numbers[j], columns.missing[j]));
                continue;
            }
            int[] codes = columns.codes[j];
            ByteDictionary dictionary = chunks[0].dictionary(j);
            int at = chunks[0].rows();
            for (int k = 1; k < chunks.length; k++) {
                int[] map = dictionary.merge(chunks[k].dictionary(j));
                for (int i = at; i < at + chunks[k].rows(); i++) {
                    codes[i] = codes[i] < 0 ? -1 : map[codes[i]];
                }
                at += chunks[k].rows();
            }
            String[] values;
            try {
                values = dictionary.strings();
            } catch (CharacterCodingException e) {
                return giveUp(text, "column " + names.get(j) + " holds bytes that are not UTF-8");
            }
            Column typed = DistinctTyping.column(duck, names.get(j), codes, values);
            if (typed == null) {
                return giveUp(text, "column " + names.get(j) + " holds a NUL character");
            }
            out.add(typed);
        }
        return new Table(text.display(), out);
    }
}
