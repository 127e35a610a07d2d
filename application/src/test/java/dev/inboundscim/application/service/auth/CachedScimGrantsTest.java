package dev.inboundscim.application.service.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.application.service.SteeredChanges;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.error.UnauthorizedException;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.Scope;
import dev.inboundscim.domain.token.TokenSecret;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The decorator alone: what it reuses, and everything that makes it read through instead. */
class CachedScimGrantsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final Connection acme = Connection.create(new ConnectionName("acme"), Strategy.OKTA, null, NOW);
    private final ScimToken.Issued issued = ScimToken.issue(acme.id(), List.of(Scope.GET_USERS),
            ScimToken.MIN_LIFETIME_SECONDS, NOW);
    private final SteeredChanges changes = new SteeredChanges();
    private final AtomicInteger reads = new AtomicInteger();
    private String stamp = "r1.r2";
    /** Runs inside each store read, to play a change committed meanwhile. */
    private Runnable duringRead = () -> { };
    private final ScimGrants store = (connectionId, secret, now) -> {
        reads.incrementAndGet();
        duringRead.run();
        return new ScimGrants.Grant(issued.token(), acme, new ScimConfiguration(acme.id(),
                DefaultMappings.forStrategy(Strategy.OKTA), null, NOW, NOW), stamp);
    };
    private final CachedScimGrants grants = new CachedScimGrants(store, changes);

    private ScimGrants.Grant grant(TokenSecret secret, Instant now) {
        return grants.grant(acme.id(), Optional.of(secret), now);
    }

    @Test
    void reusesAGrantWhileNothingChanged() {
        ScimGrants.Grant first = grant(issued.secret(), NOW);
        assertSame(first, grant(issued.secret(), NOW));
        assertEquals(1, reads.get());
    }

    @Test
    void readsThroughAfterAChangeAndWhileChangesAreNotObserved() {
        grant(issued.secret(), NOW);
        changes.version++;
        grant(issued.secret(), NOW);
        assertEquals(2, reads.get(), "a change anywhere makes the grant stale");

        changes.live = false;
        grant(issued.secret(), NOW);
        grant(issued.secret(), NOW);
        assertEquals(4, reads.get(), "nothing is reused while observation is down");
    }

    @Test
    void aGrantReadWhileAChangeCommittedIsNotReused() {
        duringRead = () -> changes.version++;
        grant(issued.secret(), NOW);
        duringRead = () -> { };
        grant(issued.secret(), NOW);
        grant(issued.secret(), NOW);
        assertEquals(2, reads.get());
    }

    @Test
    void keepsNoGrantReadWithoutAStamp() {
        stamp = null;
        grant(issued.secret(), NOW);
        grant(issued.secret(), NOW);
        assertEquals(2, reads.get());
    }

    @Test
    void checksTheSecretAndTheConnectionOnEveryUse() {
        grant(issued.secret(), NOW);
        TokenSecret forged = TokenSecret.parse(issued.token().id().value() + "." + "0".repeat(64)).orElseThrow();
        grant(forged, NOW);
        grants.grant(Connection.create(new ConnectionName("other"), Strategy.OKTA, null, NOW).id(),
                Optional.of(issued.secret()), NOW);
        assertEquals(3, reads.get(), "a secret or connection that does not match is never answered from memory");
    }

    @Test
    void refusesATokenThatExpiredSinceItWasReadWithoutReadingAgain() {
        grant(issued.secret(), NOW);
        Instant later = NOW.plusSeconds(ScimToken.MIN_LIFETIME_SECONDS + 1);
        assertThrows(UnauthorizedException.class, () -> grant(issued.secret(), later));
        assertEquals(1, reads.get());
    }
}
