package dev.inboundscim.domain.connection;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.id.IdShape;
import dev.inboundscim.domain.scim.value.CanonicalText;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A SCIM configuration's {@code role_mapping} (SPEC §12): which values of the SCIM {@code roles} attribute grant
 * which roles. Values compare as canonical text, since RFC 7643 §4.1.2 makes {@code roles.value} case-insensitive;
 * one value may grant several roles, and a pair is listed once. Roles are named by their ids ({@code rol_…}); the
 * application checks that they exist.
 */
public record RoleMapping(List<Entry> entries) {

    /** No role is synchronised from SCIM. */
    public static final RoleMapping NONE = new RoleMapping(List.of());
    static final int MAX_ENTRIES = 1000;

    public RoleMapping {
        entries = List.copyOf(entries);
        if (entries.size() > MAX_ENTRIES) {
            throw BadRequestException.invalidValue("role_mapping has at most " + MAX_ENTRIES + " pairs");
        }
        Set<String> seen = new HashSet<>();
        for (Entry entry : entries) {
            if (!seen.add(CanonicalText.of(entry.value()) + "\n" + entry.roleId())) {
                throw BadRequestException.invalidValue("role_mapping lists the value " + entry.value()
                        + " with the role " + entry.roleId() + " twice");
            }
        }
    }

    /** One pair: SCIM {@code roles} value → role id. */
    public record Entry(String value, String roleId) {
        public Entry {
            if (value == null || value.isEmpty() || value.length() > 256 || value.indexOf('\0') >= 0) {
                throw BadRequestException.invalidValue("Each role_mapping value must have 1 to 256 characters");
            }
            if (!IdShape.prefixedAlphanumeric(roleId, "rol_", 16)) {
                throw BadRequestException.invalidValue("Each role_mapping pair needs a role_id (rol_…)");
            }
        }
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Every role id this mapping names. */
    public Set<String> roleIds() {
        Set<String> ids = new LinkedHashSet<>();
        entries.forEach(entry -> ids.add(entry.roleId()));
        return ids;
    }

    /** The roles that {@code scimValues} (a user's SCIM {@code roles} values) grant. */
    public Set<String> granted(Collection<String> scimValues) {
        Set<String> present = new HashSet<>();
        scimValues.forEach(value -> present.add(CanonicalText.of(value)));
        Set<String> granted = new LinkedHashSet<>();
        for (Entry entry : entries) {
            if (present.contains(CanonicalText.of(entry.value()))) {
                granted.add(entry.roleId());
            }
        }
        return granted;
    }
}
