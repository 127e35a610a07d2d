package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.logstream.RoutedLogEntry;
import dev.inboundscim.domain.role.RoleHolder;
import dev.inboundscim.domain.role.RoleId;
import java.util.List;
import java.util.Objects;

/**
 * Roles given to and taken from one holder, each with the log entries the application made for it
 * ({@code user.role.*}, {@code group.role.*}). A {@link RoleRepository} stores, in one atomic step, each change that
 * changes something together with its entries: assigning a role already held, or removing one not held, stores
 * neither (so concurrent identical requests log once).
 */
public record RoleAssignmentWrite(RoleHolder holder, List<Change> assigned, List<Change> removed) {

    public RoleAssignmentWrite {
        Objects.requireNonNull(holder, "holder");
        assigned = List.copyOf(assigned);
        removed = List.copyOf(removed);
    }

    /** One role and the entries stored only if its assignment changes. */
    public record Change(RoleId role, List<RoutedLogEntry> logs) {
        public Change {
            Objects.requireNonNull(role, "role");
            logs = List.copyOf(logs);
        }
    }
}
