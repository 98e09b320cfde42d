/**
 * Benchmark entry points run from the test class path by the scripts in {@code bench/} (plain mains, not
 * tests and not JMH): {@link dev.clientele.bench.LoadBench} times loading a file into a Table.
 */
package dev.clientele.bench;
