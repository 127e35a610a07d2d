package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.scimconfig.CreateScimConfigurationUseCase;
import dev.inboundscim.application.port.in.scimconfig.DeleteScimConfigurationUseCase;
import dev.inboundscim.application.port.in.scimconfig.GetDefaultMappingUseCase;
import dev.inboundscim.application.port.in.scimconfig.GetScimConfigurationUseCase;
import dev.inboundscim.application.port.in.scimconfig.ListScimConfigurationsUseCase;
import dev.inboundscim.application.port.in.scimconfig.UpdateScimConfigurationUseCase;

/** The use cases of a connection's {@code /scim-configuration} and {@code /connections-scim-configurations}. */
public record ScimConfigurationUseCases(CreateScimConfigurationUseCase create, GetScimConfigurationUseCase get,
                                        UpdateScimConfigurationUseCase update,
                                        DeleteScimConfigurationUseCase delete,
                                        GetDefaultMappingUseCase defaultMapping,
                                        ListScimConfigurationsUseCase list) {
}
