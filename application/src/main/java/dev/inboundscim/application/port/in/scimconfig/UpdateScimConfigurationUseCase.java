package dev.inboundscim.application.port.in.scimconfig;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.DeletionPolicy;
import dev.inboundscim.domain.connection.RateLimit;
import dev.inboundscim.domain.connection.RoleMapping;
import dev.inboundscim.domain.mapping.RawMappingPair;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.List;

/**
 * Changes the user-id attribute, the mapping, the rate limit, the deletion policy or the role mapping; takes effect at once for every
 * SCIM request.
 */
public interface UpdateScimConfigurationUseCase {

    ScimConfigurationView update(UpdateScimConfigurationCommand command);

    /** Null fields are left as they are. */
    record UpdateScimConfigurationCommand(ConnectionId connectionId, String userIdAttribute,
                                          List<RawMappingPair> mapping, ScimValue schemaExtensions,
                                          RateLimitUpdate rateLimit, DeletionPolicy deletion,
                                          RoleMapping roleMapping) {
    }

    /** A new rate limit for the connection; {@code value} null goes back to the server's default. */
    record RateLimitUpdate(RateLimit value) {
    }
}
