package dev.clientele.cli;

import picocli.CommandLine;

/** Entry point of the shaded jar: {@code java -jar clientele.jar COMMAND [OPTIONS]}. */
public final class Main {
    static final int HELP_WIDTH = 120;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (used by tests too). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured picocli command line: error handlers, help formatting, case-insensitive enums. */
    public static CommandLine commandLine() {
        Log.configure(false, false);
        CommandLine cl = new CommandLine(new ClienteleCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // wide enough that no example in a help footer is wrapped mid-word ("scores.\ncsv"); tables are wider anyway
        cl.setUsageHelpWidth(HELP_WIDTH);
        cl.setExecutionExceptionHandler(new Errors.ExecutionHandler());
        cl.setParameterExceptionHandler(new Errors.ParameterHandler());
        cl.setExecutionStrategy(parsed -> {
            Log.redirect(cl.getErr()); // after parsing, so a writer set by setErr(...) is used
            return new CommandLine.RunLast().execute(parsed);
        });
        return cl;
    }
}
