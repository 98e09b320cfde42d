package dev.clientele.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns; numbers right-aligned, text left-aligned. */
final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final boolean[] right;

    TextTable(String... header) {
        this.header = List.of(header);
        this.right = new boolean[header.length];
    }

    /** Marks columns (0-based) to right-align. */
    TextTable alignRight(int... columns) {
        for (int c : columns) {
            right[c] = true;
        }
        return this;
    }

    TextTable add(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(c == null ? "" : c.toString());
        }
        rows.add(row);
        return this;
    }

    String render() {
        int[] width = new int[header.size()];
        for (int j = 0; j < width.length; j++) {
            width[j] = header.get(j).length();
            for (List<String> r : rows) {
                width[j] = Math.max(width[j], r.get(j).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, width);
        for (int j = 0; j < width.length; j++) {
            sb.append(j == 0 ? "" : "  ").append("-".repeat(width[j]));
        }
        sb.append('\n');
        for (List<String> r : rows) {
            line(sb, r, width);
        }
        return sb.toString();
    }

    private void line(StringBuilder sb, List<String> cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int j = 0; j < width.length; j++) {
            String c = cells.get(j);
            String pad = " ".repeat(width[j] - c.length());
            l.append(j == 0 ? "" : "  ").append(right[j] ? pad + c : c + pad);
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }
}
