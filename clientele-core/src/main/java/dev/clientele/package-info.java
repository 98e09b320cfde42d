/**
 * Clientele: churn forecasting and customer segmentation on the JVM.
 *
 * <p>Packages, from the inside out: {@code data} (reading any source into a columnar table),
 * {@code features} (fitted preprocessing), {@code churn} (churn models), {@code segment} (K-Means,
 * silhouette, segment search and profiles), {@code eval} (metrics), {@code bundle} (model files),
 * {@code transactions} (from purchase logs to customer features).
 */
package dev.clientele;
