package dev.inboundscim.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ObservedCacheTest {

    private final SteeredChanges changes = new SteeredChanges();
    private final AtomicInteger reads = new AtomicInteger();
    private final ObservedCache<String, String> cache = new ObservedCache<>(changes,
            key -> key + reads.incrementAndGet());

    @Test
    void aValueIsReusedUntilTheSettingsChange() {
        assertEquals("a1", cache.get("a"));
        assertEquals("a1", cache.get("a"));
        assertEquals("b2", cache.get("b"), "each key is read once");
        changes.version++;
        assertEquals("a3", cache.get("a"), "a change anywhere makes every value stale");
        assertEquals("a3", cache.get("a"));
    }

    @Test
    void whileChangesAreNotObservedEveryUseReadsTheStore() {
        changes.live = false;
        assertEquals("a1", cache.get("a"));
        assertEquals("a2", cache.get("a"));
        changes.live = true;
        assertEquals("a3", cache.get("a"), "nothing read while blind is reused");
        assertEquals("a3", cache.get("a"));
    }

    @Test
    void aValueReadWhileTheSettingsChangedIsNotKept() {
        ObservedCache<String, String> racing = new ObservedCache<>(changes, key -> {
            changes.version++;
            return key + reads.incrementAndGet();
        });
        assertEquals("a1", racing.get("a"));
        assertEquals("a2", racing.get("a"), "the version moved during the read: read again next time");
    }
}
