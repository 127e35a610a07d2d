package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupCondition;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.group.GroupMember;
import dev.inboundscim.domain.group.GroupRef;
import dev.inboundscim.domain.group.GroupSort;
import dev.inboundscim.domain.mapping.ProfilePath;
import dev.inboundscim.domain.scim.paging.Page;
import dev.inboundscim.domain.scim.paging.PagePosition;
import dev.inboundscim.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores groups and their memberships. Members are kept beside the group, one entry per membership, so every write
 * costs the size of its change, never of the group. Each write is a {@link GroupWrite}, stored all or none; its
 * failures, which change nothing:
 * <ul>
 *   <li>{@code ConflictException.uniqueness}: another group of the connection has the same {@code displayName}
 *       (canonical text), decided by the store even under concurrent writes;</li>
 *   <li>{@code BadRequestException.invalidValue}: a member to add is not a user of the group's connection;</li>
 *   <li>{@code BadRequestException.tooMany}: the connection's group limit or the group's member limit would be
 *       passed;</li>
 *   <li>{@code NotFoundException}: the group is not there; {@code PreconditionFailedException}: its version is not
 *       the expected one.</li>
 * </ul>
 * Deleting a user removes it from its groups (the user repositories do that, in the same atomic step).
 */
public interface GroupRepository {

    /** Stores a new group (version 1) with its members; its {@code memberCount} is taken from them. */
    void insert(GroupWrite.Insert write);

    Optional<Group> findById(ConnectionId connectionId, GroupId id);

    /** Finds a group of any connection, for the Management API. */
    Optional<Group> findById(GroupId id);

    /** Applies the write's edit if the stored version is the expected one, and returns the group as stored. */
    Group update(GroupWrite.Update write);

    /** Deletes the group and its memberships if its version is the expected one. */
    void delete(GroupWrite.Delete write);

    /**
     * Groups of {@code connectionId} matching {@code condition}, ordered by {@code sort} (null: creation order) with
     * creation order breaking ties, skipping {@code offset}, at most {@code limit}, with the total match count.
     * Text sorts by code point, {@code displayName} by its canonical text; groups without a value come first in
     * ascending order and last in descending.
     */
    Page<Group> search(ConnectionId connectionId, GroupCondition condition, GroupSort sort, long offset, int limit);

    /**
     * The page of at most {@code limit} groups after {@code after} (null: from the start) in the order of
     * {@code search}, the total of matches, and where the next page starts (null on the last). A store seeks the
     * position instead of counting past the groups before it (RFC 9865 cursors, issue 20).
     */
    default PagePosition.Page<Group> searchAfter(ConnectionId connectionId, GroupCondition condition, GroupSort sort,
                                                 PagePosition after, int limit) {
        return searchAfter(connectionId, condition, sort, after, 0, limit);
    }

    /**
     * As {@link #searchAfter(ConnectionId, GroupCondition, GroupSort, PagePosition, int)}, skipping {@code skip}
     * groups after the position first: a {@code startIndex} page whose start no node remembers is read with an
     * offset and still hands back where it ends (issue 20).
     */
    PagePosition.Page<Group> searchAfter(ConnectionId connectionId, GroupCondition condition, GroupSort sort,
                                         PagePosition after, long skip, int limit);

    /** Groups of one connection or of all (null), in creation order, for the Management API. */
    Page<Group> list(ConnectionId connectionId, long offset, int limit);

    /**
     * Members in user id order (code points) after {@code after} (null: from the first), at most {@code limit}, each
     * with the text at {@code displayPath} of the user's profile as its display (null path or no text: null).
     */
    List<GroupMember> members(GroupId id, UserId after, int limit, ProfilePath displayPath);

    /** The groups each of {@code users} belongs to, ordered by display name; users in no group are absent. */
    Map<UserId, List<GroupRef>> groupsOf(Collection<UserId> users);
}
