package dev.inboundscim.application.port.in.user;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.user.Identity;
import dev.inboundscim.domain.user.UserId;
import java.util.List;

/**
 * Links a secondary account into a primary one ({@code POST /api/v2/users/{id}/identities}): the secondary's
 * identities join the primary's and the secondary user is removed. A SCIM-provisioned user cannot be the secondary,
 * because its id (its SCIM {@code id}) would vanish under its identity provider.
 */
public interface LinkIdentityUseCase {

    /** The primary's identities after the link. */
    List<Identity> link(LinkIdentityCommand command);

    /**
     * {@code userId} is the secondary's full user id, or, with {@code connectionId}, the value of that connection's
     * user id attribute ({@code provider} optional, checked when given).
     */
    record LinkIdentityCommand(UserId primaryUserId, String userId, ConnectionId connectionId, String provider) {
    }
}
