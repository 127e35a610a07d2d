package dev.inboundscim.adapter.in.http;

import java.util.Set;

/**
 * What a SCIM request's metrics are labelled with, known only once its route ran: the operation it asked for and
 * the connection its path names. The API registers it in the request's context; {@link RequestMetrics} reads it.
 *
 * @param connection    the connection id the path names (well-formed, not necessarily existing), or null
 * @param authenticated whether the request proved it belongs to that connection (only then is it a label of its own)
 * @param operation     {@code POST Users}, {@code GET discovery} …: a method and a resource, from a fixed set
 */
public record RequestLabels(String connection, boolean authenticated, String operation) {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    /** The labels of a request that never reached a route. */
    public static final RequestLabels UNROUTED = new RequestLabels(null, false, "unrouted");

    /** A method as a label: any method outside HTTP's usual ones is {@code OTHER}, so clients cannot add labels. */
    public static String method(String method) {
        return METHODS.contains(method) ? method : "OTHER";
    }

    /** The same request once its token proved the connection. */
    public RequestLabels authenticatedAs(String connectionId) {
        return new RequestLabels(connectionId, true, operation);
    }
}
