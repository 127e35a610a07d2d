package dev.inboundscim.adapter.in.http;

import dev.inboundscim.domain.id.RandomIds;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Optional;

/**
 * SPEC §7.3: every response carries {@code X-Request-Id}, the client's value when it is 1–128 characters of
 * {@code [A-Za-z0-9._:-]} (so a proxy's id follows the request through), else one generated here. While the request
 * is handled the id is the thread's {@link #current()} one: log entries and server log lines written for the request
 * take it from there. Helidon handles a request on one thread, error handlers included, inside this filter.
 */
public final class RequestIds implements Filter {

    public static final HeaderName HEADER = HeaderNames.create("X-Request-Id");
    private static final int LONGEST = 128;
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String id = chosen(request.headers().first(HEADER).orElse(null));
        response.header(HEADER, id);
        CURRENT.set(id);
        try {
            chain.proceed();
        } finally {
            // A connection's requests share its thread: the next one must not inherit this id.
            CURRENT.remove();
        }
    }

    /** The id of the request this thread is handling, if it handles one. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** {@code offered} if it is a valid request id, else a new one. */
    public static String chosen(String offered) {
        return valid(offered) ? offered : RandomIds.distinct("req_", 20);
    }

    static boolean valid(String id) {
        if (id == null || id.isEmpty() || id.length() > LONGEST) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean allowed = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '.' || c == '_' || c == ':' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
