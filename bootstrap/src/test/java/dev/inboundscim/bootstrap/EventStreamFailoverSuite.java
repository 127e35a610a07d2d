package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.LogReceiver.await;
import static dev.inboundscim.bootstrap.ScimTestSupport.oktaUser;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.EventReceiver.Answer;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import io.cloudevents.CloudEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Event stream delivery across server processes on one store: a process stopped while the receiver holds an event
 * open loses and reorders nothing (the next one sends that event again, then the rest), two processes pushing one
 * stream send each event once, in order (also when the receiver is slow to answer), and a poll stream's events are answered by any process until acknowledged
 * through any. Each test runs its own servers, so no other process delivers meanwhile. (A real {@code kill -9} of the
 * packaged server: {@code EventStreamCrashIT}.)
 */
abstract class EventStreamFailoverSuite {

    abstract Persistence persistence();

    private static ScimEndpoint endpoint(TestServer server) {
        return ScimEndpoint.create(server.client(), "okta", "post:users");
    }

    static String stream(HttpClientSupport http, String destination, String format) {
        Reply created = http.post("/api/v2/event-streams", TestServer.ADMIN_TOKEN, """
                {"name":"failover-%s","format":"%s","destination":%s,
                 "subscriptions":[{"event_type":"user.created"}]}""".formatted(UUID.randomUUID(), format,
                destination));
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    static String webhook(EventReceiver receiver) {
        return "{\"type\":\"webhook\",\"url\":\"" + receiver.url() + "\"}";
    }

    /** Creates {@code count} users one after another; returns their ids in order. */
    static List<String> createUsers(ScimEndpoint scim, String prefix, int count) {
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

    static List<String> subjects(List<CloudEvent> events) {
        return events.stream().map(e -> e.getSubject().substring("/Users/".length())).toList();
    }

    @Test
    void aProcessStoppedMidDeliveryLosesAndReordersNothing() throws Exception {
        Persistence store = persistence();
        CountDownLatch held = new CountDownLatch(1);
        try (EventReceiver receiver = new EventReceiver()) {
            receiver.answer(request -> {
                try {
                    held.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new Answer(503, null);
            });
            String streamId;
            ScimEndpoint scim;
            List<String> users;
            try (TestServer first = TestServer.start(store)) {
                streamId = stream(first.client(), webhook(receiver), "cloudevents");
                scim = endpoint(first);
                users = createUsers(scim, "crash-" + UUID.randomUUID().toString().substring(0, 6) + "-", 8);
                await("the first event to be in flight", () -> receiver.inFlight() > 0);
                // Closing interrupts the push while the receiver holds it: never acknowledged.
            }
            receiver.answer(request -> Answer.ACCEPTED);
            held.countDown();

            try (TestServer second = TestServer.start(store)) {
                await("every event after the restart", () -> receiver.cloudEventsOf(scim.connectionId()).size() >= 8);
                assertEquals(users, subjects(receiver.cloudEventsOf(scim.connectionId())),
                        "the restarted process sends the interrupted event again, then the rest, in order");
                await("an empty outbox", () -> pending(second.client(), streamId) == 0);
                assertEquals(204, second.client().delete("/api/v2/event-streams/" + streamId,
                        TestServer.ADMIN_TOKEN).status());
            }
        }
    }

    static int pending(HttpClientSupport http, String streamId) {
        return http.get("/api/v2/event-streams/" + streamId, TestServer.ADMIN_TOKEN).json().path("delivery")
                .path("pending").asInt();
    }

    @Test
    void twoProcessesDeliverEachEventOnceInOrder() throws Exception {
        Persistence store = persistence();
        try (EventReceiver receiver = new EventReceiver();
             TestServer one = TestServer.start(store);
             TestServer two = TestServer.start(store)) {
            String streamId = stream(one.client(), webhook(receiver), "cloudevents");
            ScimEndpoint viaOne = endpoint(one);
            String prefix = "pair-" + UUID.randomUUID().toString().substring(0, 6) + "-";
            List<String> users = new ArrayList<>();
            // Writes alternate between the processes; both poll the stream all along.
            for (int i = 0; i < 6; i++) {
                ScimEndpoint scim = new ScimEndpoint(i % 2 == 0 ? one.client() : two.client(), viaOne.adminToken(),
                        viaOne.connectionId(), viaOne.connectionName(), viaOne.token());
                users.addAll(createUsers(scim, prefix + i + "-", 3));
            }
            await("all 18 events", () -> receiver.cloudEventsOf(viaOne.connectionId()).size() >= 18);
            Thread.sleep(300);
            assertEquals(users, subjects(receiver.cloudEventsOf(viaOne.connectionId())), "once each, in order");
            assertEquals(204, one.client().delete("/api/v2/event-streams/" + streamId, TestServer.ADMIN_TOKEN)
                    .status());
        }
    }

    @Test
    void slowAnswersDoNotLetABatchOutlastTheLease() throws Exception {
        Persistence store = persistence();
        CountDownLatch written = new CountDownLatch(1);
        try (EventReceiver receiver = new EventReceiver();
             TestServer one = TestServer.start(store);
             TestServer two = TestServer.start(store)) {
            // Half a second per answer: a whole batch of the test servers' 5 events takes 2.5 s, past their 2 s
            // lease, after which the other process may take the stream over. With 9 events, whatever the first
            // batch holds, some batch is a whole one.
            receiver.answer(request -> {
                try {
                    written.await(30, TimeUnit.SECONDS);
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Answer.ACCEPTED;
            });
            String streamId = stream(one.client(), webhook(receiver), "cloudevents");
            ScimEndpoint scim = endpoint(one);
            List<String> users = createUsers(scim, "slow-" + UUID.randomUUID().toString().substring(0, 6) + "-", 9);
            written.countDown();
            await("all 9 events", () -> receiver.cloudEventsOf(scim.connectionId()).size() >= 9);
            // A second copy of any event, from a process that took over a lease run out, would come within this.
            Thread.sleep(1000);
            assertEquals(users, subjects(receiver.cloudEventsOf(scim.connectionId())), "once each, in order");
            assertEquals(204, one.client().delete("/api/v2/event-streams/" + streamId, TestServer.ADMIN_TOKEN)
                    .status());
        }
    }

    @Test
    void pollsAreAnsweredByEitherProcessUntilAcknowledged() throws IOException {
        Persistence store = persistence();
        try (TestServer one = TestServer.start(store);
             TestServer two = TestServer.start(store)) {
            String streamId = stream(one.client(), "{\"type\":\"poll\"}", "set");
            createUsers(endpoint(one), "poll-" + UUID.randomUUID().toString().substring(0, 6) + "-", 2);
            String path = "/api/v2/event-streams/" + streamId + "/poll";

            JsonNode fromTwo = two.client().post(path, TestServer.ADMIN_TOKEN, "{\"returnImmediately\":true}").json();
            assertEquals(2, fromTwo.path("sets").size(), fromTwo.toString());
            List<String> jtis = new ArrayList<>();
            fromTwo.path("sets").fieldNames().forEachRemaining(jtis::add);
            JsonNode fromOne = one.client().post(path, TestServer.ADMIN_TOKEN,
                    "{\"returnImmediately\":true,\"ack\":[\"" + jtis.get(0) + "\"]}").json();
            assertEquals(List.of(jtis.get(1)), List.copyOf(iterate(fromOne.path("sets"))),
                    "acknowledged through one process, gone for both; the other is kept");
            JsonNode last = two.client().post(path, TestServer.ADMIN_TOKEN,
                    "{\"returnImmediately\":true,\"ack\":[\"" + jtis.get(1) + "\"]}").json();
            assertEquals(0, last.path("sets").size(), last.toString());
            assertEquals(204, one.client().delete("/api/v2/event-streams/" + streamId, TestServer.ADMIN_TOKEN)
                    .status());
        }
    }

    private static List<String> iterate(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
