package dev.inboundscim.adapter.in.http;

import java.util.Optional;

/** The connection a raw path names: {@code /scim/v2/connections/{id}/…} or {@code /api/v2/connections/{id}…}. */
public final class ConnectionPaths {

    private static final String CONNECTIONS = "/connections/";

    private ConnectionPaths() {
    }

    /** The path's connection segment as written (not necessarily a well-formed id); empty when it names none. */
    public static Optional<String> named(String rawPath) {
        if (!rawPath.startsWith("/scim/v2" + CONNECTIONS) && !rawPath.startsWith("/api/v2" + CONNECTIONS)) {
            return Optional.empty();
        }
        int start = rawPath.indexOf(CONNECTIONS) + CONNECTIONS.length();
        int end = rawPath.indexOf('/', start);
        String id = end < 0 ? rawPath.substring(start) : rawPath.substring(start, end);
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }
}
