package dev.inboundscim.application.service.user;

import dev.inboundscim.application.port.in.user.LinkIdentityUseCase.Secondary;
import dev.inboundscim.application.port.in.user.LinkIdentityUseCase.SecondaryById;
import dev.inboundscim.application.port.in.user.LinkIdentityUseCase.SecondaryByKey;
import dev.inboundscim.application.port.in.user.LinkIdentityUseCase.SecondaryUnknown;
import dev.inboundscim.application.port.in.user.LinkIdentityUseCase;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.user.Identity;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/**
 * Links accounts. The primary is updated first (conditional on its version), then the secondary removed: if the
 * process stops in between, both remain and linking again completes it (identities are never repeated).
 */
public final class LinkIdentityService implements LinkIdentityUseCase {

    private final UserRepository users;
    private final ConnectionLookup connections;
    private final ScimConfigurationRepository configurations;
    private final UserWrites userWrites;
    private final LogEntries entries;

    public LinkIdentityService(UserRepository users, ConnectionLookup connections,
                               ScimConfigurationRepository configurations, UserWrites userWrites,
                               LogEntries entries) {
        this.users = users;
        this.userWrites = userWrites;
        this.connections = connections;
        this.configurations = configurations;
        this.entries = entries;
    }

    @Override
    public List<Identity> link(LinkIdentityCommand command) {
        User primary = users.findById(command.primaryUserId())
                .orElseThrow(() -> new NotFoundException("User not found"));
        UserId secondaryId = secondaryId(command.secondary());
        if (secondaryId.equals(primary.id())) {
            throw BadRequestException.invalidValue("an account cannot be linked to itself");
        }
        User secondary = users.findById(secondaryId).orElseThrow(() -> BadRequestException.invalidValue(
                "the secondary account " + secondaryId.value() + " does not exist"));
        if (configurations.findByConnection(secondary.connectionId()).isPresent()) {
            throw BadRequestException.invalidValue("the user " + secondary.id().value() + " is provisioned by SCIM "
                    + "and can only be the primary account of a link: its id is its SCIM id and must not change");
        }
        Instant now = entries.now();
        User linked = primary.withLinkedIdentities(secondary.identities(), now);
        users.update(userWrites.update(primary, linked, entry(primary, "Linked " + secondary.id().value() + " into "
                + primary.id().value(), secondary, now), now));
        users.delete(userWrites.mergedAway(secondary, entry(secondary, "Removed " + secondary.id().value()
                + ": linked into " + primary.id().value(), secondary, now)));
        return linked.identities();
    }

    /** Read once the primary is found: an unknown primary is 404 before a missing or mismatched secondary is 400. */
    private UserId secondaryId(Secondary secondary) {
        return switch (secondary) {
            case null -> throw BadRequestException.invalidValue("user_id is required");
            case SecondaryById byId -> byId.userId();
            case SecondaryUnknown unknown ->
                    throw BadRequestException.invalidValue("the secondary account the body names does not exist");
            case SecondaryByKey byKey -> {
                Connection connection;
                try {
                    connection = connections.require(byKey.connectionId());
                } catch (NotFoundException e) {
                    // A body names the secondary: what it names not existing is the request's fault, 400.
                    throw BadRequestException.invalidValue("the secondary account's connection does not exist");
                }
                if (byKey.provider() != null && !byKey.provider().equals(connection.strategy().wireName())) {
                    throw BadRequestException.invalidValue("provider does not match the connection's strategy "
                            + connection.strategy().wireName());
                }
                yield UserId.of(connection.strategy(), connection.name(), byKey.key());
            }
        };
    }

    private LogEntry entry(User user, String description, User secondary, Instant now) {
        return entries.event(LogType.SUCCESS_API_OPERATION, user.connectionId().value(), description,
                user.id().value(), ScimObject.builder().put("operation", "link accounts")
                        .put("secondary_user_id", secondary.id().value()).build(), now);
    }
}
