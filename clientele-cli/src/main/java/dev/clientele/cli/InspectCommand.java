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
                "  clientele inspect --data jdbc:postgresql://localhost/crm --table customers"})
final class InspectCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--json", description = "Print JSON: {\"rows\": N, \"columns\": [{\"name\", \"type\", \"role\", ...}]}.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Table table = TableReader.read(data.source());
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
                c.put("mean", p.mean());
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

    static String render(Table table, List<ColumnProfile> profiles) {
        StringBuilder sb = new StringBuilder();
        sb.append(table.source()).append(": ").append(String.format(Locale.ROOT, "%,d", table.rowCount()))
                .append(" rows, ").append(table.columnCount()).append(" columns\n\n");
        TextTable t = new TextTable("column", "type", "role", "missing", "distinct", "range / top levels", "examples")
                .alignRight(3, 4);
        for (ColumnProfile p : profiles) {
            t.add(p.name(), p.type(), p.role().label(), p.missing(), p.distinct(), summary(p),
                    String.join(", ", p.examples().stream().map(e -> shorten(e, 18)).toList()));
        }
        sb.append(t.render());
        notes(sb, profiles);
        return sb.toString();
    }

    private static String summary(ColumnProfile p) {
        if (!p.top().isEmpty()) {
            StringBuilder s = new StringBuilder();
            for (ColumnProfile.LevelCount lc : p.top().subList(0, Math.min(3, p.top().size()))) {
                s.append(s.length() > 0 ? ", " : "").append(shorten(lc.level(), 16)).append(" (").append(lc.count()).append(')');
            }
            return s + (p.distinct() > 3 ? ", ..." : "");
        }
        if (p.min() != null) {
            return p.min() + " .. " + p.max();
        }
        return "";
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

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
