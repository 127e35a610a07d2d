package dev.inboundscim.domain.token;

import dev.inboundscim.domain.error.BadRequestException;
import java.util.Optional;

/** The permissions a SCIM token can grant (SPEC §1). */
public enum Scope {
    GET_USERS("get:users"), POST_USERS("post:users"), PUT_USERS("put:users"), PATCH_USERS("patch:users"),
    DELETE_USERS("delete:users"), GET_GROUPS("get:groups"), POST_GROUPS("post:groups"), PUT_GROUPS("put:groups"),
    PATCH_GROUPS("patch:groups"), DELETE_GROUPS("delete:groups");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Scope> fromWireName(String name) {
        for (Scope scope : values()) {
            if (scope.wireName.equals(name)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }

    /** The scope for {@code name}; an unknown name is a 400. */
    public static Scope parse(String name) {
        return fromWireName(name).orElseThrow(() -> BadRequestException.invalidValue(
                "unknown scope; allowed: get|post|put|patch|delete followed by :users or :groups"));
    }
}
