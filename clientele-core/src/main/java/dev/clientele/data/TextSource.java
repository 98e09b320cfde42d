package dev.clientele.data;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text file made ready for DuckDB: checked (missing, empty, binary, encoding), re-encoded to a temporary
 * UTF-8 file when it has another encoding, its header read and its delimiter decided. Close it to delete
 * the temporary file. DuckDB's failures on it are explained in the user's terms by {@link #explain}.
 */
final class TextSource implements AutoCloseable {
    private static final Pattern LINE = Pattern.compile("Line: (\\d+)");
    private final Path file;
    private final Path readable;
    private final TextFiles.Header header;
    private final String display;

    private TextSource(Path file, Path readable, TextFiles.Header header, String display) {
        this.file = file;
        this.readable = readable;
        this.header = header;
        this.display = display;
    }

    static TextSource open(DataSource source) {
        Path file = Path.of(source.location());
        String display = source.displayName();
        Charset cs = TextFiles.charset(source.encodingOrDefault(), display);
        TextFiles.checkReadable(file, !cs.name().startsWith("UTF-16") && !cs.name().startsWith("UTF-32"));
        Path readable = file;
        try {
            if (cs.equals(StandardCharsets.UTF_8)) {
                TextFiles.checkUtf8(file);
            } else {
                readable = TextFiles.transcodeToUtf8(file, cs);
            }
            return new TextSource(file, readable, TextFiles.header(readable, display, source.delimiter()), display);
        } catch (IOException e) {
            deleteTemporary(file, readable);
            throw new DataException(display, 0, null, "cannot read file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteTemporary(file, readable);
            throw e;
        }
    }

    /** The UTF-8 file DuckDB reads: the original or a re-encoded temporary copy. */
    Path readable() {
        return readable;
    }

    TextFiles.Header header() {
        return header;
    }

    String display() {
        return display;
    }

    /**
     * DuckDB's {@code read_csv(...)} of a delimited file: every column VARCHAR, named as in the header, with
     * fixed quote and escape characters so that no scan sniffs again: RFC 4180 ({@code "} for both) unless
     * the head of the file shows a backslash before a quote or a single quote opening a field, in which case
     * DuckDB's sniffer decides once.
     */
    String csvRelation(Connection duck) throws SQLException {
        String delim = DuckDb.literal(header.delimiter() == '\t' ? "\\t" : String.valueOf(header.delimiter()));
        String path = DuckDb.literal(readable.toString());
        String quote = "\"";
        String escape = "\"";
        if (!TextFiles.mayNeedSniffing(readable, header.delimiter())) {
            return csvRelation(path, delim, quote, escape);
        }
        try (Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("SELECT Quote, Escape FROM sniff_csv(" + path + ", all_varchar = true, "
                     + "header = true, delim = " + delim + ")")) {
            if (rs.next()) {
                quote = dialectChar(rs.getString(1), quote);
                escape = dialectChar(rs.getString(2), quote);
            }
        }
        return csvRelation(path, delim, quote, escape);
    }

    private String csvRelation(String path, String delim, String quote, String escape) {
        StringBuilder columns = new StringBuilder();
        for (String name : header.names()) {
            columns.append(columns.length() == 0 ? "" : ", ").append(DuckDb.literal(name)).append(": 'VARCHAR'");
        }
        return "read_csv(" + path + ", auto_detect = false, header = true, delim = " + delim + ", quote = "
                + DuckDb.literal(quote) + ", escape = " + DuckDb.literal(escape) + ", columns = {" + columns + "})";
    }

    /** A sniffed quote or escape character; DuckDB reports "none found" as an empty or "(empty)" value. */
    private static String dialectChar(String sniffed, String fallback) {
        return sniffed == null || sniffed.length() != 1 ? fallback : sniffed;
    }

    /** Fails when DuckDB found another number of columns than the header has (a ragged row, or a wrong delimiter). */
    void checkColumnCount(Connection duck, String relation) throws SQLException {
        List<String> got = Staging.columnNames(duck, relation);
        if (got.size() != header.names().size()) {
            TextFiles.Ragged ragged = TextFiles.firstRaggedLine(readable, header);
            if (ragged != null) {
                throw ragged.error(display);
            }
            throw new DataException(display, 1, null, "header has " + header.names().size()
                    + " fields but the rows have " + got.size() + "; check the delimiter (--delimiter)");
        }
    }

    /** DuckDB's error while reading this file, as the user's problem: encoding, ragged row, or parse error. */
    DataException explain(SQLException e) {
        String msg = DuckDb.firstLine(e);
        // DuckDB reports bad UTF-8 beyond the probed head in several ways (one of them an internal error), so
        // the file itself is checked
        long badLine = TextFiles.firstInvalidUtf8Line(readable);
        if (badLine > 0) {
            return TextFiles.notUtf8(display, badLine, (byte) 0);
        }
        TextFiles.Ragged ragged = TextFiles.firstRaggedLine(readable, header);
        if (ragged != null) {
            return ragged.error(display);
        }
        String reason = csvReason(e.getMessage());
        if (reason == null) {
            return new DataException(display, lineOf(e.getMessage()), null, "cannot parse: " + msg, e);
        }
        return new DataException(display, lineOf(e.getMessage()), null, "cannot parse: " + reason + "; check the "
                + "quoting on this line (a quote inside a quoted field is written twice), or give --delimiter or "
                + "--encoding if the file uses another one", e);
    }

    /**
     * The reason in DuckDB's multi-part CSV error ("CSV Error on Line: 3", "Original Line: ...", the reason, then
     * fixes and the dialect), without its final period, e.g. {@code value with unterminated quote found}; null
     * when the message has another shape.
     */
    static String csvReason(String message) {
        String[] lines = String.valueOf(message).split("\\R");
        int i = 0;
        while (i < lines.length && !lines[i].contains("CSV Error on Line")) {
            i++;
        }
        i += i + 1 < lines.length && lines[i + 1].startsWith("Original Line:") ? 2 : 1;
        StringBuilder reason = new StringBuilder();
        for (; i < lines.length && !lines[i].isBlank(); i++) {
            reason.append(reason.length() > 0 ? " " : "").append(lines[i].strip());
        }
        if (reason.length() == 0) {
            return null;
        }
        String r = reason.toString().replaceAll("\\.$", "");
        return Character.toLowerCase(r.charAt(0)) + r.substring(1);
    }

    private static long lineOf(String message) {
        Matcher m = LINE.matcher(message == null ? "" : message);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    @Override
    public void close() {
        deleteTemporary(file, readable);
    }

    private static void deleteTemporary(Path file, Path readable) {
        if (!readable.equals(file)) {
            try {
                Files.deleteIfExists(readable);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans it eventually
            }
        }
    }
}
