package dev.inboundscim.domain.oauth;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.id.IdSecret;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One secret of an OAuth client (SPEC §9): {@code <secret_id>.<64 hex>}, kept as its digest, valid for one to three
 * years (two by default). A client holds at most {@link #MAX_ACTIVE} secrets that have not expired, so it can rotate
 * without a gap.
 */
public record ClientSecret(ClientSecretId id, String digest, Instant createdAt, Instant validUntil) {

    public static final int MAX_ACTIVE = 3;
    public static final long MIN_LIFETIME_SECONDS = Duration.ofDays(365).toSeconds();
    public static final long MAX_LIFETIME_SECONDS = Duration.ofDays(3 * 365).toSeconds();
    public static final long DEFAULT_LIFETIME_SECONDS = Duration.ofDays(2 * 365).toSeconds();

    public ClientSecret {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    /** A new secret; {@code lifetimeSeconds} null: two years. */
    public static Issued issue(Long lifetimeSeconds, Instant now) {
        long lifetime = lifetimeSeconds == null ? DEFAULT_LIFETIME_SECONDS : lifetimeSeconds;
        if (lifetime < MIN_LIFETIME_SECONDS || lifetime > MAX_LIFETIME_SECONDS) {
            throw BadRequestException.invalidValue("secret_lifetime must be from " + MIN_LIFETIME_SECONDS + " to "
                    + MAX_LIFETIME_SECONDS + " seconds (one to three years)");
        }
        ClientSecretId id = ClientSecretId.generate();
        IdSecret value = IdSecret.generate(id.value());
        return new Issued(new ClientSecret(id, value.digest(), now, now.plusSeconds(lifetime)), value);
    }

    /** The secret a client presented, if it has the shape of one. */
    public static Optional<IdSecret> parse(String presented) {
        return IdSecret.parse(presented, ClientSecretId.PREFIX, ClientSecretId.LENGTH);
    }

    public boolean isActiveAt(Instant now) {
        return now.isBefore(validUntil);
    }

    /** A new secret and its value, shown once. */
    public record Issued(ClientSecret secret, IdSecret value) {
    }
}
