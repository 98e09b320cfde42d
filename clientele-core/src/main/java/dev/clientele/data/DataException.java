package dev.clientele.data;

/**
 * Bad input data or a bad data reference: one line saying what is wrong, where (source, line, column) and
 * what to do. Unchecked, so that it crosses the library unchanged up to the CLI, which prints
 * {@link #getMessage()} and exits with status 1.
 *
 * <p>Example message: {@code customers.csv line 490, column 'total': empty value; use --impute}.
 */
public class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final long line;
    private final String column;

    /**
     * @param source where the data came from (a file name or a sanitised URL), or {@code null}
     * @param line   1-based line number in the source file, or 0 when unknown
     * @param column column name, or {@code null}
     * @param what   what is wrong and what to do
     */
    public DataException(String source, long line, String column, String what) {
        this(source, line, column, what, null);
    }

    public DataException(String source, long line, String column, String what, Throwable cause) {
        super(compose(source, line, column, what), cause);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** A problem with no particular location. */
    public DataException(String what) {
        this(null, 0, null, what);
    }

    private static String compose(String source, long line, String column, String what) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
        }
        if (line > 0) {
            sb.append(sb.length() > 0 ? " " : "").append("line ").append(line);
        }
        if (column != null) {
            sb.append(sb.length() > 0 ? ", " : "").append("column '").append(column).append('\'');
        }
        return sb.length() == 0 ? what : sb.append(": ").append(what).toString();
    }

    /** The source (file or sanitised URL), or {@code null}. */
    public String source() {
        return source;
    }

    /** 1-based line, or 0 when not known. */
    public long line() {
        return line;
    }

    /** Column name, or {@code null}. */
    public String column() {
        return column;
    }
}
