package dev.inboundscim.adapter.in.http.scim;

/**
 * A SCIM request path taken apart once, {@code /scim/v2/connections/{connectionId}/{endpoint}[/{resource}]}, so a
 * request finds its handler without trying each route's pattern in turn. All parts are percent-decoded.
 *
 * @param resource what follows the endpoint, slashes included (a user id may hold one), or null for the endpoint
 */
public record ScimPath(String connectionId, String endpoint, String resource) {

    private static final String CONNECTIONS = "/scim/v2/connections/";

    /** The parts of {@code decodedPath}, or null when it does not name an endpoint of a connection. */
    static ScimPath parse(String decodedPath) {
        if (!decodedPath.startsWith(CONNECTIONS)) {
            return null;
        }
        int idStart = CONNECTIONS.length();
        int idEnd = decodedPath.indexOf('/', idStart);
        if (idEnd <= idStart) {
            return null;
        }
        int endpointEnd = decodedPath.indexOf('/', idEnd + 1);
        String endpoint = decodedPath.substring(idEnd + 1, endpointEnd < 0 ? decodedPath.length() : endpointEnd);
        String resource = endpointEnd < 0 ? null : decodedPath.substring(endpointEnd + 1);
        if (endpoint.isEmpty() || (resource != null && resource.isEmpty())) {
            return null;
        }
        return new ScimPath(decodedPath.substring(idStart, idEnd), endpoint, resource);
    }

    /** Whether the path names the endpoint itself ({@code /Users}), not a resource under it. */
    boolean isEndpoint() {
        return resource == null;
    }

    /** Whether the resource part is one path segment (group ids, schema URNs, resource type names). */
    boolean isSingleSegment() {
        return resource != null && resource.indexOf('/') < 0;
    }
}
