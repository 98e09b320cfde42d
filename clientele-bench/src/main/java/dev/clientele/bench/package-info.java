/**
 * Benchmarks, outside the default build (Maven profile {@code bench}): JMH benchmarks of the K-Means and
 * silhouette kernels ({@code KernelBenchmarks}), and mains that time Clientele on the same files and work
 * as the scikit-learn peer script under {@code bench/}, printing one JSON object per run
 * ({@code SegmentSideBySide}; the churn timing is the single-file program {@code bench/ChurnBench.java}). Results and the machine they came from: {@code bench/RESULTS.md}.
 */
package dev.clientele.bench;
