package dev.inboundscim.domain.scim.bulk;

import java.util.Locale;
import java.util.Optional;

/** The HTTP methods a bulk operation may use (RFC 7644 §3.7: POST, PUT, PATCH or DELETE). */
public enum BulkMethod {
    POST, PUT, PATCH, DELETE;

    /** The method {@code text} names, in any case; empty for any other. */
    static Optional<BulkMethod> named(String text) {
        for (BulkMethod method : values()) {
            if (method.name().equals(text.toUpperCase(Locale.ROOT))) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
