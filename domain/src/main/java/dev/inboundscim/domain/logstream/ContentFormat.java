package dev.inboundscim.domain.logstream;

import java.util.Optional;

/** How a batch of entries is written into HTTP requests, as Auth0 names the formats. */
public enum ContentFormat {
    /** One request per batch, the entries as one JSON array. */
    JSONARRAY,
    /** One request per batch, one JSON object per line. */
    JSONLINES,
    /** One request per entry, the entry as the body. */
    JSONOBJECT;

    public static Optional<ContentFormat> fromWireName(String name) {
        for (ContentFormat format : values()) {
            if (format.name().equals(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
