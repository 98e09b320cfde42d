/**
 * Fitted preprocessing: scaling, imputation, encoding and derived features. Everything here follows the
 * fit/transform split: a fit method looks at training rows only and returns an immutable, JSON-serialisable
 * object that transforms any rows the same way (so nothing leaks from validation or scoring data).
 */
package dev.clientele.features;
