package dev.inboundscim.application.service.scim;

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

    @FunctionalInterface
    interface Attempt<T> {
        T run(User current);
    }

    static <T> T run(Supplier<User> read, Long expectedVersion, Attempt<T> attempt) {
        for (int i = 1; ; i++) {
            User current = read.get();
            if (expectedVersion != null && current.version() != expectedVersion) {
                throw PreconditionFailedException.versionMismatch(current.id().value());
            }
            try {
                return attempt.run(current);
            } catch (PreconditionFailedException e) {
                if (expectedVersion != null || i == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
