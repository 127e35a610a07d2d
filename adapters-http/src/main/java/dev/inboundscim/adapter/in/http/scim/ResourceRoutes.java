package dev.inboundscim.adapter.in.http.scim;

import io.helidon.http.Method;

/**
 * The handlers of one SCIM resource endpoint ({@code /Users}, {@code /Groups}) and how a method and a path choose
 * among them: the endpoint takes GET (search) and POST (create), {@code .search} under it takes POST, and a resource
 * id takes GET, PUT, PATCH and DELETE.
 *
 * @param idsHoldSlashes whether a resource id may contain {@code /} (user ids may; group ids never do)
 */
record ResourceRoutes(boolean idsHoldSlashes, ScimRoute search, ScimRoute create, ScimRoute searchByPost,
                      ScimRoute get, ScimRoute replace, ScimRoute patch, ScimRoute delete) {

    /** The handler of {@code method} on {@code path}, or null when there is none. */
    ScimRoute route(Method method, ScimPath path) {
        if (path.isEndpoint()) {
            return Method.GET.equals(method) ? search : Method.POST.equals(method) ? create : null;
        }
        if (!idsHoldSlashes && !path.isSingleSegment()) {
            return null;
        }
        if (Method.POST.equals(method)) {
            return path.resource().equals(".search") ? searchByPost : null;
        }
        return Method.GET.equals(method) ? get
                : Method.PUT.equals(method) ? replace
                : Method.PATCH.equals(method) ? patch
                : Method.DELETE.equals(method) ? delete : null;
    }
}
