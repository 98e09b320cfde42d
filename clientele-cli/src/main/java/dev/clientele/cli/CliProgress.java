package dev.clientele.cli;

import dev.clientele.Progress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A {@link Progress} drawn as a progress bar on stderr, only for an interactive terminal and without
 * {@code --quiet} (so logs and tests stay clean).
 */
final class CliProgress implements Progress {
    private ProgressBar bar;

    /** A bar when stderr is a terminal and output is not quiet, else {@link Progress#NONE}. */
    static Progress forTerminal() {
        return System.console() != null && !Log.isQuiet() ? new CliProgress() : Progress.NONE;
    }

    @Override
    public synchronized void start(String task, long total) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    @Override
    public synchronized void advance(long steps) {
        if (bar != null) {
            bar.stepBy(steps);
        }
    }

    @Override
    public synchronized void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
