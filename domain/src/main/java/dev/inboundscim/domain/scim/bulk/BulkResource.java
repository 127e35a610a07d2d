package dev.inboundscim.domain.scim.bulk;

import dev.inboundscim.domain.token.Scope;
import java.util.Locale;
import java.util.Optional;

/** The resource endpoints a bulk operation may address, and the scope each method needs there (SPEC §1, §3). */
public enum BulkResource {
    USERS("Users", Scope.POST_USERS, Scope.PUT_USERS, Scope.PATCH_USERS, Scope.DELETE_USERS),
    GROUPS("Groups", Scope.POST_GROUPS, Scope.PUT_GROUPS, Scope.PATCH_GROUPS, Scope.DELETE_GROUPS);

    private final String endpoint;
    private final Scope post;
    private final Scope put;
    private final Scope patch;
    private final Scope delete;

    BulkResource(String endpoint, Scope post, Scope put, Scope patch, Scope delete) {
        this.endpoint = endpoint;
        this.post = post;
        this.put = put;
        this.patch = patch;
        this.delete = delete;
    }

    /** The endpoint's name as paths and log entries spell it ({@code Users}). */
    public String endpoint() {
        return endpoint;
    }

    /** The scope a single request with {@code method} to this endpoint needs; a bulk operation needs the same. */
    public Scope scope(BulkMethod method) {
        return switch (method) {
            case POST -> post;
            case PUT -> put;
            case PATCH -> patch;
            case DELETE -> delete;
        };
    }

    /** The endpoint {@code name} names, in any case as single requests accept it; empty for any other. */
    static Optional<BulkResource> named(String name) {
        for (BulkResource resource : values()) {
            if (resource.endpoint.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(resource);
            }
        }
        return Optional.empty();
    }
}
