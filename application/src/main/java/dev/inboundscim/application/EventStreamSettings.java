package dev.inboundscim.application;

import java.time.Duration;

/**
 * How event streams behave beyond what they share with log streams (poll interval, batch size, backoff, suspension
 * and lease come from {@link LogStreamSettings}).
 *
 * @param pollWait      how long an RFC 8936 poll without {@code returnImmediately} waits for an event to arrive
 * @param keepAttempts  how many recent delivery attempts each stream keeps for {@code GET …/deliveries}
 */
public record EventStreamSettings(Duration pollWait, int keepAttempts) {

    public static final EventStreamSettings DEFAULTS = new EventStreamSettings(Duration.ofSeconds(10), 1000);

    public EventStreamSettings {
        if (pollWait.isNegative() || pollWait.compareTo(Duration.ofMinutes(5)) > 0 || keepAttempts < 1) {
            throw new IllegalArgumentException(
                    "event stream settings: poll wait 0 to 300 s, at least one attempt kept");
        }
    }
}
