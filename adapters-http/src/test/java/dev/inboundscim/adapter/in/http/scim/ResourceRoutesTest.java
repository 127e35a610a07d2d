package dev.inboundscim.adapter.in.http.scim;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.helidon.http.Method;
import org.junit.jupiter.api.Test;

class ResourceRoutesTest {

    private final ScimRoute search = (p, q, r) -> { };
    private final ScimRoute create = (p, q, r) -> { };
    private final ScimRoute searchByPost = (p, q, r) -> { };
    private final ScimRoute get = (p, q, r) -> { };
    private final ScimRoute replace = (p, q, r) -> { };
    private final ScimRoute patch = (p, q, r) -> { };
    private final ScimRoute delete = (p, q, r) -> { };

    private ResourceRoutes routes(boolean idsHoldSlashes) {
        return new ResourceRoutes(idsHoldSlashes, search, create, searchByPost, get, replace, patch, delete);
    }

    private static ScimPath path(String rest) {
        return ScimPath.parse("/scim/v2/connections/con_1/Users" + rest);
    }

    @Test
    void theEndpointSearchesAndCreates() {
        assertSame(search, routes(true).route(Method.GET, path("")));
        assertSame(create, routes(true).route(Method.POST, path("")));
        assertNull(routes(true).route(Method.DELETE, path("")));
        assertNull(routes(true).route(Method.PUT, path("")));
    }

    @Test
    void dotSearchTakesPostOnlyAndIsAnIdForOtherMethods() {
        assertSame(searchByPost, routes(true).route(Method.POST, path("/.search")));
        assertSame(get, routes(true).route(Method.GET, path("/.search")));
        assertNull(routes(true).route(Method.POST, path("/u1")));
    }

    @Test
    void anIdTakesGetPutPatchAndDelete() {
        assertSame(get, routes(false).route(Method.GET, path("/u1")));
        assertSame(replace, routes(false).route(Method.PUT, path("/u1")));
        assertSame(patch, routes(false).route(Method.PATCH, path("/u1")));
        assertSame(delete, routes(false).route(Method.DELETE, path("/u1")));
        assertNull(routes(false).route(Method.HEAD, path("/u1")));
    }

    @Test
    void onlyIdsThatMayHoldSlashesMatchNestedPaths() {
        assertSame(get, routes(true).route(Method.GET, path("/okta|a/b")));
        assertNull(routes(false).route(Method.GET, path("/grp_1/members")));
    }
}
