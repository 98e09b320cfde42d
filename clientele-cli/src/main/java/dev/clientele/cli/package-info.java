/**
 * The {@code clientele} command line (picocli). Commands are thin: they parse options, call the core
 * library, print results to stdout and logs to stderr. Exit status: 0 success, 1 data or runtime error,
 * 2 usage error; no stack trace unless {@code --debug}.
 */
package dev.clientele.cli;
