package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.out.UserRepository.UserWithGroups;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.user.User;
import java.util.function.Supplier;

/**
 * The optimistic-concurrency loop every SCIM write shares: read, compute, write conditionally on the version read.
 * With {@code If-Match} the client's version must be the stored one and a conflict is the client's 412; without it
 * the write is recomputed on the fresh copy, so concurrent writers never lose each other's changes.
 */
final class VersionedWrite {

    /** Enough for heavy contention on one user; each retry re-reads, so the loop cannot spin on stale data. */
    private static final int ATTEMPTS = 8;

    private VersionedWrite() {
    }

    /** One computation and conditional write on {@code current}, read with its groups where the read gave them. */
    @FunctionalInterface
    interface Attempt<T> {
        T run(User current, UserWithGroups read);
    }

    static <T> T run(Supplier<UserWithGroups> read, Long expectedVersion, Attempt<T> attempt) {
        for (int i = 1; ; i++) {
            UserWithGroups found = read.get();
            User current = found.user();
            if (expectedVersion != null && current.version() != expectedVersion) {
                throw PreconditionFailedException.versionMismatch(current.id().value());
            }
            try {
                return attempt.run(current, found);
            } catch (PreconditionFailedException e) {
                if (expectedVersion != null || i == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
