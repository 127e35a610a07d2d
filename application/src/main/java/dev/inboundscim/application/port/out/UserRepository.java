package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.group.GroupRef;
import dev.inboundscim.domain.mapping.query.ProfileCondition;
import dev.inboundscim.domain.mapping.query.SortKey;
import dev.inboundscim.domain.scim.paging.Page;
import dev.inboundscim.domain.scim.paging.PagePosition;
import dev.inboundscim.domain.user.SoftDeletedUser;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores users. Each write is a {@link UserWrite}: the change and everything it causes, stored as one atomic step
 * (all or none). Uniqueness of {@code keys} within a connection is enforced by the store itself, so concurrent
 * identical creates have exactly one winner; the losers get {@code ConflictException.uniqueness}.
 *
 * <p>A soft-deleted user (SPEC §10) is no user for any method but those that name it: no read, search, count or
 * group membership finds it, and its keys are free; it keeps its id, so a create of that id is a conflict.
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

    /** Soft-deletes the user if its stored version is {@code write.expectedVersion()}; same failures as update. */
    void softDelete(UserWrite.SoftDelete write);

    /**
     * The soft-deleted user of {@code connectionId} whose user-id attribute key is {@code userIdAttributeKey} and
     * whose window is open at {@code now}; the most recently deleted if several are.
     */
    Optional<SoftDeletedUser> findRestorable(ConnectionId connectionId, String userIdAttributeKey, Instant now);

    /**
     * The page of at most {@code limit} users that come after {@code after} (null: from the start) in the order of
     * {@code sort} (creation order when null; ties by creation), each with its groups; the total of matches; and
     * where the next page starts (null on the last). A store seeks the position through its index, so a deep page
     * costs what the first does (RFC 9865 cursors, issue 20).
     */
    default PagePosition.Page<UserWithGroups> searchWithGroupsAfter(ConnectionId connectionId,
                                                                    ProfileCondition condition, SortKey sort,
                                                                    PagePosition after, int limit) {
        return searchWithGroupsAfter(connectionId, condition, sort, after, 0, limit);
    }

    /**
     * As {@link #searchWithGroupsAfter(ConnectionId, ProfileCondition, SortKey, PagePosition, int)}, skipping
     * {@code skip} users after the position first: a {@code startIndex} page whose start no node remembers is read
     * from the start with an offset, and still hands back where it ends, so the next page can seek (issue 20).
     */
    PagePosition.Page<UserWithGroups> searchWithGroupsAfter(ConnectionId connectionId, ProfileCondition condition,
                                                            SortKey sort, PagePosition after, long skip, int limit);

    /** Whether {@code id} is a soft-deleted user of {@code connectionId} whose window is open at {@code now}. */
    boolean isSoftDeleted(ConnectionId connectionId, UserId id, Instant now);

    /**
     * Brings a soft-deleted user back as {@code write.user()}, with its organizations and log entries, in one atomic
     * step; false, storing nothing, when that soft-deleted version is no longer there or its window has closed
     * (restored by another request, purged). A live user holding one of its keys is a uniqueness conflict.
     */
    boolean restore(UserWrite.Restore write);

    /** The soft-deleted users of a connection, most recently deleted first, with their count. */
    Page<SoftDeletedUser> softDeleted(ConnectionId connectionId, long offset, int limit);

    /**
     * Deletes for good at most {@code limit} soft-deleted users whose window closed at or before {@code now}; returns
     * how many. Safe to run from several processes at once.
     */
    int purgeSoftDeleted(Instant now, int limit);
}
