package dev.clientele.cli;

import dev.clientele.data.DataSource;
import dev.clientele.data.SchemaInference;
import dev.clientele.data.Table;
import dev.clientele.data.TableReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code clientele demo}: the whole product on the bundled IBM Telco data. Grows with each capability so
 * that it always shows everything Clientele does.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the main flow on the bundled demo data (IBM Telco customer churn, 7,043 customers).",
        footer = {"%nExamples:", "  clientele demo"})
final class DemoCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path telco = DemoData.file(DemoData.TELCO);
        Log.info("demo: IBM Telco customer churn (modeldata 1.1.0, MIT licence), bundled as examples/" + DemoData.TELCO);
        out.println("== 1. What is in the data (clientele inspect) ==");
        Table table = TableReader.read(DataSource.of(telco));
        out.print(InspectCommand.render(table, SchemaInference.profile(table)).replace(telco.toString(), DemoData.TELCO));
        out.flush();
        return 0;
    }
}
