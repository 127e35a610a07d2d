package dev.inboundscim.adapter.in.http.scim;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** The handler a SCIM request's method and {@link ScimPath} lead to. */
@FunctionalInterface
interface ScimRoute {
    void serve(ScimPath path, ServerRequest request, ServerResponse response);
}
