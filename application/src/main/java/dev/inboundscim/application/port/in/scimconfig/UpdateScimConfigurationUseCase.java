package dev.inboundscim.application.port.in.scimconfig;

import dev.inboundscim.domain.mapping.RawMappingPair;
import java.util.List;

/** Changes the user-id attribute and/or the mapping; takes effect at once for every SCIM request. */
public interface UpdateScimConfigurationUseCase {

    ScimConfigurationView update(UpdateScimConfigurationCommand command);

    /** Null fields are left as they are. */
    record UpdateScimConfigurationCommand(String connectionId, String userIdAttribute, List<RawMappingPair> mapping) {
    }
}
