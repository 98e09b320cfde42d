package dev.clientele.cli;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * Progress and warnings for humans, on stderr, so that stdout carries only results. {@code --quiet} keeps
 * warnings and errors only; {@code --debug} adds details and stack traces.
 */
final class Log {
    enum Level { QUIET, NORMAL, DEBUG }

    private static volatile Level level = Level.NORMAL;
    private static volatile PrintWriter err = new PrintWriter(System.err, true);

    private Log() {
    }

    static void configure(boolean quiet, boolean debug) {
        level = debug ? Level.DEBUG : quiet ? Level.QUIET : Level.NORMAL;
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : quiet ? "warn" : "info");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showLogName", "false");
        System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "false");
    }

    static void redirect(PrintStream stream) {
        err = new PrintWriter(stream, true);
    }

    /** Sends log lines to the command line's error writer (set per run by {@link Main#commandLine()}). */
    static void redirect(PrintWriter writer) {
        err = writer;
    }

    static boolean isDebug() {
        return level == Level.DEBUG;
    }

    static boolean isQuiet() {
        return level == Level.QUIET;
    }

    static void info(String message) {
        if (level != Level.QUIET) {
            err.println(message);
            err.flush();
        }
    }

    static void warn(String message) {
        err.println("warning: " + message);
        err.flush();
    }

    static void debug(String message) {
        if (level == Level.DEBUG) {
            err.println("debug: " + message);
            err.flush();
        }
    }
}
