package dev.inboundscim.adapter.in.http.scim;

import dev.inboundscim.domain.token.Scope;

/**
 * What a SCIM route serves, for its authentication and its log entry: the scope it needs (null: any valid token), the
 * resource it is named after in logs ({@code POST Users}), and the status a success is logged with.
 */
record ScimOperation(Scope scope, String resource, int successStatus) {

    static final ScimOperation CREATE_USER = new ScimOperation(Scope.POST_USERS, "Users", 201);
    static final ScimOperation READ_USERS = new ScimOperation(Scope.GET_USERS, "Users", 200);
    static final ScimOperation REPLACE_USER = new ScimOperation(Scope.PUT_USERS, "Users", 200);
    static final ScimOperation PATCH_USER = new ScimOperation(Scope.PATCH_USERS, "Users", 200);
    static final ScimOperation DELETE_USER = new ScimOperation(Scope.DELETE_USERS, "Users", 204);
    static final ScimOperation CREATE_GROUP = new ScimOperation(Scope.POST_GROUPS, "Groups", 201);
    static final ScimOperation READ_GROUPS = new ScimOperation(Scope.GET_GROUPS, "Groups", 200);
    static final ScimOperation REPLACE_GROUP = new ScimOperation(Scope.PUT_GROUPS, "Groups", 200);
    static final ScimOperation PATCH_GROUP = new ScimOperation(Scope.PATCH_GROUPS, "Groups", 200);
    static final ScimOperation DELETE_GROUP = new ScimOperation(Scope.DELETE_GROUPS, "Groups", 204);
    /** {@code /Roles} (SPEC §12): roles are read as part of provisioning users, so they need {@code get:users}. */
    static final ScimOperation READ_ROLES = new ScimOperation(Scope.GET_USERS, "Roles", 200);
    /** A bulk request needs a valid token; each of its operations then needs its own scope (RFC 7644 §3.7). */
    static final ScimOperation BULK = new ScimOperation(null, "Bulk", 200);
    /** Discovery endpoints need a valid token but no particular scope (SPEC §3). */
    static final ScimOperation DISCOVERY = new ScimOperation(null, "discovery", 200);

    /** The operation of a request no route serves, named from its path as well as it can be. */
    static ScimOperation unrouted(String rawPath) {
        return new ScimOperation(null, rawPath.contains("/Users") ? "Users"
                : rawPath.contains("/Groups") ? "Groups" : "discovery", 0);
    }

    /** The operation's name in a log entry: the method and the resource. */
    String name(String method) {
        return method + " " + resource;
    }
}
