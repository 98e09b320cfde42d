package dev.clientele.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks on a delimited text file made in Java before DuckDB reads it, so that each kind of bad file gets
 * its own clear message: missing, empty, binary, wrong encoding, duplicated header names, ragged rows.
 * The checks read only the head of the file, except {@link #firstRaggedLine}, which runs after a failure.
 */
final class TextFiles {
    /** How much of the file the encoding check reads. */
    private static final int ENCODING_PROBE_BYTES = 4 << 20;
    private static final char[] DELIMITERS = {',', '\t', ';', '|'};

    private TextFiles() {
    }

    /** What the first line says about the file's layout. */
    record Header(List<String> names, char delimiter, boolean whitespace) {
    }

    /**
     * Fails unless {@code file} is a readable, non-empty regular file; with {@code checkBinary} (for
     * encodings where text holds no NUL byte) also when it looks binary.
     */
    static void checkReadable(Path file, boolean checkBinary) {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new DataException(name, 0, null, "file not found; check the path given to --data");
        }
        if (Files.isDirectory(file)) {
            throw new DataException(name, 0, null, "is a directory, not a data file");
        }
        if (!Files.isReadable(file)) {
            throw new DataException(name, 0, null, "file is not readable (permission denied)");
        }
        try {
            if (Files.size(file) == 0) {
                throw new DataException(name, 0, null, "file is empty; expected a header line and data rows");
            }
            byte[] head = readHead(file, 8192);
            if (!checkBinary) {
                return;
            }
            if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                    || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
                throw new DataException(name, 0, null, "starts with a UTF-16 byte order mark; read it with --encoding utf-16");
            }
            if (head.length >= 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R' && head[3] == '1') {
                throw new DataException(name, 0, null, "is a Parquet file; give it a .parquet extension");
            }
            for (int i = 0; i < head.length; i++) {
                if (head[i] == 0) {
                    throw new DataException(name, 0, null, "looks like a binary file (NUL byte at offset " + i
                            + "), not delimited text; give a CSV, TSV, Parquet, JSON-lines or DuckDB file");
                }
            }
        } catch (IOException e) {
            throw new DataException(name, 0, null, "cannot read file: " + e.getMessage(), e);
        }
    }

    /**
     * The Java charset for a user-given encoding name ("latin1", "cp1252", "utf-16", ...).
     *
     * @throws IllegalArgumentException for an unknown name (an option error, not a data error)
     */
    static Charset charset(String encoding, String source) {
        String e = encoding.trim().toLowerCase(java.util.Locale.ROOT);
        if (e.equals("latin1") || e.equals("latin-1")) {
            e = "ISO-8859-1";
        }
        try {
            return Charset.forName(e);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
            // a bad option value, not bad data: the command line exits 2
            throw new IllegalArgumentException(source + ": unknown --encoding '" + encoding
                    + "'; use a Java charset name such as utf-8, latin1, windows-1252 or utf-16");
        }
    }

    /**
     * Fails with the first line holding bytes that are not valid UTF-8, naming the {@code --encoding} option.
     * Reads the first 4 MiB; DuckDB checks the rest while reading.
     */
    static void checkUtf8(Path file) {
        byte[] head;
        try {
            head = readHead(file, ENCODING_PROBE_BYTES);
        } catch (IOException e) {
            throw new DataException(file.toString(), 0, null, "cannot read file: " + e.getMessage(), e);
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head);
        CharBuffer out = CharBuffer.allocate(head.length + 1);
        var result = dec.decode(in, out, head.length < ENCODING_PROBE_BYTES);
        if (result.isError()) {
            int bad = in.position();
            long line = 1;
            for (int i = 0; i < bad; i++) {
                if (head[i] == '\n') {
                    line++;
                }
            }
            throw notUtf8(file.toString(), line, head[bad]);
        }
    }

    /**
     * The 1-based line of the first bytes in the whole file that are not valid UTF-8, or 0 when it is all
     * valid. Streams the file; used only to explain a failed read.
     */
    static long firstInvalidUtf8Line(Path file) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long line = 1;
        try (InputStream stream = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int got = stream.read(in.array(), in.position(), in.remaining());
                end = got < 0;
                in.position(in.position() + Math.max(got, 0));
                in.flip();
                int from = in.position();
                var result = dec.decode(in, out, end);
                out.clear();
                for (int i = from; i < in.position(); i++) {
                    line += in.get(i) == '\n' ? 1 : 0;
                }
                if (result.isError()) {
                    return line;
                }
                in.compact();
            }
            return 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * True when the first 256 KiB of a delimited file hold a backslash before a double quote, or a single
     * quote right after a delimiter or line start: quoting other than RFC 4180's, for DuckDB's sniffer to judge.
     */
    static boolean mayNeedSniffing(Path file, char delimiter) {
        byte[] head;
        try {
            head = readHead(file, 256 << 10);
        } catch (IOException e) {
            return true;
        }
        for (int i = 0; i < head.length; i++) {
            boolean fieldStart = i == 0 || head[i - 1] == delimiter || head[i - 1] == '\n';
            if ((head[i] == '"' && i > 0 && head[i - 1] == '\\') || (head[i] == '\'' && fieldStart)) {
                return true;
            }
        }
        return false;
    }

    static DataException notUtf8(String source, long line, byte bad) {
        String hex = bad == 0 ? "" : String.format(" (byte 0x%02X)", bad & 0xff);
        return new DataException(source, line, null, "text is not valid UTF-8" + hex
                + "; give the file's encoding, e.g. --encoding latin1 or --encoding windows-1252");
    }

    /** Re-encodes a text file to a temporary UTF-8 file (deleted by the caller). */
    static Path transcodeToUtf8(Path file, Charset from) throws IOException {
        Path tmp = Files.createTempFile("clientele-utf8-", ".txt");
        try (Reader r = Files.newBufferedReader(file, from); Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            r.transferTo(w);
        } catch (CharacterCodingException e) {
            Files.deleteIfExists(tmp);
            throw new DataException(file.toString(), 0, null, "cannot decode as " + from.name() + ": " + e.getMessage());
        }
        return tmp;
    }

    /**
     * Reads the header line and decides the delimiter: the forced one, else the most frequent of
     * {@code , TAB ; |} outside quotes, else runs of whitespace when the line has several blank-separated
     * words. Fails on duplicated or empty header names.
     */
    static Header header(Path file, String source, String forced) {
        String line;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            line = r.readLine();
        } catch (IOException e) {
            throw new DataException(source, 1, null, "cannot read header: " + e.getMessage(), e);
        }
        if (line == null || line.isBlank()) {
            throw new DataException(source, 1, null, "the first line is blank; expected a header with column names");
        }
        if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
            line = line.substring(1);
        }
        boolean whitespace;
        char delim;
        if (forced != null && !forced.isBlank()) {
            whitespace = forced.equalsIgnoreCase("whitespace") || forced.equalsIgnoreCase("space");
            delim = whitespace ? ' ' : parseDelimiter(forced, source);
        } else {
            delim = mostFrequentDelimiter(line);
            whitespace = delim == 0 && line.trim().split("\\s+").length > 1;
            if (delim == 0) {
                delim = ',';
            }
        }
        List<String> names = whitespace ? List.of(line.trim().split("\\s+")) : split(line, delim);
        checkNames(names, source);
        return new Header(names, delim, whitespace);
    }

    private static char parseDelimiter(String forced, String source) {
        String f = forced.trim();
        if (f.equalsIgnoreCase("tab") || f.equals("\\t")) {
            return '\t';
        }
        if (f.length() == 1) {
            return f.charAt(0);
        }
        throw new IllegalArgumentException(source + ": unknown --delimiter '" + forced
                + "'; use one character (, ; |), tab, or whitespace");
    }

    private static char mostFrequentDelimiter(String line) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (ch == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = -1;
        for (int d = 0; d < DELIMITERS.length; d++) {
            if (counts[d] > 0 && (best < 0 || counts[d] > counts[best])) {
                best = d;
            }
        }
        return best < 0 ? 0 : DELIMITERS[best];
    }

    private static void checkNames(List<String> names, String source) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n.isBlank()) {
                throw new DataException(source, 1, null, "header field " + (i + 1) + " is empty; every column needs a name"
                        + (i == names.size() - 1 ? " (a trailing delimiter on the header line?)" : ""));
            }
            // DuckDB (and SQL in --query and --feature) does not tell 'a' from 'A'
            Integer before = seen.put(n.toLowerCase(Locale.ROOT), i + 1);
            if (before != null) {
                String first = names.get(before - 1);
                throw new DataException(source, 1, n, "duplicated column name (header fields " + before + " and "
                        + (i + 1) + (first.equals(n) ? "" : ", '" + first + "' and '" + n + "': names are case-insensitive")
                        + "); rename one of them");
            }
        }
    }

    /** Splits one line on a delimiter, honouring double quotes ("" is an escaped quote). */
    static List<String> split(String line, char delim) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == delim) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /** A data line whose field count differs from the header's. */
    record Ragged(long line, int fields, int expected) {
        DataException error(String source) {
            return new DataException(source, line, null, "has " + fields + " fields but the header has " + expected
                    + "; fix the row or check the delimiter (--delimiter)");
        }
    }

    /**
     * The first data line whose field count differs from the header's, or {@code null}. Blank lines are
     * skipped; a quoted field may span lines. This runs only to explain a failed or suspicious read.
     */
    static Ragged firstRaggedLine(Path file, Header header) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.readLine();
            String line;
            long no = 1;
            int expected = header.names().size();
            while ((line = r.readLine()) != null) {
                no++;
                long start = no;
                if (line.isBlank()) {
                    continue;
                }
                if (!header.whitespace()) {
                    while (openQuote(line)) {
                        String more = r.readLine();
                        if (more == null) {
                            break;
                        }
                        no++;
                        line = line + "\n" + more;
                    }
                }
                int fields = header.whitespace() ? line.trim().split("\\s+").length : split(line, header.delimiter()).size();
                if (fields != expected) {
                    return new Ragged(start, fields, expected);
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** True when the text ends inside a double-quoted field. */
    private static boolean openQuote(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                quoted = !quoted;
            }
        }
        return quoted;
    }

    private static byte[] readHead(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        }
    }
}
