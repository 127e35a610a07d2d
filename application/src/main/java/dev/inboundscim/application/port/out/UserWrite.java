package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import java.util.List;
import java.util.Objects;

/**
 * One write of a user and everything it causes, decided by the application before the store sees it: the new
 * state, the version it replaces, the log entries (each routed to its streams, each deprovisioning one queueing the
 * end of the user's sessions) and, for a new user, the organizations it joins. A {@link UserRepository} stores it
 * in one atomic step and decides nothing.
 */
public sealed interface UserWrite {

    /** The log entries the write stores, in order: the request's entry first, then its events. */
    List<RoutedLogEntry> logs();

    /** A new user (version 1) that joins {@code organizations} as it is stored. */
    record Insert(User user, List<OrganizationId> organizations, List<RoutedLogEntry> logs) implements UserWrite {
        public Insert {
            Objects.requireNonNull(user, "user");
            organizations = List.copyOf(organizations);
            logs = List.copyOf(logs);
        }
    }

    /** {@code user}'s next version, stored only over {@code user.version() - 1}. */
    record Update(User user, List<RoutedLogEntry> logs) implements UserWrite {
        public Update {
            Objects.requireNonNull(user, "user");
            logs = List.copyOf(logs);
        }

        public long expectedVersion() {
            return user.version() - 1;
        }
    }

    /** The user's deletion, only over {@code expectedVersion}; it leaves its groups and organizations with it. */
    record Delete(ConnectionId connectionId, UserId id, long expectedVersion, List<RoutedLogEntry> logs)
            implements UserWrite {
        public Delete {
            Objects.requireNonNull(connectionId, "connectionId");
            Objects.requireNonNull(id, "id");
            logs = List.copyOf(logs);
        }
    }
}
