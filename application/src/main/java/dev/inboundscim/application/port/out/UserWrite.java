package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import java.time.Instant;
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

    /**
     * A soft delete (SPEC §10): {@code user} is the blocked next version the store keeps hidden until
     * {@code restoreUntil}, stored only over {@code user.version() - 1}; like {@link Delete}, the user leaves its
     * groups and organizations and its userName and user-id attribute value are free at once.
     */
    record SoftDelete(User user, Instant restoreUntil, List<RoutedLogEntry> logs) implements UserWrite {
        public SoftDelete {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(restoreUntil, "restoreUntil");
            logs = List.copyOf(logs);
        }

        public long expectedVersion() {
            return user.version() - 1;
        }

        /** When the user was deleted: the time of its last version. */
        public Instant deletedAt() {
            return user.updatedAt();
        }
    }

    /**
     * A soft-deleted user brought back as {@code user} (SPEC §10), only from its soft-deleted version
     * {@code user.version() - 1} and only while its window is open at {@code user.updatedAt()}; it joins
     * {@code organizations} as a new user would.
     */
    record Restore(User user, List<OrganizationId> organizations, List<RoutedLogEntry> logs) implements UserWrite {
        public Restore {
            Objects.requireNonNull(user, "user");
            organizations = List.copyOf(organizations);
            logs = List.copyOf(logs);
        }

        public long deletedVersion() {
            return user.version() - 1;
        }

        /** The time the window must still be open at. */
        public Instant restoredAt() {
            return user.updatedAt();
        }
    }
}
