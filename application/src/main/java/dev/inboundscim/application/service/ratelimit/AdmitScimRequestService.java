package dev.inboundscim.application.service.ratelimit;

import dev.inboundscim.application.port.in.ratelimit.AdmitScimRequestUseCase;
import dev.inboundscim.domain.connection.ConnectionId;

/** Admits a SCIM request, or refuses it, by the buckets the server's one {@link ScimRateLimiter} keeps. */
public final class AdmitScimRequestService implements AdmitScimRequestUseCase {

    private final ScimRateLimiter limits;

    public AdmitScimRequestService(ScimRateLimiter limits) {
        this.limits = limits;
    }

    @Override
    public Admission admit(ConnectionId connectionId) {
        return limits.admit(connectionId.value());
    }
}
