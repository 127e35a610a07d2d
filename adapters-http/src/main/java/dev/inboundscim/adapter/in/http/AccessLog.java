package dev.inboundscim.adapter.in.http;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * {@code ACCESS_LOG=true} (SPEC §7.3): one line per request with its method, path without the query (a filter value
 * or a token in the query never reaches the log), status, milliseconds, connection and request id. Runs inside
 * {@link RequestIds}, so the line is printed with the request's id, after any error handler chose the status.
 */
public final class AccessLog implements Filter {

    /** The logger the lines go to. */
    public static final String LOGGER = "dev.inboundscim.access";
    private static final System.Logger LOG = System.getLogger(LOGGER);
    private static final int LONGEST_PATH = 512;
    private static final Pattern SETUP_SECRET = Pattern.compile("^/setup/(?!api(?:/|$))[^/]*");

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        long start = System.nanoTime();
        // As the client sent it: routing rewrites the request's path as it descends into services.
        String path = request.prologue().uriPath().rawPath();
        try {
            chain.proceed();
        } finally {
            LOG.log(Level.INFO, request.prologue().method().text() + " " + shortened(withoutSecrets(path)) + " "
                    + response.status().code() + " " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)
                    + " ms connection=" + connection(path) + " request_id=" + RequestIds.current().orElse("-"));
        }
    }

    /** A setup ticket's page path holds its secret ({@code /setup/<secret>}): the line names the page only. */
    static String withoutSecrets(String path) {
        return SETUP_SECRET.matcher(path).replaceFirst("/setup/…");
    }

    private static String connection(String path) {
        return ConnectionPaths.named(path).map(AccessLog::shortened).orElse("-");
    }

    private static String shortened(String text) {
        return text.length() <= LONGEST_PATH ? text : text.substring(0, LONGEST_PATH) + "…";
    }
}
