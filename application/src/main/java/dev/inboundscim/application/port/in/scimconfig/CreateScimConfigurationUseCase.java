package dev.inboundscim.application.port.in.scimconfig;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.DeletionPolicy;
import dev.inboundscim.domain.connection.RateLimit;
import dev.inboundscim.domain.connection.RoleMapping;
import dev.inboundscim.domain.mapping.RawMappingPair;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.List;

/**
 * Turns a connection's SCIM endpoint on with the given mapping, or the strategy's default when none is given;
 * also switches off profile sync at login, as Auth0's dashboard asks. 409 when one exists.
 */
public interface CreateScimConfigurationUseCase {

    ScimConfigurationView create(CreateScimConfigurationCommand command);

    /**
     * {@code mapping} null means the strategy default; {@code userIdAttribute} null means the default's;
     * {@code schemaExtensions} null declares none (SPEC §10); {@code rateLimit} null means the server's default;
     * {@code deletion} null means hard deletion; {@code roleMapping} null syncs no role from SCIM (SPEC §12).
     */
    record CreateScimConfigurationCommand(ConnectionId connectionId, String userIdAttribute,
                                          List<RawMappingPair> mapping, ScimValue schemaExtensions,
                                          RateLimit rateLimit, DeletionPolicy deletion, RoleMapping roleMapping) {
    }
}
