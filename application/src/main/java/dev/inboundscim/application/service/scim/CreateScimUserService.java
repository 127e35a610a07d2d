package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.application.port.in.scim.CreateScimUserUseCase;
import dev.inboundscim.application.port.in.scim.ScimUserView;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.role.ScimRoleSync;
import dev.inboundscim.application.service.user.UserWrites;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.ScimToProfile;
import dev.inboundscim.domain.mapping.UserKeyExtractor;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.user.Identity;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserKeys;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Creates a user from a SCIM resource; the store's unique keys decide races. A POST of a soft-deleted user within its
 * window restores it instead (SPEC §10): looked for first in soft mode; in hard mode only when the create collides,
 * which only a user soft-deleted before the connection went back to hard mode can cause, so hard mode pays nothing.
 */
public final class CreateScimUserService implements CreateScimUserUseCase {

    private final UserRepository users;
    private final UserWrites userWrites;
    private final LogEntries entries;
    private final UserRestorer restorer;
    private final ScimRoleSync roleSync;

    public CreateScimUserService(UserRepository users, UserWrites userWrites, LogEntries entries,
                                 ScimRoleSync roleSync) {
        this.roleSync = roleSync;
        this.users = users;
        this.userWrites = userWrites;
        this.entries = entries;
        this.restorer = new UserRestorer(users, userWrites, entries);
    }

    @Override
    public ScimUserView create(CreateScimUserCommand command) {
        return roleSync.sync(command.context(), created(command));
    }

    private ScimUserView created(CreateScimUserCommand command) {
        ScimContext context = command.context();
        requireUserName(command.resource());
        AttributeMapping mapping = context.configuration().mapping();
        ScimObject profile = ScimToProfile.convert(command.resource(), mapping);
        String key = UserKeyExtractor.userIdAttributeValue(profile, mapping).orElseThrow(() ->
                BadRequestException.invalidValue("The user id attribute " + mapping.userIdAttribute()
                        + " is required"));
        UserKeys keys = ScimUsers.keys(profile, mapping);
        boolean soft = context.configuration().deletion().isSoft();
        if (soft) {
            Optional<ScimUserView> restored = restorer.restore(context, command.resource(), keys, command.request());
            if (restored.isPresent()) {
                return restored.get();
            }
        }
        Connection connection = context.connection();
        UserId id = UserId.of(connection.strategy(), connection.name(), key);
        Instant now = entries.now();
        Identity identity = new Identity(connection.name().value(), connection.strategy().wireName(), key, false);
        User user = new User(id, connection.id(), profile, List.of(identity), keys, now, now, 1);
        try {
            users.insert(userWrites.insert(user, entries.scimSuccess(connection.id().value(), command.request(),
                    "Create user", id.value(), now)));
        } catch (ConflictException conflict) {
            if (soft) {
                throw conflict;
            }
            return restorer.restore(context, command.resource(), keys, command.request())
                    .orElseThrow(() -> conflict);
        }
        return ScimUsers.view(context, user);
    }

    /** RFC 7643 §4.1.1 makes userName required, whether or not this connection keeps it. */
    static void requireUserName(ScimObject resource) {
        if (!(resource.getIgnoreCase("userName").orElse(null) instanceof ScimString name) || name.value().isBlank()) {
            throw BadRequestException.invalidValue("userName is required and must be a non-empty string");
        }
    }
}
