package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.LogReceiver.await;
import static dev.inboundscim.bootstrap.ScimTestSupport.oktaUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import dev.inboundscim.bootstrap.LogReceiver.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Log stream delivery across server processes on one store: a process stopped in the middle of a batch loses
 * nothing and reorders nothing (the next one sends the batch again), and two processes delivering one stream send
 * each entry once, in order, also when the sink is slow to answer a request per entry. Each test runs its own servers, so no other process delivers meanwhile.
 */
abstract class LogStreamFailoverSuite {

    abstract Persistence persistence();

    private static ScimEndpoint endpoint(TestServer server) {
        return ScimEndpoint.create(server.client(), "okta", "post:users");
    }

    private static String stream(HttpClientSupport http, LogReceiver receiver) {
        return stream(http, receiver, "JSONARRAY");
    }

    private static String stream(HttpClientSupport http, LogReceiver receiver, String format) {
        Reply created = http.post("/api/v2/log-streams", TestServer.ADMIN_TOKEN, """
                {"name":"failover-%s","type":"http","sink":{"httpEndpoint":"%s","httpContentFormat":"%s"},
                 "filters":[{"type":"category","name":"scim.event"}]}""".formatted(UUID.randomUUID(),
                receiver.url(), format));
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    /** Creates {@code count} users one after another; returns their ids in order. */
    private static List<String> createUsers(ScimEndpoint scim, String prefix, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = prefix + i;
            Reply created = scim.http().post(scim.path() + "/Users", scim.token(),
                    oktaUser(name + "@example.com", name + "-ext", name, true));
            assertEquals(201, created.status(), created.body());
            ids.add(created.json().path("id").asText());
        }
        return ids;
    }

    private static List<String> userIds(List<JsonNode> events) {
        return events.stream().map(e -> e.path("data").path("user_id").asText()).toList();
    }

    @Test
    void aProcessStoppedMidBatchLosesAndReordersNothing() throws Exception {
        Persistence store = persistence();
        try (LogReceiver receiver = new LogReceiver()) {
            String streamId;
            ScimEndpoint scim;
            List<String> users;
            try (TestServer first = TestServer.start(store)) {
                receiver.mode(Mode.HOLD);
                streamId = stream(first.client(), receiver);
                scim = endpoint(first);
                // 8 entries: more than one batch of the test server's 5.
                users = createUsers(scim, "crash-" + UUID.randomUUID().toString().substring(0, 6) + "-", 8);
                await("the first batch to be in flight", () -> !receiver.requests().isEmpty());
                // Closing interrupts the delivery while the sink holds the request: never acknowledged.
            }
            List<JsonNode> inFlight = LogReceiver.parse(receiver.requests().getFirst().body());
            int before = receiver.requests().size();
            receiver.mode(Mode.ACCEPT);
            receiver.release();

            try (TestServer second = TestServer.start(store)) {
                await("everything after the restart", () -> userIds(afterRestart(receiver, before, scim))
                        .size() >= 8);
                assertEquals(users, userIds(afterRestart(receiver, before, scim)),
                        "the restarted process sends every entry once more, from the interrupted batch on, in order");
                assertEquals(users.subList(0, inFlight.size()), userIds(inFlight.stream().filter(e ->
                        scim.connectionId().equals(e.path("data").path("connection_id").asText())).toList()));
                Reply stream = second.client().get("/api/v2/log-streams/" + streamId, TestServer.ADMIN_TOKEN);
                await("an empty outbox", () -> second.client().get("/api/v2/log-streams/" + streamId,
                        TestServer.ADMIN_TOKEN).json().path("delivery").path("pending").asInt() == 0);
                assertEquals(204, second.client().delete("/api/v2/log-streams/" + streamId, TestServer.ADMIN_TOKEN)
                        .status(), stream.body());
            }
        }
    }

    private static List<JsonNode> afterRestart(LogReceiver receiver, int before, ScimEndpoint scim) {
        List<LogReceiver.Received> requests = receiver.requests();
        return requests.subList(Math.min(before, requests.size()), requests.size()).stream()
                .flatMap(r -> LogReceiver.parse(r.body()).stream())
                .filter(e -> scim.connectionId().equals(e.path("data").path("connection_id").asText()))
                .toList();
    }

    @Test
    void twoProcessesDeliverEachEntryOnceInOrder() throws Exception {
        Persistence store = persistence();
        try (LogReceiver receiver = new LogReceiver();
             TestServer one = TestServer.start(store);
             TestServer two = TestServer.start(store)) {
            String streamId = stream(one.client(), receiver);
            ScimEndpoint viaOne = endpoint(one);
            String prefix = "pair-" + UUID.randomUUID().toString().substring(0, 6) + "-";
            List<String> users = new ArrayList<>();
            // Writes alternate between the processes; both poll the stream all along.
            for (int i = 0; i < 6; i++) {
                ScimEndpoint scim = new ScimEndpoint(i % 2 == 0 ? one.client() : two.client(), viaOne.adminToken(),
                        viaOne.connectionId(), viaOne.connectionName(), viaOne.token());
                users.addAll(createUsers(scim, prefix + i + "-", 3));
            }
            await("all 18 entries", () -> receiver.eventsOf(viaOne.connectionId()).size() >= 18);
            Thread.sleep(300);
            assertEquals(users, userIds(receiver.eventsOf(viaOne.connectionId())));
            assertTrue(receiver.requests().size() >= 4, "batches of at most 5");
            assertEquals(204, one.client().delete("/api/v2/log-streams/" + streamId, TestServer.ADMIN_TOKEN)
                    .status());
        }
    }

    @Test
    void slowAnswersDoNotLetARoundOfRequestsOutlastTheLease() throws Exception {
        Persistence store = persistence();
        try (LogReceiver receiver = new LogReceiver();
             TestServer one = TestServer.start(store);
             TestServer two = TestServer.start(store)) {
            // JSONOBJECT: a request per entry, half a second each once released; a whole round of the test servers'
            // 5 takes 2.5 s, past their 2 s lease, after which the other process may take the stream over. With 9
            // entries, whatever the first round holds, some round is a whole one.
            receiver.mode(Mode.SLOW);
            String streamId = stream(one.client(), receiver, "JSONOBJECT");
            ScimEndpoint scim = endpoint(one);
            List<String> users = createUsers(scim, "slow-" + UUID.randomUUID().toString().substring(0, 6) + "-", 9);
            receiver.release();
            await("all 9 entries", () -> receiver.eventsOf(scim.connectionId()).size() >= 9);
            // A second copy of any entry, from a process that took over a lease run out, would come within this.
            Thread.sleep(1000);
            assertEquals(users, userIds(receiver.eventsOf(scim.connectionId())), "once each, in order");
            receiver.mode(Mode.ACCEPT);
            assertEquals(204, one.client().delete("/api/v2/log-streams/" + streamId, TestServer.ADMIN_TOKEN)
                    .status());
        }
    }
}
