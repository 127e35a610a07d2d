package dev.inboundscim.domain.role;

/**
 * The Role resource of draft-ietf-scim-roles-entitlements, which Okta Identity Governance reads from {@code /Roles}:
 * {@code value}, {@code display}, {@code type} and {@code enabled}, all read-only here.
 */
public final class RoleSchema {

    /** The schema URN the draft gives the Role resource. */
    public static final String URN = "urn:ietf:params:scim:schemas:extension:2.0:Role";
    /** The {@code type} of every role this server serves. */
    public static final String TYPE = "role";

    private RoleSchema() {
    }
}
