package dev.inboundscim.adapter.in.http.error;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** How one API answers a failed request: its error body, its headers, and whatever else it records. */
public interface ApiErrorAnswers {

    /** Whether {@code request} is one of this API's. */
    boolean owns(ServerRequest request);

    void answer(ServerRequest request, ServerResponse response, Failure failure);
}
