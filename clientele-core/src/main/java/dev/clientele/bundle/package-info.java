/**
 * Versioned, checksummed model bundles: a directory (or a .zip of one) holding {@code manifest.json}
 * and the model's files. The manifest records the format version, Clientele version, creation time,
 * training-data fingerprint, options, seed, metrics, features and a SHA-256 per file. Loading verifies
 * every checksum and refuses bundles of a newer format. No Java serialisation anywhere.
 */
package dev.clientele.bundle;
