package dev.inboundscim.adapter.out.http;

import dev.inboundscim.application.port.out.DeliveryException;
import java.net.URI;
import java.util.Locale;

/**
 * Where a delivery's connection goes: scheme, host and port, the key under which {@link ConnectionPool} keeps idle
 * connections. {@code host} is as the URL spells it, an IPv6 literal with its brackets, as the {@code Host} header
 * wants it.
 */
record Origin(boolean tls, String host, int port) {

    static Origin of(URI url) throws DeliveryException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new DeliveryException("the endpoint's URL is neither http nor https");
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            throw new DeliveryException("the endpoint's URL has no host");
        }
        boolean tls = scheme.equals("https");
        return new Origin(tls, url.getHost().toLowerCase(Locale.ROOT), url.getPort() < 0 ? defaultPort(tls)
                : url.getPort());
    }

    private static int defaultPort(boolean tls) {
        return tls ? 443 : 80;
    }

    /** The host to resolve and connect to: without an IPv6 literal's brackets. */
    String address() {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    boolean literal() {
        return host.startsWith("[") || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
    }

    /** The {@code Host} header's value (RFC 9112 §3.2): the port only when it is not the scheme's own. */
    String hostHeader() {
        return port == defaultPort(tls) ? host : host + ":" + port;
    }
}
