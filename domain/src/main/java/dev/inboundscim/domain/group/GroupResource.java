package dev.inboundscim.domain.group;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.UserId;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A Group resource as POST and PUT carry it (RFC 7643 §4.2): {@code displayName} (required), {@code externalId},
 * {@code members}. {@code id}, {@code meta} and {@code schemas} are the server's and ignored, as RFC 7644 §3.3 says
 * of read-only attributes.
 */
public record GroupResource(String displayName, String externalId, Set<UserId> members) {

    public GroupResource {
        GroupText.requireDisplayName(displayName);
        GroupText.requireExternalId(externalId);
        members = Set.copyOf(members);
    }

    public static GroupResource parse(ScimObject body) {
        String displayName = body.textIgnoreCase("displayName");
        if (displayName == null) {
            throw BadRequestException.invalidValue("displayName is required and must be a non-empty string");
        }
        Set<UserId> members = new LinkedHashSet<>(body.getIgnoreCase("members")
                .map(MemberValues::ids).orElse(java.util.List.of()));
        return new GroupResource(displayName, body.textIgnoreCase("externalId"), members);
    }
}
