package dev.inboundscim.application.port.in.connection;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.BadRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How a connection's provisioning is doing (SPEC §8's health view): its SCIM traffic and failures over a recent
 * window, its rate-limit refusals, and tokens about to stop working.
 */
public interface GetConnectionHealthUseCase {

    /** Tokens that stop working within this long count as expiring soon. */
    Duration EXPIRING_SOON = Duration.ofDays(14);

    ConnectionHealth health(GetConnectionHealthCommand command);

    /** {@code window}: how far back from now the traffic is counted, one minute to seven days. */
    record GetConnectionHealthCommand(ConnectionId connectionId, Duration window) {

        public static final Duration MIN_WINDOW = Duration.ofMinutes(1);
        public static final Duration MAX_WINDOW = Duration.ofDays(7);

        public GetConnectionHealthCommand {
            Objects.requireNonNull(connectionId, "connectionId");
            Objects.requireNonNull(window, "window");
            if (window.compareTo(MIN_WINDOW) < 0 || window.compareTo(MAX_WINDOW) > 0) {
                throw BadRequestException.invalidValue("window must be from " + MIN_WINDOW.toSeconds() + " to "
                        + MAX_WINDOW.toSeconds() + " seconds");
            }
        }
    }

    /**
     * {@code requests}: SCIM requests logged in {@code [from, to)}, {@code errors} those that failed;
     * {@code rateLimitedSeconds}: refusals for the rate limit as logged, at most one a second per connection (SPEC
     * §7.1), so the number of seconds in which requests were refused; tokens: how many the connection holds, how many
     * stop working within {@link #EXPIRING_SOON} and how many have already expired.
     */
    record ConnectionHealth(ConnectionId connectionId, Instant from, Instant to, long requests, long errors,
                            long rateLimitedSeconds, int tokens, int tokensExpiringSoon, int tokensExpired) {

        /** Failures per request in the window; empty without requests, where a rate means nothing. */
        public OptionalDouble errorRate() {
            return requests == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of((double) errors / requests);
        }
    }
}
