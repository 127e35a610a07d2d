package dev.inboundscim.application.service.scimconfig;

import dev.inboundscim.application.ScimSettings;
import dev.inboundscim.application.port.in.scimconfig.CreateScimConfigurationUseCase;
import dev.inboundscim.application.port.in.scimconfig.ScimConfigurationView;
import dev.inboundscim.application.port.out.ConnectionRepository.ConnectionChange;
import dev.inboundscim.application.port.out.ConnectionRepository;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.application.service.ratelimit.ScimRateLimiter;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.DeletionPolicy;
import dev.inboundscim.domain.connection.RoleMapping;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.mapping.AttributeMapping;
import java.time.Clock;
import java.time.Instant;

/** Enables SCIM on a connection. */
public final class CreateScimConfigurationService implements CreateScimConfigurationUseCase {

    private final ConnectionLookup lookup;
    private final ConnectionRepository connections;
    private final ScimConfigurationRepository configurations;
    private final ScimSettings settings;
    private final ScimRateLimiter rateLimits;
    private final Clock clock;

    public CreateScimConfigurationService(ConnectionLookup lookup, ConnectionRepository connections,
                                          ScimConfigurationRepository configurations, ScimSettings settings,
                                          ScimRateLimiter rateLimits, Clock clock) {
        this.lookup = lookup;
        this.connections = connections;
        this.configurations = configurations;
        this.settings = settings;
        this.rateLimits = rateLimits;
        this.clock = clock;
    }

    @Override
    public ScimConfigurationView create(CreateScimConfigurationCommand command) {
        Connection connection = lookup.require(command.connectionId());
        AttributeMapping mapping = MappingInput.resolve(command.userIdAttribute(), command.mapping(),
                command.schemaExtensions(), MappingInput.defaults(connection.strategy()));
        Instant now = clock.instant();
        ScimConfiguration configuration = new ScimConfiguration(connection.id(), mapping, command.rateLimit(),
                command.deletion() != null ? command.deletion() : DeletionPolicy.HARD,
                command.roleMapping() != null ? command.roleMapping() : RoleMapping.NONE, now, now);
        configurations.insert(configuration);
        rateLimits.configure(connection.id(), configuration.rateLimit());
        // SCIM now owns the profile: syncing it at login would overwrite what the IdP provisions.
        Connection synced = connections.change(connection.id(), new ConnectionChange(null, false, now))
                .orElseThrow(() -> NotFoundException.resource("Connection", command.connectionId().value()));
        return new ScimConfigurationView(synced, configuration, settings.tenantName());
    }
}
