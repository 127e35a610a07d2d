package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.LogReceiver.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.inboundscim.bootstrap.EventReceiver.Answer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §11 on the packaged server in a process of its own: {@code kill -9} while the receiver holds an event open
 * loses nothing and reorders nothing; the restarted server pushes that event again, then the rest. On the embedded
 * PostgreSQL (kept in the work directory across the crash) and on MongoDB (the wire-protocol stand-in in this JVM).
 */
class EventStreamCrashIT {

    private static final String ADMIN = "event-crash-admin-token";

    @TempDir
    Path workDir;

    private static Map<String, String> environment(Map<String, String> store) {
        Map<String, String> env = new HashMap<>(Map.of("ADMIN_TOKEN", ADMIN, "RATE_LIMIT_PER_CONNECTION", "0",
                "LOG_STREAM_POLL_MILLIS", "50", "LOG_STREAM_RETRY_BASE_MILLIS", "50",
                "LOG_STREAM_RETRY_MAX_MILLIS", "200", "LOG_STREAM_LEASE_SECONDS", "2"));
        env.putAll(store);
        return env;
    }

    @Test
    void killedMidPushOnPostgresLosesNothing() throws Exception {
        killedMidPushLosesNothing(environment(Map.of()));
    }

    @Test
    void killedMidPushOnMongoLosesNothing() throws Exception {
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        try {
            killedMidPushLosesNothing(environment(Map.of("STORE", "mongo", "MONGO_URI",
                    "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort(), "MONGO_DATABASE", "crash")));
        } finally {
            mongo.shutdownNow();
        }
    }

    private void killedMidPushLosesNothing(Map<String, String> env) throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        try (EventReceiver receiver = new EventReceiver()) {
            receiver.answer(request -> {
                try {
                    held.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Answer.UNAVAILABLE;
            });
            ServerProcess server = ServerProcess.started(workDir, env);
            HttpClientSupport http = new HttpClientSupport(server.port());
            ScimEndpoint scim = ScimEndpoint.create(http, ADMIN, "okta", "post:users");
            String streamId = stream(http, receiver);
            List<String> users = EventStreamFailoverSuite.createUsers(scim, "kill-"
                    + UUID.randomUUID().toString().substring(0, 6) + "-", 8);
            await("the first push to be in flight", () -> receiver.inFlight() > 0);

            server.kill();
            receiver.answer(request -> Answer.ACCEPTED);
            held.countDown();

            try (ServerProcess restarted = ServerProcess.started(workDir, env)) {
                HttpClientSupport again = new HttpClientSupport(restarted.port());
                await("every event after the restart", () -> receiver.cloudEventsOf(scim.connectionId()).size() >= 8);
                assertEquals(users, EventStreamFailoverSuite.subjects(receiver.cloudEventsOf(scim.connectionId())),
                        "the event in flight at the kill went again, then the rest, in order, once each");
                await("an empty outbox", () -> again.get("/api/v2/event-streams/" + streamId, ADMIN).json()
                        .path("delivery").path("pending").asInt() == 0);
            }
        }
    }

    private static String stream(HttpClientSupport http, EventReceiver receiver) {
        HttpClientSupport.Reply created = http.post("/api/v2/event-streams", ADMIN, """
                {"name":"crash","format":"cloudevents","destination":{"type":"webhook","url":"%s"},
                 "subscriptions":[{"event_type":"user.created"}]}""".formatted(receiver.url()));
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }
}
