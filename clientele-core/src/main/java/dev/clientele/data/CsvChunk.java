package dev.clientele.data;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Reads one byte range of a delimited UTF-8 file, whole lines only, into per-column arrays: a column
 * marked as text gets {@link ByteDictionary} codes (-1 for an empty cell), any other column gets doubles
 * parsed by {@link DecimalText} (a missing flag for an empty cell). No object is made per cell.
 *
 * <p>It accepts only the plain RFC 4180 layout that DuckDB's CSV reader reads the same way: fields
 * separated by the delimiter, optionally enclosed in double quotes with {@code ""} for a quote, every line
 * ending like the header line (LF or CRLF) and holding exactly as many fields as the header. On anything
 * else (a blank line, a ragged row, a quote inside an unquoted field, text after a closing quote, a quoted
 * line break, a stray CR) it stops and says why in {@link #giveUp()}: the caller then hands the file to
 * DuckDB, whose reader and error messages stay the reference.
 */
final class CsvChunk {
    private static final int BLOCK = 1 << 22;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private final byte delimiter;
    private final boolean crlf;
    private final Columns out;
    private final int offset;
    private final int columns;
    private final ByteDictionary[] dictionaries;
    private final boolean[] notPlain;
    private int rows;
    private byte[] scratch = new byte[256];
    private int unescapedLength;
    private String giveUp;

    /** The arrays that the chunks of one read fill, each chunk from its own first row on. */
    static final class Columns {
        final boolean[] text;
        final double[][] numbers;
        final boolean[][] missing;
        final int[][] codes;

        /** @param text per column: code the cells as text (true) or parse them as numbers (false) */
        Columns(boolean[] text, int rows) {
            this.text = text.clone();
            numbers = new double[text.length][];
            missing = new boolean[text.length][];
            codes = new int[text.length][];
            for (int j = 0; j < text.length; j++) {
                if (text[j]) {
                    codes[j] = new int[rows];
                } else {
                    numbers[j] = new double[rows];
                    missing[j] = new boolean[rows];
                }
            }
        }
    }

    /** A chunk that stores its rows into {@code out} from row {@code offset} on. */
    CsvChunk(byte delimiter, boolean crlf, Columns out, int offset) {
        this.delimiter = delimiter;
        this.crlf = crlf;
        this.out = out;
        this.offset = offset;
        this.columns = out.text.length;
        dictionaries = new ByteDictionary[columns];
        notPlain = new boolean[columns];
        for (int j = 0; j < columns; j++) {
            dictionaries[j] = out.text[j] ? new ByteDictionary() : null;
        }
    }

    /**
     * Reads the lines of {@code [from, to)}, at most {@code maxRows} of them (the room in {@link Columns}
     * from the offset on). {@code from} must start a line and {@code to} must end one (or be the end of
     * the file).
     */
    void read(FileChannel file, long from, long to, int maxRows) throws IOException {
        byte[] buf = new byte[(int) Math.min(BLOCK, to - from + 2)];
        int filled = 0;
        long position = from;
        boolean end = false;
        while (giveUp == null && rows < maxRows) {
            if (!end) {
                int room = (int) Math.min(buf.length - filled, to - position);
                int got = file.read(ByteBuffer.wrap(buf, filled, room), position);
                position += Math.max(got, 0);
                filled += Math.max(got, 0);
                end = got < 0 || position >= to; // a file that shrank while read ends early
            }
            if (end && filled > 0 && buf[filled - 1] != '\n') {
                buf = ensure(buf, filled + 2);
                if (crlf) {
                    buf[filled++] = '\r';
                }
                buf[filled++] = '\n';
            }
            int limit = filled;
            while (limit > 0 && buf[limit - 1] != '\n') {
                limit--;
            }
            if (limit == 0) {
                if (end) {
                    return;
                }
                buf = ensure(buf, 2 * buf.length);
                continue;
            }
            int p = 0;
            while (p < limit && rows < maxRows && giveUp == null) {
                p = row(buf, p, offset + rows);
            }
            System.arraycopy(buf, limit, buf, 0, filled - limit);
            filled -= limit;
            if (end && filled == 0) {
                return;
            }
        }
    }

    /**
     * The number of lines in {@code [from, to)}: its line feeds, plus one for a last line without one at
     * the end of the file. Every line feed ends a row of a plain file (a quoted line break is not plain).
     */
    static long countLines(FileChannel file, long from, long to) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(BLOCK, Math.max(1, to - from)));
        byte[] b = buf.array();
        long lines = 0;
        byte last = '\n';
        for (long position = from; position < to; ) {
            buf.clear().limit((int) Math.min(b.length, to - position));
            int got = file.read(buf, position);
            if (got <= 0) {
                break;
            }
            lines += lineFeeds(b, got);
            last = b[got - 1];
            position += got;
        }
        return lines + (last == '\n' ? 0 : 1);
    }

    /**
     * The line feeds in {@code b[0, n)}, eight bytes at a time: after xor with '\n' a line feed is a zero
     * byte, and {@code ((x & 0x7F..) + 0x7F..) | x} has the high bit of exactly the non-zero bytes set.
     */
    static int lineFeeds(byte[] b, int n) {
        int count = 0;
        int i = 0;
        for (; i + Long.BYTES <= n; i += Long.BYTES) {
            long x = (long) LONGS.get(b, i) ^ 0x0A0A0A0A0A0A0A0AL;
            long nonZero = ((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | x;
            count += Long.bitCount(~nonZero & 0x8080808080808080L);
        }
        for (; i < n; i++) {
            count += b[i] == '\n' ? 1 : 0;
        }
        return count;
    }

    private static byte[] ensure(byte[] buf, int size) {
        return size <= buf.length ? buf : Arrays.copyOf(buf, Math.max(size, 2 * buf.length));
    }

    /**
     * Parses the line at {@code p} (ending with '\n' before the buffer's limit) into row {@code at};
     * returns the next line's start.
     */
    private int row(byte[] b, int p, int at) {
        if (b[p] == '\n' || b[p] == '\r') {
            return stop("a blank line");
        }
        for (int j = 0; j < columns; j++) {
            byte[] src = b;
            int start;
            int end;
            if (b[p] == '"') {
                int q = p + 1;
                boolean escapes = false;
                while (true) {
                    byte c = b[q];
                    if (c == '"') {
                        if (b[q + 1] != '"') {
                            break;
                        }
                        escapes = true;
                        q += 2;
                    } else if (c == '\n' || c == '\r') {
                        return stop("a line break inside a quoted field");
                    } else {
                        q++;
                    }
                }
                start = p + 1;
                end = q;
                p = q + 1;
                if (escapes) {
                    src = unescape(b, start, end);
                    start = 0;
                    end = unescapedLength;
                }
            } else {
                int q = p;
                byte c;
                while ((c = b[q]) != delimiter && c != '\n' && c != '"' && c != '\r') {
                    q++;
                }
                if (c == '"') {
                    return stop("a quote inside an unquoted field");
                }
                start = p;
                end = q;
                p = q;
            }
            if (j < columns - 1) {
                if (b[p] != delimiter) {
                    return stop("a line with another number of fields than the header");
                }
                p++;
            } else if (crlf ? b[p] != '\r' || b[p + 1] != '\n' : b[p] != '\n') {
                return stop(b[p] == delimiter ? "a line with more fields than the header" : "an unexpected line ending");
            } else {
                p += crlf ? 2 : 1;
            }
            store(j, at, src, start, end);
        }
        rows++;
        return p;
    }

    /** The quoted field {@code b[from, to)} with each {@code ""} made one quote, in {@link #scratch}. */
    private byte[] unescape(byte[] b, int from, int to) {
        if (scratch.length < to - from) {
            scratch = new byte[2 * (to - from)];
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            scratch[n++] = b[i];
            if (b[i] == '"') {
                i++;
            }
        }
        unescapedLength = n;
        return scratch;
    }

    private void store(int j, int at, byte[] b, int start, int end) {
        if (out.text[j]) {
            out.codes[j][at] = start == end ? -1 : dictionaries[j].code(b, start, end);
        } else if (start == end) {
            out.missing[j][at] = true;
        } else {
            double v = DecimalText.parse(b, start, end);
            if (Double.isNaN(v)) {
                notPlain[j] = true;
            } else {
                out.numbers[j][at] = v;
            }
        }
    }

    private int stop(String why) {
        giveUp = why + " (data line " + (rows + 1) + " of this part)";
        return Integer.MAX_VALUE;
    }

    /** Why the layout is not the plain one this reader accepts, or {@code null}. */
    String giveUp() {
        return giveUp;
    }

    /** Rows read. */
    int rows() {
        return rows;
    }

    /** True when number column {@code j} met a non-empty cell that is not a plain number. */
    boolean notPlain(int j) {
        return notPlain[j];
    }

    /** The dictionary of text column {@code j}: this chunk's codes index it. */
    ByteDictionary dictionary(int j) {
        return dictionaries[j];
    }
}
