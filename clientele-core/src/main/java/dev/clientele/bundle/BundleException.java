package dev.clientele.bundle;

import dev.clientele.data.DataException;

/** A model bundle that cannot be used: not a bundle, damaged, tampered with, or from a newer format. */
public final class BundleException extends DataException {
    private static final long serialVersionUID = 1L;

    public BundleException(String location, String what) {
        super(location, 0, null, what);
    }
}
