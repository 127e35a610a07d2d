package dev.inboundscim.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * A user a SCIM DELETE took away in soft mode (SPEC §10): hidden from SCIM and blocked, restorable by a POST of the
 * same user until {@code restoreUntil}, then purged.
 *
 * @param user the user as it was kept: blocked, its groups left, its last version
 */
public record SoftDeletedUser(User user, Instant deletedAt, Instant restoreUntil) {

    public SoftDeletedUser {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(deletedAt, "deletedAt");
        Objects.requireNonNull(restoreUntil, "restoreUntil");
    }

    /** Whether a POST at {@code now} may still bring it back. */
    public boolean restorableAt(Instant now) {
        return now.isBefore(restoreUntil);
    }
}
