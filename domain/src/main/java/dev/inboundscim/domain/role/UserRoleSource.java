package dev.inboundscim.domain.role;

/**
 * Where a user's own assignment comes from: the Management API ({@code direct}) or the SCIM {@code roles} attribute
 * through the connection's {@code role_mapping} ({@code scim}). Each SCIM write replaces only the {@code scim} ones.
 */
public enum UserRoleSource {
    DIRECT("direct"),
    SCIM("scim");

    private final String code;

    UserRoleSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static UserRoleSource fromCode(String code) {
        for (UserRoleSource source : values()) {
            if (source.code.equals(code)) {
                return source;
            }
        }
        throw new IllegalArgumentException("no user role source " + code);
    }
}
