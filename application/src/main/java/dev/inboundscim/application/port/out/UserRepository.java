package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.group.GroupRef;
import dev.inboundscim.domain.mapping.query.ProfileCondition;
import dev.inboundscim.domain.mapping.query.SortKey;
import dev.inboundscim.domain.scim.paging.Page;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserQuery;
import java.util.List;
import java.util.Optional;

/**
 * Stores users. Each write is a {@link UserWrite}: the change and everything it causes, stored as one atomic step
 * (all or none). Uniqueness of {@code keys} within a connection is enforced by the store itself, so concurrent
 * identical creates have exactly one winner; the losers get {@code ConflictException.uniqueness}.
 */
public interface UserRepository {

    /** Stores a new user and the organization memberships and log entries of {@code write}. */
    void insert(UserWrite.Insert write);

    Optional<User> findById(ConnectionId connectionId, UserId id);

    /** The user with the groups it belongs to, ordered by display name. */
    Optional<UserWithGroups> findWithGroups(ConnectionId connectionId, UserId id);

    /** A user and its groups. */
    record UserWithGroups(User user, List<GroupRef> groups) {
        public UserWithGroups {
            groups = List.copyOf(groups);
        }
    }

    /** Finds a user of any connection, for the Management API. */
    Optional<User> findById(UserId id);

    /**
     * Stores the user's next version if its stored version is still {@code write.expectedVersion()}; otherwise
     * throws {@code PreconditionFailedException} (or {@code NotFoundException} when it is gone) and stores nothing.
     */
    void update(UserWrite.Update write);

    /** Deletes the user if its stored version is {@code write.expectedVersion()}; same failures as {@link #update}. */
    void delete(UserWrite.Delete write);

    /**
     * Users of {@code connectionId} matching {@code condition}, ordered by {@code sort} first and creation order
     * second (a null sort, or one without a path, is creation order alone), skipping {@code offset} and returning at
     * most {@code limit}, with the total match count. Strings order by code point (canonical text unless
     * {@code caseExact}); users without a value come first in ascending order and last in descending.
     */
    Page<User> search(ConnectionId connectionId, ProfileCondition condition, SortKey sort, long offset, int limit);

    /** {@link #search} with each user's groups. */
    Page<UserWithGroups> searchWithGroups(ConnectionId connectionId, ProfileCondition condition, SortKey sort,
                                          long offset, int limit);

    /**
     * Users of one connection or all (null) that {@code query} selects, for the Management API: each word contained
     * (ignoring case) in the user id or a string of the profile, and the email, name and user id equal to those it
     * names (email and name ignoring case), in creation order.
     */
    Page<User> list(ConnectionId connectionId, UserQuery query, long offset, int limit);
}
