package dev.inboundscim.domain.group;

import java.util.Objects;

/**
 * A write to an existing group: the new {@code displayName} (null: unchanged), the new {@code externalId} when
 * {@code externalIdChanged} (null then clears it), and the membership delta.
 */
public record GroupEdit(String displayName, boolean externalIdChanged, String externalId,
                        MembershipChange members) {

    public GroupEdit {
        Objects.requireNonNull(members, "members");
        if (displayName != null) {
            GroupText.requireDisplayName(displayName);
        }
        GroupText.requireExternalId(externalId);
        if (!externalIdChanged && externalId != null) {
            throw new IllegalArgumentException("an unchanged externalId carries no value");
        }
    }

    /** PUT: every attribute replaced, members included (RFC 7644 §3.5.1). */
    public static GroupEdit replacement(GroupResource resource) {
        return new GroupEdit(resource.displayName(), true, resource.externalId(),
                MembershipChange.replaceWith(resource.members()));
    }
}
