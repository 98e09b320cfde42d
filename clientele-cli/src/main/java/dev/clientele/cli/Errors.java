package dev.clientele.cli;

import dev.clientele.data.DataException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * How failures reach the user: one line on stderr, exit 2 for usage errors ({@link UsageException},
 * {@link IllegalArgumentException} from option validation, picocli parse errors) and 1 for data or runtime
 * errors; the stack trace only with {@code --debug}.
 */
final class Errors {
    private Errors() {
    }

    /** A usage error found after parsing: wrong option combination or value. Exit code 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static final class ExecutionHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
            PrintWriter err = cl.getErr();
            boolean debug = Log.isDebug();
            int code;
            String message;
            if (ex instanceof UsageException || ex instanceof IllegalArgumentException) {
                code = CommandLine.ExitCode.USAGE;
                message = ex.getMessage() + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')";
            } else if (ex instanceof DataException) {
                code = CommandLine.ExitCode.SOFTWARE;
                message = ex.getMessage();
            } else {
                code = CommandLine.ExitCode.SOFTWARE;
                message = "internal error: " + ex + (debug ? "" : " (run with --debug for the stack trace)");
            }
            err.println("clientele: error: " + message);
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return code;
        }
    }

    /** Picocli's parse errors, folded into one line with picocli's suggestions and where to find help. */
    static final class ParameterHandler implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            CommandLine cl = ex.getCommandLine();
            StringWriter suggestions = new StringWriter();
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, new PrintWriter(suggestions));
            String hint = suggestions.toString().strip().replaceAll("\\s*\\R\\s*", " ");
            PrintWriter err = cl.getErr();
            err.println("clientele: error: " + ex.getMessage().strip() + (hint.isEmpty() ? "" : "; " + hint)
                    + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }
    }
}
