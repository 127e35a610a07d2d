package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.LogReceiver.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.inboundscim.application.port.out.LogQuery;
import dev.inboundscim.application.port.out.Store;
import dev.inboundscim.application.service.log.BatchingLogWriter;
import dev.inboundscim.application.service.log.LogRouter;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogIds;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.scim.value.ScimObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a background thread survives a poison entry. An entry the store cannot take (details nested a hundred
 * thousand levels: its encoder overflows the stack or refuses it) is dropped with an error line, and the entries
 * before it, after it in the same batch, and after that, are all stored and streamed to a real sink in order.
 */
class PoisonLogEntryTest extends RunningServerTest {

    private static final LogIds LOG_IDS = new LogIds();
    private static final int POISON_DEPTH = 100_000;

    @Override
    Persistence persistence() {
        return TestServer.postgres();
    }

    @Test
    void aPoisonEntryDoesNotStopLaterEntriesFromBeingStoredAndStreamed() throws Exception {
        ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", "get:users");
        String connection = endpoint.connectionId();
        try (LogReceiver receiver = new LogReceiver()) {
            String stream = http.post("/api/v2/log-streams", ADMIN, """
                    {"name":"poison-%s","type":"http","sink":{"httpEndpoint":"%s","httpContentFormat":"JSONLINES"},
                     "filters":[{"type":"category","name":"scim.event"}]}""".formatted(UUID.randomUUID(),
                    receiver.url())).json().path("id").asText();
            Store store = persistence().store();
            LogRouter router = new LogRouter(store.repositories().logStreams(), store.settingsChanges());
            try (BatchingLogWriter writer = new BatchingLogWriter(store.repositories().logs(), router)) {
                writer.append(entry(connection, "before", ScimObject.EMPTY));
                writer.append(entry(connection, "poison", deeplyNested()));
                writer.append(entry(connection, "same batch", ScimObject.EMPTY));
                writer.flush();
                writer.append(entry(connection, "later", ScimObject.EMPTY));
                await("the later entry stored", () -> descriptions(writer, connection).contains("later"));
                assertEquals(List.of("later", "same batch", "before"), descriptions(writer, connection),
                        "every entry but the poison is stored, newest first");
            }
            await("the entries streamed", () -> receiver.eventsOf(connection).size() >= 3);
            assertEquals(List.of("before", "same batch", "later"), receiver.eventsOf(connection).stream()
                    .map(event -> event.path("data").path("description").asText()).toList());
            http.delete("/api/v2/log-streams/" + stream, ADMIN);
        }
    }

    private static List<String> descriptions(BatchingLogWriter writer, String connection) {
        // The entries this test wrote: the connection's setup also wrote its Management API audit entries (sapi).
        return writer.list(LogQuery.newest(LogType.SSCIM, connection, null, 10)).stream().map(LogEntry::description)
                .toList();
    }

    private static LogEntry entry(String connection, String description, ScimObject details) {
        Instant now = Instant.now();
        return new LogEntry(LOG_IDS.next(now), LogType.SSCIM, now, connection, description, "127.0.0.1", null,
                null, details);
    }

    /** Built iteratively: nothing but the store's encoder walks it recursively. */
    private static ScimObject deeplyNested() {
        ScimObject value = ScimObject.EMPTY;
        for (int i = 0; i < POISON_DEPTH; i++) {
            value = ScimObject.builder().put("a", value).build();
        }
        return value;
    }
}
