package dev.inboundscim.application.service.ratelimit;

import dev.inboundscim.application.RateLimitSettings;
import dev.inboundscim.application.port.in.ratelimit.AdmitScimRequestUseCase.Admission;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.RateLimit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The SCIM endpoint's rate limits (SPEC §7.1): a token bucket per connection, sized by the connection's own
 * {@code rate_limit} once a request of it authenticated (the server's default until then), and optionally one
 * server-wide bucket that only admitted requests draw from, so a connection over its own limit takes nothing from
 * the others. Limits are per server process, as SPEC §6 allows. {@link AdmitScimRequestService} asks it; the services
 * that write SCIM configurations resize its buckets.
 */
public final class ScimRateLimiter {

    /** Buckets kept at most; past it, full (idle) buckets are forgotten and unknown connections share one bucket. */
    static final int MAX_BUCKETS = 100_000;

    private final RateLimitSettings settings;
    private final LongSupplier nanoTime;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final TokenBucket total;
    private final TokenBucket overflow;

    public ScimRateLimiter(RateLimitSettings settings, LongSupplier nanoTime) {
        this.settings = settings;
        this.nanoTime = nanoTime;
        long now = nanoTime.getAsLong();
        this.total = settings.total().isOff() ? null : new TokenBucket(settings.total(), now);
        this.overflow = new TokenBucket(settings.perConnection(), now);
    }

    /** Takes one request of {@code connectionId} from its bucket (and the server's), or says why not. */
    public Admission admit(String connectionId) {
        long now = nanoTime.getAsLong();
        TokenBucket bucket = bucket(connectionId, now);
        Admission own = bucket == null ? Admission.UNLIMITED : bucket.take(now);
        if (!own.admitted() || total == null) {
            return own;
        }
        Admission server = total.take(now);
        if (server.admitted()) {
            return own;
        }
        if (bucket != null) {
            bucket.giveBack();
        }
        return server;
    }

    /**
     * Sizes {@code connection}'s bucket from its SCIM configuration's {@code rate_limit} (null: the server's
     * default). Authentication calls it with every configuration it reads.
     */
    public void configure(ConnectionId connection, RateLimit override) {
        RateLimit limit = override == null ? settings.perConnection() : override;
        TokenBucket bucket = buckets.get(connection.value());
        long now = nanoTime.getAsLong();
        if (bucket != null) {
            bucket.resize(limit, now);
        } else if (!limit.equals(settings.perConnection())) {
            buckets.computeIfAbsent(connection.value(), id -> new TokenBucket(limit, now)).resize(limit, now);
        }
    }

    /** The connection's bucket; null when no limit applies to it. */
    private TokenBucket bucket(String connectionId, long now) {
        TokenBucket bucket = buckets.get(connectionId);
        if (bucket == null) {
            if (settings.perConnection().isOff()) {
                return null;
            }
            if (buckets.size() >= MAX_BUCKETS) {
                buckets.values().removeIf(b -> b.isFull(now));
                if (buckets.size() >= MAX_BUCKETS) {
                    return overflow;
                }
            }
            bucket = buckets.computeIfAbsent(connectionId, id -> new TokenBucket(settings.perConnection(), now));
        }
        return bucket.limit().isOff() ? null : bucket;
    }
}
