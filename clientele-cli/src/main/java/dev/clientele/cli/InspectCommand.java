package dev.clientele.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientele.data.ColumnProfile;
import dev.clientele.data.ColumnRole;
import dev.clientele.data.SchemaInference;
import dev.clientele.data.Table;
import dev.clientele.data.TableReader;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code clientele inspect}: per column the inferred type and role, missing and distinct counts, ranges. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show what a table holds: per column the inferred type and role, missing and distinct "
                + "counts, min/max or top levels, examples; flags constant columns, likely targets and ids.",
        footer = {"%nExamples:",
                "  clientele inspect --data examples/telco_churn.csv",
                "  clientele inspect --data sales.parquet --json",
                "  clientele inspect --data jdbc:postgresql://localhost/crm --table customers",
                "  clientele inspect --data orders.csv --query \"select * from data where amount > 0\""})
final class InspectCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--json", description = "Print JSON: {\"rows\": N, \"columns\": [{\"name\", \"type\", \"role\", ...}]}.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Table table = TableReader.read(data.source());
        Log.info(String.format(Locale.ROOT, "inspect: loaded %,d rows x %d columns in %.2f s", table.rowCount(),
                table.columnCount(), (System.nanoTime() - start) / 1e9));
        List<ColumnProfile> profiles = SchemaInference.profile(table);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(table, profiles)));
        } else {
            out.print(render(table, profiles));
        }
        out.flush();
        return 0;
    }

    static ObjectNode toJson(Table table, List<ColumnProfile> profiles) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("source", table.source());
        root.put("rows", table.rowCount());
        ArrayNode cols = root.putArray("columns");
        for (ColumnProfile p : profiles) {
            ObjectNode c = cols.addObject();
            c.put("name", p.name());
            c.put("type", p.type());
            c.put("role", p.role().label());
            c.put("missing", p.missing());
            c.put("distinct", p.distinct());
            if (p.min() != null) {
                c.put("min", p.min());
                c.put("max", p.max());
            }
            if (p.mean() != null) {
                // JSON has no infinities: a column holding "inf" has no finite mean
                if (Double.isFinite(p.mean())) {
                    c.put("mean", p.mean());
                } else {
                    c.putNull("mean");
                }
            }
            if (!p.top().isEmpty()) {
                ArrayNode top = c.putArray("top");
                p.top().forEach(t -> top.addObject().put("value", t.level()).put("count", t.count()));
            }
            ArrayNode ex = c.putArray("examples");
            p.examples().forEach(ex::add);
        }
        return root;
    }

    /** Widest "range / top levels" cell; with the other columns a typical table fits 140 characters. */
    static final int SUMMARY_WIDTH = 42;
    /** Widest "examples" cell. */
    static final int EXAMPLES_WIDTH = 32;
    private static final String MORE = "...";

    static String render(Table table, List<ColumnProfile> profiles) {
        StringBuilder sb = new StringBuilder();
        sb.append(table.source()).append(": ").append(String.format(Locale.ROOT, "%,d", table.rowCount()))
                .append(" rows, ").append(table.columnCount()).append(" columns\n\n");
        TextTable t = new TextTable("column", "type", "role", "missing", "distinct", "range / top levels", "examples")
                .alignRight(3, 4);
        for (ColumnProfile p : profiles) {
            t.add(p.name(), p.type(), p.role().label(), p.missing(), p.distinct(), summary(p), examples(p));
        }
        sb.append(t.render());
        notes(sb, profiles);
        return sb.toString();
    }

    /** Top levels with counts, as many as fit in {@link #SUMMARY_WIDTH}, or the numeric/time range. */
    static String summary(ColumnProfile p) {
        if (!p.top().isEmpty()) {
            List<String> parts = p.top().stream()
                    .map(lc -> shorten(lc.level(), 20) + " (" + lc.count() + ")").toList();
            return joinWithin(parts, p.distinct() > parts.size(), SUMMARY_WIDTH);
        }
        if (p.min() != null) {
            return shorten(p.min() + " .. " + p.max(), SUMMARY_WIDTH);
        }
        return "";
    }

    private static String examples(ColumnProfile p) {
        List<String> parts = p.examples().stream().map(e -> shorten(e, 16)).toList();
        return joinWithin(parts, false, EXAMPLES_WIDTH);
    }

    /**
     * Joins parts with ", " while the result stays within {@code width}, ending with "..." when parts were
     * left out (or {@code more} says the list was already incomplete).
     */
    static String joinWithin(List<String> parts, boolean more, int width) {
        StringBuilder s = new StringBuilder();
        int used = 0;
        for (String part : parts) {
            String sep = s.length() > 0 ? ", " : "";
            boolean last = used == parts.size() - 1;
            int reserve = last && !more ? 0 : 2 + MORE.length();
            if (s.length() + sep.length() + part.length() + reserve > width && s.length() > 0) {
                break;
            }
            s.append(sep).append(part);
            used++;
        }
        if (used < parts.size() || more) {
            s.append(s.length() > 0 ? ", " : "").append(MORE);
        }
        return shorten(s.toString(), width);
    }

    private static void notes(StringBuilder sb, List<ColumnProfile> profiles) {
        StringBuilder n = new StringBuilder();
        note(n, profiles, ColumnRole.LIKELY_TARGET, "likely targets (two-valued text)");
        note(n, profiles, ColumnRole.ID, "ids (unique per row, never used as features)");
        note(n, profiles, ColumnRole.CONSTANT, "constant columns (no information)");
        note(n, profiles, ColumnRole.EMPTY, "empty columns");
        if (n.length() > 0) {
            sb.append('\n').append(n);
        }
    }

    private static void note(StringBuilder sb, List<ColumnProfile> profiles, ColumnRole role, String what) {
        List<String> names = profiles.stream().filter(p -> p.role() == role).map(ColumnProfile::name).toList();
        if (!names.isEmpty()) {
            sb.append(what).append(": ").append(String.join(", ", names)).append('\n');
        }
    }

    /** Cuts text longer than {@code max} characters, marking the cut with "..."; line breaks become spaces. */
    static String shorten(String s, int max) {
        String flat = s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        return flat.length() <= max ? flat : flat.substring(0, max - MORE.length()) + MORE;
    }
}
