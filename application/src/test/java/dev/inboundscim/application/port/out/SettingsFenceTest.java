package dev.inboundscim.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.SettingsFence.Observations;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SettingsFenceTest {

    private static final long MS = 1_000_000L;
    private final SettingsFence fence = new SettingsFence(Duration.ofMillis(2000), Duration.ofMillis(6000));

    @Test
    void trustsMemoryOnlyAfterTwoObservationsTheLastStartedWithinTheBound() {
        assertFalse(fence.trusts(Observations.NONE, 0));
        Observations one = Observations.NONE.then(1000 * MS);
        assertFalse(fence.trusts(one, 1001 * MS), "one observation is not enough: it may follow a long pause");
        Observations two = one.then(1250 * MS);
        assertTrue(fence.trusts(two, 1300 * MS));
        assertTrue(fence.trusts(two, 3249 * MS));
        assertFalse(fence.trusts(two, 3250 * MS), "the last observation started the bound ago");
    }

    @Test
    void distrustsMemoryWhenTheLastTwoObservationsStartedTheBoundApart() {
        Observations paused = Observations.NONE.then(0).then(2000 * MS);
        assertFalse(fence.trusts(paused, 2001 * MS));
        assertTrue(fence.trusts(paused.then(2250 * MS), 2251 * MS), "the next observation restores trust");
    }

    @Test
    void keepsTheLastTwoStarts() {
        Observations three = Observations.NONE.then(1).then(2).then(3);
        assertEquals(new Observations(2, 3, 2), three);
    }

    @Test
    void aWriteNobodyLagsBehindAnswersAtOnce() {
        FakeTicker ticker = new FakeTicker();
        assertTrue(fence.awaitAcknowledged(0, () -> false, ticker));
        assertEquals(0, ticker.now);
    }

    @Test
    void aWriteWaitsUntilTheLaggingNodeAcknowledges() {
        FakeTicker ticker = new FakeTicker();
        AtomicInteger looks = new AtomicInteger();
        assertTrue(fence.awaitAcknowledged(0, () -> looks.incrementAndGet() < 4, ticker));
        assertEquals(15 * MS, ticker.now, "three looks 5 ms apart");
    }

    @Test
    void aWriteWaitsNoLongerThanTheBoundSinceItsCommit() {
        FakeTicker ticker = new FakeTicker();
        ticker.now = 1000 * MS;
        assertFalse(fence.awaitAcknowledged(0, () -> true, ticker));
        assertEquals(2000 * MS, ticker.now, "the bound counts from the commit, not from the first look");
    }

    @Test
    void aliveMustCoverTwiceTheBound() {
        assertThrows(IllegalArgumentException.class,
                () -> new SettingsFence(Duration.ofSeconds(2), Duration.ofMillis(3999)));
        assertThrows(IllegalArgumentException.class, () -> new SettingsFence(Duration.ZERO, Duration.ofSeconds(1)));
    }

    private static final class FakeTicker implements SettingsFence.Ticker {
        private long now;

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleep(long nanos) {
            now += nanos;
        }
    }
}
