package dev.clientele.cli;

import dev.clientele.Progress;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Shows a library {@link Progress} as a progress bar on stderr. The bar appears only once a task has run
 * for {@link #DELAY}, so short runs print nothing, and only on an interactive terminal (a redirected stderr
 * gets no bar lines); with {@code --quiet} nothing is shown at all.
 */
final class ProgressBars implements Progress {
    static final Duration DELAY = Duration.ofSeconds(2);
    private String task;
    private long total;
    private long done;
    private long started;
    private ProgressBar bar;

    private ProgressBars() {
    }

    /** A progress display for the command line, or {@link Progress#NONE} when quiet. */
    static Progress create() {
        return Log.isQuiet() || System.console() == null ? Progress.NONE : new ProgressBars();
    }

    @Override
    public synchronized void start(String name, long steps) {
        finish();
        task = name;
        total = steps;
        done = 0;
        started = System.nanoTime();
    }

    @Override
    public synchronized void advance(long steps) {
        done += steps;
        if (bar == null && task != null && System.nanoTime() - started >= DELAY.toNanos()) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).startsFrom(0, Duration.ofNanos(System.nanoTime() - started))
                    .build();
        }
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public synchronized void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        task = null;
    }
}
