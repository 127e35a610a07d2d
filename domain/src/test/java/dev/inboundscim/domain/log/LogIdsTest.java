package dev.inboundscim.domain.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ids that order a process's log entries for the streams (SPEC §5). */
class LogIdsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void logIdsOfOneProcessStrictlyIncreaseEvenWithinAMillisecond() {
        LogIds logIds = new LogIds();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add(logIds.next(NOW));
        }
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(ids.get(i - 1).compareTo(ids.get(i)) < 0, ids.get(i - 1) + " then " + ids.get(i));
        }
        assertEquals(25, ids.getFirst().length());
    }

    @Test
    void anIdTellsWhenItsEntryWasMade() {
        LogIds logIds = new LogIds();
        Instant date = NOW.plusNanos(123_456_789);
        assertEquals(Optional.of(Instant.parse("2026-11-29T10:00:00.123Z")), LogIds.madeAt(logIds.next(date)));
        assertEquals(Optional.empty(), LogIds.madeAt("evt_notalogid"));
        assertEquals(Optional.empty(), LogIds.madeAt("12345"));
        assertEquals(Optional.empty(), LogIds.madeAt("176445١000000000abc"), "ASCII digits only");
        assertEquals(Optional.empty(), LogIds.madeAt(null));
    }
}
