package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupEdit;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import dev.inboundscim.domain.user.UserId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One write of a group and everything it causes, decided by the application before the store sees it: the new
 * state or the edit as a membership delta, the version it must find (null: any), the limits the result must keep,
 * and the log entries (the request's entry, then the group events, each routed to its streams). A
 * {@link GroupRepository} stores it in one atomic step: the limits and the members' existence are checked there
 * because only the store sees concurrent writes, and a write that breaks one stores nothing.
 */
public sealed interface GroupWrite {

    List<RoutedLogEntry> logs();

    /**
     * A new group (version 1) with {@code members}, refused when the connection already holds
     * {@code maxGroupsPerConnection} groups or the members exceed {@code maxMembersPerGroup}.
     */
    record Insert(Group group, Set<UserId> members, long maxGroupsPerConnection, long maxMembersPerGroup,
                  List<RoutedLogEntry> logs) implements GroupWrite {
        public Insert {
            Objects.requireNonNull(group, "group");
            members = Collections.unmodifiableSet(new LinkedHashSet<>(members));
            logs = List.copyOf(logs);
        }
    }

    /**
     * {@code edit} applied to the group, stamped {@code now} and the next version; refused when the group would
     * then have more than {@code maxMembersPerGroup} members. Needs no prior read: the membership part is a delta,
     * so concurrent edits never undo each other's members.
     */
    record Update(ConnectionId connectionId, GroupId id, Long expectedVersion, GroupEdit edit,
                  long maxMembersPerGroup, Instant now, List<RoutedLogEntry> logs) implements GroupWrite {
        public Update {
            Objects.requireNonNull(connectionId, "connectionId");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(edit, "edit");
            Objects.requireNonNull(now, "now");
            logs = List.copyOf(logs);
        }
    }

    /** The group's deletion with its memberships. */
    record Delete(ConnectionId connectionId, GroupId id, Long expectedVersion, List<RoutedLogEntry> logs)
            implements GroupWrite {
        public Delete {
            Objects.requireNonNull(connectionId, "connectionId");
            Objects.requireNonNull(id, "id");
            logs = List.copyOf(logs);
        }
    }
}
