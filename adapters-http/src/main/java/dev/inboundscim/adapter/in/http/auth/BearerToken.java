package dev.inboundscim.adapter.in.http.auth;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

/** Extracts the credential of an {@code Authorization: Bearer …} header (RFC 6750 §2.1); null when absent. */
public final class BearerToken {

    private static final String SCHEME = "bearer ";

    private BearerToken() {
    }

    public static String from(ServerRequest request) {
        return request.headers().first(HeaderNames.AUTHORIZATION)
                .filter(h -> h.regionMatches(true, 0, SCHEME, 0, SCHEME.length()))
                .map(h -> h.substring(SCHEME.length()).trim())
                .filter(t -> !t.isEmpty())
                .orElse(null);
    }
}
