package dev.inboundscim.application.port.in.ratelimit;

import dev.inboundscim.domain.connection.ConnectionId;

/**
 * Decides, before anything else is done for it, whether a SCIM request to a connection may run now or is over the
 * connection's rate limit or the server's (SPEC §7.1). Requests that fail authentication count too, so a wrong
 * token cannot be guessed faster than the limit.
 */
public interface AdmitScimRequestUseCase {

    Admission admit(ConnectionId connectionId);

    /**
     * The decision and what the client is told about the limit ({@code X-RateLimit-*}, {@code Retry-After}).
     *
     * @param limit             the bucket's size; 0 when no limit applies (then no header is sent)
     * @param remaining         requests the client may still send at once
     * @param resetSeconds      seconds until the bucket is full again
     * @param retryAfterSeconds when refused, whole seconds (at least one) until a request would be admitted
     * @param recordRefusal     when refused, whether this refusal gets its own {@code fscim} entry (at most one per
     *                          connection and second)
     */
    record Admission(boolean admitted, int limit, int remaining, long resetSeconds, int retryAfterSeconds,
                     boolean recordRefusal) {

        /** Admitted, with no limit to report. */
        public static final Admission UNLIMITED = new Admission(true, 0, 0, 0, 0, false);

        public boolean limited() {
            return limit > 0;
        }
    }
}
