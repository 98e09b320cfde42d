package dev.clientele.data;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a table comes from: a file (CSV/TSV/whitespace-aligned text, Parquet, JSON lines, a DuckDB
 * database) or a JDBC URL, plus the options that say how to read it. The one {@code --data} option of
 * every command maps to {@link #location()}.
 *
 * @param location  a file path or a {@code jdbc:} URL
 * @param query     SQL to run against the source ({@code data} names a staged file), or {@code null}
 * @param table     table name inside a database source (JDBC or DuckDB file; refused for other files), or {@code null}
 * @param encoding  text encoding of a text file ({@code utf-8} by default; e.g. {@code latin1})
 * @param delimiter {@code null} to detect, {@code whitespace} for runs of blanks, or one character
 *                  ({@code ,} {@code ;} {@code |} {@code tab})
 */
public record DataSource(String location, String query, String table, String encoding, String delimiter) {

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USERINFO = Pattern.compile("(//[^/:@]+):[^@/]*@");

    public DataSource {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("data location must not be blank");
        }
        if (query != null && table != null) {
            throw new IllegalArgumentException("give either a query or a table, not both");
        }
        Kind kind = kindOf(location);
        if (table != null && kind != Kind.JDBC && kind != Kind.DUCKDB) {
            throw new IllegalArgumentException("--table applies to a database (a .duckdb file or a jdbc: URL), not to "
                    + location + "; leave it out, or filter the file with --query \"select ... from data\"");
        }
    }

    /** A source read with default options. */
    public static DataSource of(String location) {
        return new DataSource(location, null, null, null, null);
    }

    public static DataSource of(Path file) {
        return of(file.toString());
    }

    public DataSource withQuery(String sql) {
        return new DataSource(location, sql, null, encoding, delimiter);
    }

    public DataSource withTable(String name) {
        return new DataSource(location, null, name, encoding, delimiter);
    }

    public DataSource withEncoding(String enc) {
        return new DataSource(location, query, table, enc, delimiter);
    }

    public DataSource withDelimiter(String delim) {
        return new DataSource(location, query, table, encoding, delim);
    }

    /** The kinds of source, chosen from the URL scheme or the file extension. */
    public enum Kind { JDBC, TEXT, PARQUET, JSON, DUCKDB }

    public Kind kind() {
        return kindOf(location);
    }

    private static Kind kindOf(String location) {
        if (location.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return Kind.JDBC;
        }
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".parquet") || lower.endsWith(".pq")) {
            return Kind.PARQUET;
        }
        if (lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return Kind.JSON;
        }
        if (lower.endsWith(".duckdb") || lower.endsWith(".ddb")) {
            return Kind.DUCKDB;
        }
        return Kind.TEXT;
    }

    public boolean isJdbc() {
        return kind() == Kind.JDBC;
    }

    /** The location safe to print: passwords in a JDBC URL are replaced by {@code ***}. */
    public String displayName() {
        return sanitize(location);
    }

    /** Removes passwords from a JDBC URL or from any text that may contain one. */
    public static String sanitize(String text) {
        if (text == null) {
            return null;
        }
        String s = PASSWORD.matcher(text).replaceAll("$1***");
        return USERINFO.matcher(s).replaceAll("$1:***@");
    }

    /** The encoding name normalised: {@code utf-8} when unset. */
    public String encodingOrDefault() {
        return encoding == null || encoding.isBlank() ? "utf-8" : encoding.trim();
    }
}
