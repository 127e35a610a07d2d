package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.scim.ReplaceScimUserUseCase;
import dev.inboundscim.application.port.in.scim.ScimUserView;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.VersionedWrite;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.role.ScimRoleSync;
import dev.inboundscim.application.service.user.UserWrites;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.ScimToProfile;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.User;
import java.time.Instant;

/** Replaces a user's mapped values (RFC 7644 §3.5.1), conditional on the version that was read. */
public final class ReplaceScimUserService implements ReplaceScimUserUseCase {

    private final UserRepository users;
    private final VersionedWrite writes;
    private final UserWrites userWrites;
    private final LogEntries entries;
    private final ScimRoleSync roleSync;

    public ReplaceScimUserService(UserRepository users, VersionedWrite writes, UserWrites userWrites,
                                  LogEntries entries, ScimRoleSync roleSync) {
        this.roleSync = roleSync;
        this.users = users;
        this.writes = writes;
        this.userWrites = userWrites;
        this.entries = entries;
    }

    @Override
    public ScimUserView replace(ReplaceScimUserCommand command) {
        CreateScimUserService.requireUserName(command.resource());
        AttributeMapping mapping = command.context().configuration().mapping();
        return roleSync.sync(command.context(), writes.run(() -> ScimUsers.requireWithGroups(users,
                        command.context(), command.userId()),
                command.expectedVersion(), (current, read) -> {
                    ScimObject profile = ScimToProfile.replaceMapped(current.attributes(), command.resource(),
                            mapping);
                    Instant now = entries.now();
                    User updated = current.replaced(profile, ScimUsers.keys(profile, mapping), now);
                    users.update(userWrites.update(current, updated, entries.scimSuccess(
                            current.connectionId().value(), command.request(), "Replace user",
                            current.id().value(), now), now));
                    return ScimUsers.view(command.context(), updated, read);
                }));
    }
}
