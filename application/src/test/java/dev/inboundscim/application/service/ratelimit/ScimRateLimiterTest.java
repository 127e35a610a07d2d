package dev.inboundscim.application.service.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.RateLimitSettings;
import dev.inboundscim.application.port.in.ratelimit.AdmitScimRequestUseCase.Admission;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.RateLimit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ScimRateLimiterTest {

    private static final String A = "con_AAAAAAAAAAAAAAAA";
    private static final String B = "con_BBBBBBBBBBBBBBBB";

    private long now = 1_000_000_000L;

    private ScimRateLimiter limiter(RateLimit perConnection, RateLimit total) {
        return new ScimRateLimiter(new RateLimitSettings(perConnection, total), () -> now);
    }

    private void advanceMillis(long millis) {
        now += TimeUnit.MILLISECONDS.toNanos(millis);
    }

    private static List<Admission> take(ScimRateLimiter limiter, String connection, int requests) {
        List<Admission> admissions = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            admissions.add(limiter.admit(connection));
        }
        return admissions;
    }

    @Test
    void admitsABurstThenRefusesWithRetryAfterAndTheBucketsSize() {
        ScimRateLimiter limiter = limiter(RateLimit.of(5, 10), RateLimit.OFF);
        List<Admission> admissions = take(limiter, A, 11);
        assertTrue(admissions.subList(0, 10).stream().allMatch(Admission::admitted));
        assertEquals(List.of(9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
                admissions.subList(0, 10).stream().map(Admission::remaining).toList());
        Admission refused = admissions.get(10);
        assertFalse(refused.admitted());
        assertEquals(10, refused.limit());
        assertEquals(0, refused.remaining());
        assertEquals(1, refused.retryAfterSeconds(), "one token flows in within 200 ms; whole seconds, at least 1");
        assertEquals(2, refused.resetSeconds(), "ten tokens at five a second");
    }

    @Test
    void refillsAtTheRateAndNeverAboveTheBurst() {
        ScimRateLimiter limiter = limiter(RateLimit.of(5, 10), RateLimit.OFF);
        take(limiter, A, 10);
        assertFalse(limiter.admit(A).admitted());
        advanceMillis(400);
        assertTrue(limiter.admit(A).admitted());
        assertTrue(limiter.admit(A).admitted());
        assertFalse(limiter.admit(A).admitted(), "two tokens in 400 ms");
        advanceMillis(60_000);
        assertEquals(9, limiter.admit(A).remaining(), "full again, not more");
    }

    @Test
    void aConnectionAtItsLimitTakesNothingFromAnother() {
        ScimRateLimiter limiter = limiter(RateLimit.of(1, 2), RateLimit.of(100, 4));
        take(limiter, A, 50);
        assertTrue(limiter.admit(B).admitted());
        assertTrue(limiter.admit(B).admitted());
        assertFalse(limiter.admit(B).admitted(), "B's own bucket, not the server's, is what stops it");
    }

    @Test
    void theServerWideBucketStopsEveryConnection() {
        ScimRateLimiter limiter = limiter(RateLimit.of(100, 200), RateLimit.of(1, 2));
        assertTrue(limiter.admit(A).admitted());
        assertTrue(limiter.admit(B).admitted());
        Admission refused = limiter.admit(B);
        assertFalse(refused.admitted());
        assertEquals(2, refused.limit(), "the server-wide bucket is the one reported");
        assertFalse(limiter.admit(A).admitted());
    }

    @Test
    void aRequestTheServerWideBucketRefusesKeepsItsConnectionsToken() {
        ScimRateLimiter limiter = limiter(RateLimit.of(1, 2), RateLimit.of(1, 1));
        assertTrue(limiter.admit(A).admitted());
        assertFalse(limiter.admit(A).admitted());
        assertFalse(limiter.admit(A).admitted());
        advanceMillis(1000);
        Admission admitted = limiter.admit(A);
        assertTrue(admitted.admitted());
        assertEquals(1, admitted.remaining(), "the two refused requests gave their connection's tokens back");
    }

    @Test
    void refusalsAreMarkedForTheLogAtMostOncePerSecond() {
        ScimRateLimiter limiter = limiter(RateLimit.of(0.1, 1), RateLimit.OFF);
        assertTrue(limiter.admit(A).admitted());
        assertEquals(1, take(limiter, A, 20).stream().filter(Admission::recordRefusal).count());
        advanceMillis(999);
        assertFalse(limiter.admit(A).recordRefusal(), "within the second");
        advanceMillis(1);
        Admission next = limiter.admit(A);
        assertFalse(next.admitted());
        assertTrue(next.recordRefusal(), "a second later, the next refusal is logged again");
    }

    @Test
    void aConnectionsOwnLimitReplacesTheDefaultAndZeroSwitchesItOff() {
        ScimRateLimiter limiter = limiter(RateLimit.of(5, 10), RateLimit.OFF);
        ConnectionId a = new ConnectionId(A);
        limiter.configure(a, RateLimit.of(1, 2));
        assertEquals(List.of(true, true, false), take(limiter, A, 3).stream().map(Admission::admitted).toList());
        limiter.configure(a, RateLimit.OFF);
        Admission unlimited = limiter.admit(A);
        assertTrue(unlimited.admitted());
        assertFalse(unlimited.limited(), "no limit, no headers");
        limiter.configure(a, null);
        assertEquals(10, limiter.admit(A).limit(), "back to the server's default");
    }

    @Test
    void withTheLimitOffEveryRequestIsAdmittedWithoutHeaders() {
        ScimRateLimiter limiter = limiter(RateLimit.OFF, RateLimit.OFF);
        assertTrue(take(limiter, A, 10_000).stream().allMatch(a -> a.admitted() && !a.limited()));
    }

    @Test
    void anOverrideTurnsTheLimitOnForOneConnectionWhenTheDefaultIsOff() {
        ScimRateLimiter limiter = limiter(RateLimit.OFF, RateLimit.OFF);
        limiter.configure(new ConnectionId(A), RateLimit.of(1, 1));
        assertEquals(List.of(true, false), take(limiter, A, 2).stream().map(Admission::admitted).toList());
        assertTrue(limiter.admit(B).admitted());
    }
}
