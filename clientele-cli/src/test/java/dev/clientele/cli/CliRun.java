package dev.clientele.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the command line in-process and captures its exit code, stdout and stderr (log lines included). */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        Log.redirect(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            int code = cl.execute(args);
            return new CliRun(code, out.toString(), log.toString(StandardCharsets.UTF_8) + err);
        } finally {
            Log.redirect(System.err);
        }
    }
}
