package dev.inboundscim.domain.connection;

import dev.inboundscim.domain.error.BadRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a SCIM DELETE of a user does on a connection (SPEC §10). {@link Mode#HARD} removes the user for good;
 * {@link Mode#SOFT} hides and blocks it, so that a POST of the same user within {@code restoreWindowDays} restores it
 * instead of answering 409: the loop in which Okta pushes a deprovisioned user again and again ends.
 *
 * @param restoreWindowDays days a soft-deleted user stays restorable; kept (and shown) in hard mode too, so switching
 *                          back to soft restores the window the operator chose
 */
public record DeletionPolicy(Mode mode, int restoreWindowDays) {

    /** The default window, as SPEC §10's example names it. */
    public static final int DEFAULT_WINDOW_DAYS = 30;
    /** A year: beyond it a "deleted" user is a retained one, which the operator should decide elsewhere. */
    public static final int MAX_WINDOW_DAYS = 365;
    /** Every connection's policy until its operator chooses: deletions as before the policy existed. */
    public static final DeletionPolicy HARD = new DeletionPolicy(Mode.HARD, DEFAULT_WINDOW_DAYS);

    public DeletionPolicy {
        Objects.requireNonNull(mode, "mode");
        if (restoreWindowDays < 1 || restoreWindowDays > MAX_WINDOW_DAYS) {
            throw BadRequestException.invalidValue("deletion.restore_window_days must be a whole number from 1 to "
                    + MAX_WINDOW_DAYS);
        }
    }

    /** Whether a DELETE keeps the user restorable. */
    public boolean isSoft() {
        return mode == Mode.SOFT;
    }

    /** The end of the restore window of a user deleted at {@code deletedAt}. */
    public Instant restoreUntil(Instant deletedAt) {
        return deletedAt.plus(Duration.ofDays(restoreWindowDays));
    }

    /** The two behaviours of a DELETE, named as the Management API names them. */
    public enum Mode {
        HARD("hard"),
        SOFT("soft");

        private final String wireName;

        Mode(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        /** The mode {@code name} names; 400 naming the accepted values otherwise. */
        public static Mode of(String name) {
            for (Mode mode : values()) {
                if (mode.wireName.equals(name)) {
                    return mode;
                }
            }
            throw BadRequestException.invalidValue("deletion.mode must be \"hard\" or \"soft\"");
        }
    }
}
