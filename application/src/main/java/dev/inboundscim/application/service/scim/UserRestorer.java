package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.application.port.in.scim.ScimUserView;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.user.UserWrites;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.ScimToProfile;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.SoftDeletedUser;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserKeys;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a SCIM POST of a soft-deleted user into its restore (SPEC §10): same id, creation time and identities, the
 * posted resource as a full replacement of its mapped values, as a PUT would apply it.
 */
final class UserRestorer {

    private final UserRepository users;
    private final UserWrites userWrites;
    private final LogEntries entries;

    UserRestorer(UserRepository users, UserWrites userWrites, LogEntries entries) {
        this.users = users;
        this.userWrites = userWrites;
        this.entries = entries;
    }

    /**
     * The restored user's view, or empty when no soft-deleted user of the connection has {@code keys}' user-id
     * attribute value within its window, or another request restored it first (the caller then creates, and a
     * concurrent restore makes that create a uniqueness conflict: one request restores, never two).
     */
    Optional<ScimUserView> restore(ScimContext context, ScimObject resource, UserKeys keys, RequestInfo request) {
        Instant now = entries.now();
        Optional<SoftDeletedUser> found = users.findRestorable(context.connection().id(), keys.userIdAttribute(),
                now);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AttributeMapping mapping = context.configuration().mapping();
        User deleted = found.get().user();
        // The block is the deletion's, not the client's: the posted resource decides as a create would, so a body
        // without "active" (or a mapping without it) brings the user back unblocked.
        ScimObject profile = ScimToProfile.replaceMapped(deleted.attributes().without("blocked"), resource, mapping);
        User restored = deleted.replaced(profile, ScimUsers.keys(profile, mapping), now);
        boolean done = users.restore(userWrites.restore(restored, entries.scimSuccess(
                context.connection().id().value(), request, "Create user: restored", restored.id().value(), now),
                now));
        return done ? Optional.of(ScimUsers.view(context, restored)) : Optional.empty();
    }
}
