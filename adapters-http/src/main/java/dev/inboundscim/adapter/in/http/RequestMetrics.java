package dev.inboundscim.adapter.in.http;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Counts each SCIM and Management API request once it is answered (SPEC §7.3), with the status an error handler may
 * have chosen: SCIM by the {@link RequestLabels} its route registered, the Management API by the route pattern that
 * matched (never the path itself, whose ids would make a series per user).
 */
public final class RequestMetrics implements Filter {

    private static final String SCIM = "/scim/v2/";
    private static final String MANAGEMENT = "/api/v2/";

    private final ServerMetrics metrics;

    public RequestMetrics(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String path = request.prologue().uriPath().rawPath();
        boolean scim = path.startsWith(SCIM);
        if (!scim && !path.startsWith(MANAGEMENT)) {
            chain.proceed();
            return;
        }
        long start = System.nanoTime();
        try {
            chain.proceed();
        } finally {
            int status = response.status().code();
            String method = RequestLabels.method(request.prologue().method().text());
            if (scim) {
                RequestLabels labels = request.context().get(RequestLabels.class).orElse(RequestLabels.UNROUTED);
                metrics.scimRequest(labels.authenticated() ? labels.connection() : null, labels.operation(), status,
                        System.nanoTime() - start);
                if (status == 429 && labels.connection() != null) {
                    metrics.rateLimited(labels.connection());
                }
            } else {
                metrics.managementRequest(method + " " + request.matchingPattern().orElse("unmatched"), status);
            }
        }
    }
}
