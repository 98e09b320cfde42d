package dev.clientele.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Identifies the data a model was trained on: row count, schema, and a SHA-256 over the table's content.
 * The hash covers column names, types and every cell's text (missing cells hashed as a distinct marker),
 * so the same data gives the same hash whether it came from CSV, Parquet or a database.
 *
 * @param rows   number of rows
 * @param sha256 lower-case hex SHA-256 of the canonical content
 * @param schema column name to type label ({@code numeric}, {@code categorical}, ...), in table order
 */
public record DataFingerprint(int rows, String sha256, Map<String, String> schema) {

    public DataFingerprint {
        schema = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(schema));
    }

    public static DataFingerprint of(Table table) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> schema = new LinkedHashMap<>();
        List<Column> cols = new ArrayList<>(table.columns());
        for (Column c : cols) {
            schema.put(c.name(), c.type().label());
            md.update((c.name() + '\u0001' + c.type().label() + '\u0002').getBytes(StandardCharsets.UTF_8));
        }
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < table.rowCount(); i++) {
            row.setLength(0);
            for (Column c : cols) {
                String t = c.text(i);
                row.append(t == null ? "\u0000" : t).append('\u001f');
            }
            row.append('\n');
            md.update(row.toString().getBytes(StandardCharsets.UTF_8));
        }
        return new DataFingerprint(table.rowCount(), HexFormat.of().formatHex(md.digest()), schema);
    }
}
