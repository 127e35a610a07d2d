package dev.inboundscim.domain.logstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.log.LogType;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogStreamTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final HttpSink SINK = HttpSink.of("https://siem.example.com/in", null, ContentFormat.JSONARRAY);

    @Test
    void categoriesChooseTheTypesANoFilterStreamTakesEverything() {
        // Every type but the provisioning changes (SPEC §11), which carry whole profiles and are asked for by name.
        assertEquals(EnumSet.complementOf(EnumSet.of(LogType.USER_CREATED, LogType.USER_UPDATED)),
                LogStream.create("all", SINK, List.of(), NOW).acceptedTypes());
        assertEquals(EnumSet.of(LogType.USER_CREATED, LogType.USER_UPDATED),
                LogStream.create("changes", SINK, List.of(LogCategory.USER_CHANGE), NOW).acceptedTypes());
        LogStream scim = LogStream.create("scim", SINK, List.of(LogCategory.SCIM_EVENT), NOW);
        assertEquals(EnumSet.of(LogType.SSCIM, LogType.FSCIM), scim.acceptedTypes());
        assertFalse(scim.accepts(LogType.GROUP_CREATED));
        LogStream both = LogStream.create("both", SINK, List.of(LogCategory.GROUP_EVENT, LogCategory.SCIM_EVENT,
                LogCategory.GROUP_EVENT), NOW);
        assertEquals(2, both.categories().size(), "repeated categories are kept once");
        assertEquals(EnumSet.of(LogType.SSCIM, LogType.FSCIM, LogType.GROUP_CREATED, LogType.GROUP_UPDATED,
                LogType.GROUP_DELETED, LogType.GROUP_MEMBER_ADDED, LogType.GROUP_MEMBER_DELETED,
                LogType.GROUP_ROLE_ASSIGNED, LogType.GROUP_ROLE_DELETED), both.acceptedTypes());
    }

    @Test
    void newStreamsAreActiveHealthyAndVersionOne() {
        LogStream stream = LogStream.create("s", SINK, List.of(), NOW);
        assertTrue(stream.id().value().matches("lst_[A-Za-z0-9]{16}"));
        assertEquals(LogStreamStatus.ACTIVE, stream.status());
        assertEquals(DeliveryState.HEALTHY, stream.delivery());
        assertEquals(1, stream.version());
    }

    @Test
    void reactivatingASuspendedStreamClearsItsFailuresOtherChangesKeepThem() {
        DeliveryState failing = new DeliveryState(7, NOW.plusSeconds(60), "HTTP 503");
        LogStream suspended = new LogStream(LogStreamId.generate(), "s", LogStreamStatus.SUSPENDED, SINK, List.of(),
                4, failing, NOW, NOW);

        LogStream renamed = suspended.withSettings("t", LogStreamStatus.SUSPENDED, SINK, List.of(), NOW);
        LogStream active = suspended.withSettings("s", LogStreamStatus.ACTIVE, SINK, List.of(), NOW);

        assertEquals(failing, renamed.delivery());
        assertEquals(5, renamed.version());
        assertEquals(DeliveryState.HEALTHY, active.delivery());
    }

    @Test
    void namesAreRequiredAndBounded() {
        assertThrows(BadRequestException.class, () -> LogStream.create(" ", SINK, List.of(), NOW));
        assertThrows(BadRequestException.class, () -> LogStream.create(null, SINK, List.of(), NOW));
        assertThrows(BadRequestException.class, () -> LogStream.create("x".repeat(129), SINK, List.of(), NOW));
    }

    @Test
    void sinksNeedAnAbsoluteHttpUrlAndASingleLineAuthorization() {
        for (String bad : new String[] {null, "", "ftp://x.example.com/", "/relative", "https://", "not a url"}) {
            assertThrows(BadRequestException.class, () -> HttpSink.of(bad, null, ContentFormat.JSONLINES), bad);
        }
        assertThrows(BadRequestException.class,
                () -> HttpSink.of("https://x.example.com", "Bearer a\r\nX-Evil: 1", ContentFormat.JSONLINES));
        assertNull(HttpSink.of("http://127.0.0.1:9/x", "", ContentFormat.JSONLINES).authorization());
        assertEquals("Bearer a", HttpSink.of("HTTPS://x.example.com", "Bearer a", ContentFormat.JSONLINES)
                .authorization());
    }

    @Test
    void backoffGrowsToItsCeilingWithJitterInTheUpperHalf() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(5));
        assertEquals(Duration.ofSeconds(1), backoff.ceiling(1));
        assertEquals(Duration.ofSeconds(2), backoff.ceiling(2));
        assertEquals(Duration.ofSeconds(256), backoff.ceiling(9));
        assertEquals(Duration.ofMinutes(5), backoff.ceiling(10));
        assertEquals(Duration.ofMinutes(5), backoff.ceiling(1000));
        assertEquals(Duration.ofSeconds(3), backoff.delay(3, () -> 0.5));
        assertEquals(Duration.ofSeconds(2), backoff.delay(3, () -> 0.0));
        assertThrows(IllegalArgumentException.class, () -> new RetryBackoff(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }
}
