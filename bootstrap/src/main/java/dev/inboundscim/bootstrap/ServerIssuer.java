package dev.inboundscim.bootstrap;

import java.util.function.Supplier;

/**
 * The {@code iss} of the tokens this server signs (logout tokens, Security Event Tokens): {@code PUBLIC_BASE_URL}
 * without a trailing slash, or, when it is unset, the address this server listens on, known once it listens.
 */
final class ServerIssuer implements Supplier<String> {

    private final String publicBaseUrl;
    private volatile String listening;

    ServerIssuer(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl == null ? null : withoutTrailingSlash(publicBaseUrl);
    }

    /** The listener is up on {@code port}. */
    void listening(int port) {
        this.listening = "http://localhost:" + port;
    }

    @Override
    public String get() {
        return publicBaseUrl != null ? publicBaseUrl : listening == null ? "http://localhost" : listening;
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
