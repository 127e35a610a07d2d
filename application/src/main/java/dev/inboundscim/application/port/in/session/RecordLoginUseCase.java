package dev.inboundscim.application.port.in.session;

import dev.inboundscim.application.port.in.user.UserProfileView;
import dev.inboundscim.domain.client.ClientId;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.role.EffectiveRole;
import dev.inboundscim.domain.role.OrganizationRoles;
import dev.inboundscim.domain.scim.value.ScimObject;
import java.util.List;
import java.util.Objects;

/**
 * Records a login the login layer reports (SPEC §5): finds or creates (just in time) the user, syncs root attributes
 * when the connection asks for it, records the session and refresh token; a blocked user is refused. The answer
 * carries the roles the user holds now (SPEC §12), at tenant level and in each organization it is a member of.
 */
public interface RecordLoginUseCase {

    LoggedIn login(LoginCommand command);

    /** The user as stored after the login, with its effective roles and its roles per organization. */
    record LoggedIn(UserProfileView profile, List<EffectiveRole> roles, List<OrganizationRoles> organizations) {
        public LoggedIn {
            Objects.requireNonNull(profile, "profile");
            roles = List.copyOf(roles);
            organizations = List.copyOf(organizations);
        }
    }

    /**
     * {@code claims.sub} is the value of the connection's user id attribute; {@code clientId} and
     * {@code refreshTokenId} may be null.
     */
    record LoginCommand(ConnectionId connectionId, ScimObject claims, String sessionId, ClientId clientId,
                        String refreshTokenId) {
    }
}
