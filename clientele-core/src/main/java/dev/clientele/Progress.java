package dev.clientele;

/**
 * Progress of a long computation (a segment search, cross-validation), reported by the library and shown
 * by the caller (the CLI draws a progress bar on stderr). Implementations must be thread-safe.
 */
public interface Progress {
    /** Reports nothing. */
    Progress NONE = new Progress() {
        @Override
        public void start(String task, long total) {
        }

        @Override
        public void advance(long steps) {
        }

        @Override
        public void finish() {
        }
    };

    /** A task of {@code total} steps begins. */
    void start(String task, long total);

    /** {@code steps} more steps are done. */
    void advance(long steps);

    /** The task ended (normally or not). */
    void finish();
}
