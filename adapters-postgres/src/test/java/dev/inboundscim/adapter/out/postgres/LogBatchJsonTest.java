package dev.inboundscim.adapter.out.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inboundscim.domain.event.EventStreamId;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.logstream.LogStreamId;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogBatchJsonTest {

    @Test
    void writesEntriesRoutesAndEndingsAsStoreLogRowsReadsThem() throws Exception {
        Instant date = Instant.parse("2026-12-01T10:00:00.123Z");
        LogEntry entry = new LogEntry("0001", LogType.USER_DELETED, date, "con_1", "gone", null, "agent", "u1",
                ScimObject.builder().put("status", ScimNumber.of(204)).put("name", "Zo\u00eb \ud83d\ude00").build());
        JsonNode batch = new ObjectMapper().readTree(LogBatchJson.of(List.of(new RoutedLogEntry(entry,
                List.of(new LogStreamId("lst_aaaaaaaaaaaaaaaa"), new LogStreamId("lst_bbbbbbbbbbbbbbbb")), true))));

        // Each entry is the array of its values in the logs columns' order.
        JsonNode stored = batch.path("entries").get(0);
        assertEquals(9, stored.size());
        assertEquals("0001", stored.get(0).asText());
        assertEquals("user.deleted", stored.get(1).asText());
        assertEquals("2026-12-01T10:00:00.123Z", stored.get(2).asText());
        assertEquals("con_1", stored.get(3).asText());
        assertTrue(stored.get(5).isNull(), "an absent value is null");
        assertEquals("agent", stored.get(6).asText());
        assertEquals(204, stored.get(8).path("status").asInt());
        assertEquals("Zo\u00eb \ud83d\ude00", stored.get(8).path("name").asText());
        assertEquals(2, batch.path("streams").size());
        assertEquals("0001", batch.path("streams").get(1).get(0).asText());
        assertEquals("lst_bbbbbbbbbbbbbbbb", batch.path("streams").get(1).get(1).asText());
        assertEquals("u1", batch.path("ends_sessions").get(0).get(1).asText());
        assertTrue(batch.path("feed").asBoolean(), "the mark of batches whose collected entries feed event streams");
    }

    @Test
    void marksTheEntriesAnEventStreamCollects() throws Exception {
        Instant date = Instant.parse("2026-12-01T10:00:00.123Z");
        LogEntry request = new LogEntry("0001", LogType.SSCIM, date, "con_1", "ok", null, null, null,
                ScimObject.EMPTY);
        LogEntry event = new LogEntry("0002", LogType.USER_DELETED, date, "con_1", "gone", null, null, "u1",
                ScimObject.EMPTY);
        JsonNode batch = new ObjectMapper().readTree(LogBatchJson.of(List.of(
                new RoutedLogEntry(request, List.of(), List.of(), false),
                new RoutedLogEntry(event, List.of(), List.of(new EventStreamId("evs_aaaaaaaaaaaaaaaa")), false))));

        assertEquals(9, batch.path("entries").get(0).size(), "not collected: no tenth value");
        assertEquals(10, batch.path("entries").get(1).size());
        assertTrue(batch.path("entries").get(1).get(9).asBoolean());
        assertEquals("evs_aaaaaaaaaaaaaaaa", batch.path("event_streams").get(0).get(1).asText());
    }

    @Test
    void nulAndLoneSurrogatesBecomeReplacementCharacters() throws Exception {
        assertSame("plain", LogBatchJson.clean("plain"));
        assertEquals("a\uFFFDb\uFFFDc\ud83d\ude00\uFFFD", LogBatchJson.clean("a\0b\ud800c\ud83d\ude00\udc00"));
        LogEntry hostile = new LogEntry("0002", LogType.FSCIM, Instant.EPOCH, "con_1", "bad \ud800", null, null,
                null, ScimObject.builder().put("displayName\0", "\ud800").build());
        JsonNode batch = new ObjectMapper().readTree(LogBatchJson.of(List.of(new RoutedLogEntry(hostile, List.of(),
                false))));
        assertEquals("\uFFFD", batch.path("entries").get(0).get(8).path("displayName\uFFFD").asText());
        assertEquals("bad \uFFFD", batch.path("entries").get(0).get(4).asText());
    }
}
