package dev.inboundscim.adapter.in.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

/** The absolute base URL that {@code meta.location} and {@code Location} are built on. */
public final class BaseUrls {

    private BaseUrls() {
    }

    public static String of(ServerRequest request, HttpSettings settings) {
        if (settings.publicBaseUrl() != null) {
            return settings.publicBaseUrl();
        }
        var forwarded = settings.trustedProxies().forwardedOrigin(request.remotePeer().address(), request.headers());
        if (forwarded.isPresent()) {
            return forwarded.get();
        }
        String host = request.headers().first(HeaderNames.HOST)
                .orElseGet(() -> request.localPeer().host() + ":" + request.localPeer().port());
        String scheme = request.isSecure() ? "https" : "http";
        return scheme + "://" + host;
    }
}
