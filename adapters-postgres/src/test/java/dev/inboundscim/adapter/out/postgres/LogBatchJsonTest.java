package dev.inboundscim.adapter.out.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    void writesEntriesRoutesAndEndingsAsStoreLogEntriesReadsThem() throws Exception {
        Instant date = Instant.parse("2026-12-01T10:00:00.123Z");
        LogEntry entry = new LogEntry("0001", LogType.USER_DELETED, date, "con_1", "gone", null, "agent", "u1",
                ScimObject.builder().put("status", ScimNumber.of(204)).put("name", "Zo\u00eb \ud83d\ude00").build());
        JsonNode batch = new ObjectMapper().readTree(LogBatchJson.of(List.of(new RoutedLogEntry(entry,
                List.of(new LogStreamId("lst_aaaaaaaaaaaaaaaa"), new LogStreamId("lst_bbbbbbbbbbbbbbbb")), true))));

        JsonNode stored = batch.path("entries").get(0);
        assertEquals("0001", stored.path("log_id").asText());
        assertEquals("user.deleted", stored.path("type").asText());
        assertEquals("2026-12-01T10:00:00.123Z", stored.path("date").asText());
        assertEquals(false, stored.has("ip"), "an absent field is left out");
        assertEquals(204, stored.path("details").path("status").asInt());
        assertEquals("Zo\u00eb \ud83d\ude00", stored.path("details").path("name").asText());
        assertEquals(2, batch.path("streams").size());
        assertEquals("lst_bbbbbbbbbbbbbbbb", batch.path("streams").get(1).path("stream_id").asText());
        assertEquals("u1", batch.path("ends_sessions").get(0).path("user_id").asText());
    }

    @Test
    void nulAndLoneSurrogatesBecomeReplacementCharacters() throws Exception {
        assertSame("plain", LogBatchJson.clean("plain"));
        assertEquals("a\uFFFDb\uFFFDc\ud83d\ude00\uFFFD", LogBatchJson.clean("a\0b\ud800c\ud83d\ude00\udc00"));
        LogEntry hostile = new LogEntry("0002", LogType.FSCIM, Instant.EPOCH, "con_1", "bad \ud800", null, null,
                null, ScimObject.builder().put("displayName\0", "\ud800").build());
        JsonNode batch = new ObjectMapper().readTree(LogBatchJson.of(List.of(new RoutedLogEntry(hostile, List.of(),
                false))));
        assertEquals("\uFFFD", batch.path("entries").get(0).path("details").path("displayName\uFFFD").asText());
    }
}
