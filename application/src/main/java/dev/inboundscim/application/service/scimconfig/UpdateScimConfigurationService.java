package dev.inboundscim.application.service.scimconfig;

import dev.inboundscim.application.ScimSettings;
import dev.inboundscim.application.port.in.scimconfig.ScimConfigurationView;
import dev.inboundscim.application.port.in.scimconfig.UpdateScimConfigurationUseCase;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.error.NotFoundException;
import java.time.Clock;

/** Changes a SCIM configuration's mapping or user-id attribute. */
public final class UpdateScimConfigurationService implements UpdateScimConfigurationUseCase {

    private final ConnectionLookup lookup;
    private final ScimConfigurationRepository configurations;
    private final ScimSettings settings;
    private final Clock clock;

    public UpdateScimConfigurationService(ConnectionLookup lookup, ScimConfigurationRepository configurations,
                                          ScimSettings settings, Clock clock) {
        this.lookup = lookup;
        this.configurations = configurations;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public ScimConfigurationView update(UpdateScimConfigurationCommand command) {
        Connection connection = lookup.require(command.connectionId());
        ScimConfiguration current = configurations.findByConnection(connection.id())
                .orElseThrow(() -> new NotFoundException("The connection has no SCIM configuration"));
        ScimConfiguration updated = current.withMapping(
                MappingInput.resolve(command.userIdAttribute(), command.mapping(), current.mapping()),
                clock.instant());
        if (!configurations.update(updated)) {
            throw new NotFoundException("The connection has no SCIM configuration");
        }
        return new ScimConfigurationView(connection, updated, settings.tenantName());
    }
}
