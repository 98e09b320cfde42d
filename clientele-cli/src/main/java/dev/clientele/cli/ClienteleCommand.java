package dev.clientele.cli;

import dev.clientele.Clientele;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code clientele} command: global options and the list of subcommands. */
@Command(name = "clientele",
        mixinStandardHelpOptions = true,
        versionProvider = ClienteleCommand.Version.class,
        description = "Churn forecasting and customer segmentation.%n",
        footer = {"%nExamples:",
                "  clientele demo                                   the whole flow on the bundled data",
                "  clientele inspect --data customers.csv           what is in a table",
                "  clientele churn train --data c.csv --target churn --model m   a churn model",
                "%nExit status: 0 ok, 1 data or runtime error, 2 usage error."},
        subcommands = {InspectCommand.class, ChurnCommand.class, SegmentCommand.class, FeaturesCommand.class,
                GenerateCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class ClienteleCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Print results and errors only.")
    void setQuiet(boolean quiet) {
        Log.configure(quiet, Log.isDebug());
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print details and stack traces.")
    void setDebug(boolean debug) {
        Log.configure(Log.isQuiet(), debug);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"clientele " + Clientele.version(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
