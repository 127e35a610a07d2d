package dev.inboundscim.adapter.in.http.scim;

import io.helidon.common.uri.UriPath;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Locale;
import java.util.Map;

/**
 * Rewrites SCIM request paths into the one spelling the routes know, before routing:
 * <ul>
 * <li>characters RFC 3986 forbids in paths but clients send raw in ids ({@code |}, braces…) are percent-encoded,
 * because Helidon's decoder rejects a path that mixes them with {@code %} escapes;</li>
 * <li>resource endpoints match case-insensitively ({@code /users}, as Microsoft's test suite sends);</li>
 * <li>{@code serviceConfiguration}, the path Microsoft's reference server used, is an alias of
 * {@code ServiceProviderConfig};</li>
 * <li>one trailing slash is dropped ({@code /Users/?filter=…}).</li>
 * </ul>
 */
public final class ScimPathNormalizer implements Filter {

    private static final String CONNECTIONS = "/scim/v2/connections/";
    private static final Map<String, String> ENDPOINTS = Map.of(
            "users", "Users", "groups", "Groups", "schemas", "Schemas", "resourcetypes", "ResourceTypes",
            "serviceproviderconfig", "ServiceProviderConfig", "serviceconfiguration", "ServiceProviderConfig",
            ".search", ".search", "bulk", "Bulk", "roles", "Roles");
    private static final String UNSAFE = "|{}^`\\\"<> ";

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String raw = request.prologue().uriPath().rawPath();
        if (raw.startsWith("/scim/")) {
            String normalized = normalize(raw);
            if (!normalized.equals(raw)) {
                request.prologue(request.prologue().withUriPath(UriPath.create(normalized)));
            }
        }
        chain.proceed();
    }

    static String normalize(String raw) {
        String path = escapeUnsafe(raw);
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        // /scim/v2/connections/{id}/{endpoint}[/rest], parsed by hand: this runs on every SCIM request.
        if (!path.startsWith(CONNECTIONS)) {
            return path;
        }
        int idEnd = path.indexOf('/', CONNECTIONS.length());
        if (idEnd <= CONNECTIONS.length()) {
            return path;
        }
        int endpointEnd = path.indexOf('/', idEnd + 1);
        String endpoint = path.substring(idEnd + 1, endpointEnd < 0 ? path.length() : endpointEnd);
        if (endpoint.isEmpty()) {
            return path;
        }
        String canonical = ENDPOINTS.getOrDefault(endpoint.toLowerCase(Locale.ROOT), endpoint);
        return canonical.equals(endpoint) ? path
                : path.substring(0, idEnd + 1) + canonical + (endpointEnd < 0 ? "" : path.substring(endpointEnd));
    }

    private static String escapeUnsafe(String raw) {
        StringBuilder escaped = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (UNSAFE.indexOf(c) >= 0) {
                if (escaped == null) {
                    escaped = new StringBuilder(raw.length() + 16).append(raw, 0, i);
                }
                escaped.append('%').append(String.format("%02X", (int) c));
            } else if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? raw : escaped.toString();
    }
}
