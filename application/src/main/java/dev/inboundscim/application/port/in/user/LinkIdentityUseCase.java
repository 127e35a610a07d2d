package dev.inboundscim.application.port.in.user;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.user.Identity;
import dev.inboundscim.domain.user.UserId;
import java.util.List;
import java.util.Objects;

/**
 * Links a secondary account into a primary one ({@code POST /api/v2/users/{id}/identities}): the secondary's
 * identities join the primary's and the secondary user is removed. A SCIM-provisioned user cannot be the secondary,
 * because its id (its SCIM {@code id}) would vanish under its identity provider.
 */
public interface LinkIdentityUseCase {

    /** The primary's identities after the link. */
    List<Identity> link(LinkIdentityCommand command);

    /** {@code secondary} null: the request named none (400). */
    record LinkIdentityCommand(UserId primaryUserId, Secondary secondary) {
        public LinkIdentityCommand {
            Objects.requireNonNull(primaryUserId, "primaryUserId");
        }
    }

    /** How a link names its secondary account. */
    sealed interface Secondary permits SecondaryById, SecondaryByKey, SecondaryUnknown {
    }

    /**
     * A secondary the body names by ids that cannot exist (malformed, over-long): a 400 like any secondary that does
     * not exist, answered after the primary's 404.
     */
    record SecondaryUnknown() implements Secondary {
    }

    /** By its full user id. */
    record SecondaryById(UserId userId) implements Secondary {
        public SecondaryById {
            Objects.requireNonNull(userId, "userId");
        }
    }

    /**
     * By the value of {@code connectionId}'s user id attribute, which becomes a user id only through the connection's
     * strategy and name; {@code provider} is optional, and checked against the strategy when given.
     */
    record SecondaryByKey(ConnectionId connectionId, String key, String provider) implements Secondary {
        public SecondaryByKey {
            Objects.requireNonNull(connectionId, "connectionId");
            Objects.requireNonNull(key, "key");
        }
    }
}
