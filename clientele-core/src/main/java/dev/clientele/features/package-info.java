/**
 * Fitted preprocessing: scaling, imputation, encoding and derived features. Everything here follows the
 * fit/transform split: a fit method looks at training rows only and returns an immutable, JSON-serialisable
 * object that transforms any rows the same way (so nothing leaks from validation or scoring data).
 * {@link dev.clientele.features.FeaturePipeline} encodes a table for linear models and for trees;
 * {@link dev.clientele.features.FeatureSpec} adds user SQL features ({@link dev.clientele.features.DerivedFeature},
 * evaluated by DuckDB) and generic automatic ones ({@link dev.clientele.features.AutoFeature}).
 */
package dev.clientele.features;
