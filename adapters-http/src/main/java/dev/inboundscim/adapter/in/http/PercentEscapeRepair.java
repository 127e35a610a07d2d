package dev.inboundscim.adapter.in.http;

import io.helidon.common.uri.UriPath;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Escapes a {@code %} that does not start a valid escape ({@code /Users/%}, {@code /Users/%zz}) as {@code %25}, before
 * routing decodes the path: Helidon's decoder throws on such a path and the request would end as a 500. The path then
 * names a resource whose id holds a literal {@code %}, which the handlers answer like any unknown id.
 */
public final class PercentEscapeRepair implements Filter {

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String raw = request.prologue().uriPath().rawPath();
        if (raw.indexOf('%') >= 0) {
            String repaired = repair(raw);
            if (!repaired.equals(raw)) {
                request.prologue(request.prologue().withUriPath(UriPath.create(repaired)));
            }
        }
        chain.proceed();
    }

    /** {@code raw} with every {@code %} not followed by two hex digits written as {@code %25}. */
    static String repair(String raw) {
        StringBuilder repaired = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean stray = c == '%'
                    && !(i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2)));
            if (stray && repaired == null) {
                repaired = new StringBuilder(raw.length() + 8).append(raw, 0, i);
            }
            if (repaired != null && stray) {
                repaired.append("%25");
            } else if (repaired != null) {
                repaired.append(c);
            }
        }
        return repaired == null ? raw : repaired.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
