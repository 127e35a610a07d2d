package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.group.GroupRef;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.mapping.query.ProfileCondition;
import dev.inboundscim.domain.mapping.query.SortKey;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Stores users. Every write takes the log entries that describe it (the request's entry, then its events) and keeps
 * all or none. Uniqueness of
 * {@code keys} within a connection is enforced by the store itself, so concurrent identical creates have exactly one
 * winner; the losers get {@code ConflictException.uniqueness}.
 */
public interface UserRepository {

    /** Stores a new user; it joins, in the same step where the store allows, every organization that assigns
     * members of its connection ({@code assign_membership_on_login}). */
    void insert(User user, LogEntry log);

    Optional<User> findById(ConnectionId connectionId, UserId id);

    /**
     * The user with the groups it belongs to (ordered by display name), in one read where the store can; a store
     * that cannot answers {@code groups} null, and the caller asks the group repository.
     */
    default Optional<UserWithGroups> findWithGroups(ConnectionId connectionId, UserId id) {
        return findById(connectionId, id).map(user -> new UserWithGroups(user, null));
    }

    /** A user and its groups; {@code groups} null when they were not read with it. */
    record UserWithGroups(User user, List<GroupRef> groups) {
    }

    /** Finds a user of any connection, for the Management API. */
    Optional<User> findById(UserId id);

    /**
     * Replaces the user if its stored version is still {@code updated.version() - 1}; otherwise throws
     * {@code PreconditionFailedException} (or {@code NotFoundException} when it is gone) and stores nothing.
     */
    void update(User updated, List<LogEntry> logs);

    default void update(User updated, LogEntry log) {
        update(updated, List.of(log));
    }

    /** Deletes the user if its stored version is {@code expectedVersion}; same failures as {@link #update}. */
    void delete(ConnectionId connectionId, UserId id, long expectedVersion, List<LogEntry> logs);

    default void delete(ConnectionId connectionId, UserId id, long expectedVersion, LogEntry log) {
        delete(connectionId, id, expectedVersion, List.of(log));
    }

    /** Deletes a user of any connection with {@code logs}; false (and nothing stored) when absent. */
    boolean delete(UserId id, List<LogEntry> logs);

    default boolean delete(UserId id) {
        return delete(id, List.of());
    }

    /**
     * Users of {@code connectionId} matching {@code condition}, in a stable order (creation order), skipping
     * {@code offset} and returning at most {@code limit}, with the total match count.
     */
    default Page<User> search(ConnectionId connectionId, ProfileCondition condition, long offset, int limit) {
        return search(connectionId, condition, null, offset, limit);
    }

    /**
     * As {@link #search(ConnectionId, ProfileCondition, long, int)}, ordered by {@code sort} first and creation order
     * second; a null sort, or one without a path, is creation order alone. Strings order by code point (canonical
     * text unless {@code caseExact}); users without a value come first in ascending order and last in descending.
     */
    Page<User> search(ConnectionId connectionId, ProfileCondition condition, SortKey sort, long offset, int limit);

    /**
     * {@link #search} with each user's groups, in one read where the store can; a store that cannot answers
     * {@code groups} null, and the caller asks the group repository.
     */
    default Page<UserWithGroups> searchWithGroups(ConnectionId connectionId, ProfileCondition condition, SortKey sort,
                                                  long offset, int limit) {
        Page<User> page = search(connectionId, condition, sort, offset, limit);
        return new Page<>(page.items().stream().map(user -> new UserWithGroups(user, null)).toList(), page.total());
    }

    /**
     * Users of one connection or all (null), whose profile text contains {@code text} ignoring case (null: all),
     * for the Management API.
     */
    Page<User> list(ConnectionId connectionId, String text, long offset, int limit);
}
