package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.scim.PatchScimUserUseCase;
import dev.inboundscim.application.port.in.scim.ScimUserView;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.VersionedWrite;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.role.ScimRoleSync;
import dev.inboundscim.application.service.user.UserWrites;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.ProfileToScim;
import dev.inboundscim.domain.mapping.ScimToProfile;
import dev.inboundscim.domain.scim.patch.PatchEngine;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.User;
import java.time.Instant;

/** Patches the SCIM view of a user and stores the mapped result, all operations or none. */
public final class PatchScimUserService implements PatchScimUserUseCase {

    private final UserRepository users;
    private final VersionedWrite writes;
    private final UserWrites userWrites;
    private final LogEntries entries;
    private final ScimRoleSync roleSync;

    public PatchScimUserService(UserRepository users, VersionedWrite writes, UserWrites userWrites,
                                LogEntries entries, ScimRoleSync roleSync) {
        this.roleSync = roleSync;
        this.users = users;
        this.writes = writes;
        this.userWrites = userWrites;
        this.entries = entries;
    }

    @Override
    public ScimUserView patch(PatchScimUserCommand command) {
        AttributeMapping mapping = command.context().configuration().mapping();
        return roleSync.sync(command.context(), writes.run(() -> ScimUsers.requireWithGroups(users,
                        command.context(), command.userId()),
                command.expectedVersion(), (current, read) -> {
                    ScimObject view = ProfileToScim.convert(current.attributes(), mapping);
                    ScimObject patched = PatchEngine.apply(view, command.patch().operations(),
                            mapping.schemas());
                    ScimUsers.requireUserNameIfKept(patched, mapping);
                    ScimObject profile = ScimToProfile.replaceMapped(current.attributes(), patched, mapping);
                    Instant now = entries.now();
                    User updated = current.replaced(profile, ScimUsers.keys(profile, mapping), now);
                    users.update(userWrites.update(current, updated, entries.scimSuccess(
                            current.connectionId().value(), command.request(), "Patch user",
                            current.id().value(), now), now));
                    return ScimUsers.view(command.context(), updated, read);
                }));
    }
}
