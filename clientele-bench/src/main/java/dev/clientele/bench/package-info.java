/**
 * Benchmarks, outside the default build (Maven profile {@code bench}): JMH benchmarks of the K-Means and
 * silhouette kernels ({@code KernelBenchmarks}), and {@code SegmentSideBySide}, which times Clientele on the
 * same files and work as the scikit-learn peer script under {@code bench/} and prints one JSON object per
 * run. The churn timing is the single-file program {@code bench/ChurnBench.java}. Results and the machine
 * they came from: {@code bench/RESULTS.md}.
 */
package dev.clientele.bench;
