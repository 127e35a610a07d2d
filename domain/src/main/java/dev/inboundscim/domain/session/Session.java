package dev.inboundscim.domain.session;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A login session the login layer reported (SPEC §5): its id, the user, the client it was opened for (null when not
 * said), when it started and when it was last used for a login.
 */
public record Session(String id, UserId userId, String clientId, Instant createdAt, Instant lastLoginAt) {

    private static final int MAX_ID_LENGTH = 256;

    public Session {
        id = requireId(id, "session_id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastLoginAt, "lastLoginAt");
    }

    /** An id the login layer chose: required, printable, bounded. */
    public static String requireId(String id, String field) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH || id.chars().anyMatch(c -> c < 0x20)) {
            throw BadRequestException.invalidValue(field + " must be a non-empty "
                    + "printable string of at most " + MAX_ID_LENGTH + " characters");
        }
        return id;
    }
}
