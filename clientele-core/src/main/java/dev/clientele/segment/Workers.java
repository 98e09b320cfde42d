package dev.clientele.segment;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A small fixed set of worker threads that run numbered tasks {@code 0 .. tasks-1}, the calling thread
 * included. Which thread runs a task is not fixed, so callers that need reproducible floating-point
 * results write each task's partial result into its own slot and combine the slots in task order
 * afterwards: the decomposition into tasks, never the thread count, decides the result.
 *
 * <p>Not thread-safe: one {@link #run} at a time. Close to stop the threads.
 */
final class Workers implements AutoCloseable {
    private final int threads;
    private final ExecutorService pool;

    Workers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "clientele-kernel");
            t.setDaemon(true);
            return t;
        });
    }

    int threads() {
        return threads;
    }

    /** Runs {@code body.accept(t)} for every task {@code t} in {@code [0, tasks)} and waits for all. */
    void run(int tasks, IntConsumer body) {
        if (pool == null || tasks <= 1) {
            for (int t = 0; t < tasks; t++) {
                body.accept(t);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable loop = () -> {
            for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
                body.accept(t);
            }
        };
        int helpers = Math.min(threads - 1, tasks - 1);
        Future<?>[] futures = new Future<?>[helpers];
        for (int h = 0; h < helpers; h++) {
            futures[h] = pool.submit(loop);
        }
        Throwable failure = null;
        try {
            loop.run();
        } catch (RuntimeException | Error e) {
            failure = e;
            next.set(tasks);
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure == null ? e : failure;
            }
        }
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error err) {
            throw err;
        }
        if (failure != null) {
            throw new IllegalStateException("worker interrupted", failure);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
