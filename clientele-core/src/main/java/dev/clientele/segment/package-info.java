/**
 * Customer segmentation: K-Means ({@link dev.clientele.segment.KMeans}), cluster quality
 * ({@link dev.clientele.segment.Silhouette} and friends), the automatic search over features, scalings and
 * k, and segment profiles.
 *
 * <p>Data convention for the numeric kernels: {@code n} points of dimension {@code d} in one row-major
 * {@code double[]} of length {@code n * d}; point {@code i} occupies {@code [i * d, (i + 1) * d)}. Labels
 * are {@code int[n]} in {@code [0, k)}. No per-point objects.
 */
package dev.clientele.segment;
