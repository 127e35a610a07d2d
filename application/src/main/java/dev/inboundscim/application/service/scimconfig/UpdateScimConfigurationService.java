package dev.inboundscim.application.service.scimconfig;

import dev.inboundscim.application.ScimSettings;
import dev.inboundscim.application.port.in.scimconfig.ScimConfigurationView;
import dev.inboundscim.application.port.in.scimconfig.UpdateScimConfigurationUseCase;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.application.service.ratelimit.ScimRateLimiter;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.ScimMappingPath;
import dev.inboundscim.domain.user.UserQuery;
import java.time.Clock;
import java.time.Instant;

/** Changes a SCIM configuration's mapping, user-id attribute, rate limit, deletion policy or role mapping. */
public final class UpdateScimConfigurationService implements UpdateScimConfigurationUseCase {

    private final ConnectionLookup lookup;
    private final ScimConfigurationRepository configurations;
    private final UserRepository users;
    private final ScimSettings settings;
    private final ScimRateLimiter rateLimits;
    private final Clock clock;

    public UpdateScimConfigurationService(ConnectionLookup lookup, ScimConfigurationRepository configurations,
                                          UserRepository users, ScimSettings settings, ScimRateLimiter rateLimits,
                                          Clock clock) {
        this.lookup = lookup;
        this.users = users;
        this.configurations = configurations;
        this.settings = settings;
        this.rateLimits = rateLimits;
        this.clock = clock;
    }

    @Override
    public ScimConfigurationView update(UpdateScimConfigurationCommand command) {
        Connection connection = lookup.require(command.connectionId());
        ScimConfiguration current = configurations.findByConnection(connection.id())
                .orElseThrow(() -> new NotFoundException("The connection has no SCIM configuration"));
        AttributeMapping mapping = MappingInput.resolve(command.userIdAttribute(), command.mapping(),
                command.schemaExtensions(), current.mapping());
        if (changesUserKeys(current.mapping(), mapping)
                && (users.list(connection.id(), UserQuery.ALL, 0, 0).total() > 0
                    || users.softDeleted(connection.id(), 0, 0).total() > 0)) {
            // Stored uniqueness keys and user ids were computed through the old pairs; changing them under
            // existing users would leave keys that no longer match what clients see (and soft-deleted users could
            // no longer be found by the value a POST of them carries).
            throw ConflictException.conflict("user_id_attribute and the userName pair cannot change while the "
                    + "connection has users");
        }
        Instant now = clock.instant();
        // Both at once: the role mapping is checked against the new mapping, never a half-changed one (SPEC §12).
        ScimConfiguration updated = current.withMappings(mapping,
                command.roleMapping() == null ? current.roleMapping() : command.roleMapping(), now);
        if (command.rateLimit() != null) {
            updated = updated.withRateLimit(command.rateLimit().value(), now);
        }
        if (command.deletion() != null) {
            updated = updated.withDeletion(command.deletion(), now);
        }
        if (!configurations.update(updated)) {
            throw new NotFoundException("The connection has no SCIM configuration");
        }
        // At once in this process; other processes resize the bucket at the connection's next admitted request.
        rateLimits.configure(connection.id(), updated.rateLimit());
        return new ScimConfigurationView(connection, updated, settings.tenantName());
    }

    /** Whether the pairs the uniqueness keys come from differ: the user-id attribute's, or userName's. */
    static boolean changesUserKeys(AttributeMapping before, AttributeMapping after) {
        ScimMappingPath userName = ScimMappingPath.parse("userName");
        return !before.userIdAttribute().equals(after.userIdAttribute())
                || !before.pairFor(before.userIdAttribute()).equals(after.pairFor(after.userIdAttribute()))
                || !before.pairFor(userName).equals(after.pairFor(userName));
    }
}
