/**
 * From transaction logs to customers: behavioural features as of a cutoff with churn labels
 * ({@link dev.clientele.transactions.TransactionFeatures}), backtest snapshots, RFM scores and named RFM
 * segments ({@link dev.clientele.transactions.RfmScoring}), and a seeded synthetic log with realistic
 * repeat buying and churn ({@link dev.clientele.transactions.TransactionGenerator}).
 *
 * <p>Invariant: nothing dated after a cutoff reaches the features of that cutoff; only the label looks
 * past it. Features are computed in DuckDB SQL over the staged log, so a log of ten million rows never
 * becomes Java objects.
 */
package dev.clientele.transactions;
