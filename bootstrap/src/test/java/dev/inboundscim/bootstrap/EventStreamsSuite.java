package dev.inboundscim.bootstrap;

import static dev.inboundscim.bootstrap.LogReceiver.await;
import static dev.inboundscim.bootstrap.ScimTestSupport.encode;
import static dev.inboundscim.bootstrap.ScimTestSupport.oktaUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.EventReceiver.Answer;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Event streams over HTTP (SPEC §11) with a real receiver on loopback: the Management API, CloudEvents read back
 * with the CloudEvents SDK, Security Event Tokens verified against the published JWKS without a JOSE library,
 * RFC 8935 push (202; a 400 error refuses one event for good), RFC 8936 poll, redelivery, a receiver down for a
 * while, suspension and resumption. The test server polls every 50 ms and suspends after 3 failures.
 */
abstract class EventStreamsSuite extends RunningServerTest {

    private static final String STREAMS = "/api/v2/event-streams";
    private static final String ALL_TYPES = """
            [{"event_type":"user.created"},{"event_type":"user.updated"},{"event_type":"user.deleted"},
             {"event_type":"user.deactivated"},{"event_type":"user.restored"},{"event_type":"group.created"},
             {"event_type":"group.updated"},{"event_type":"group.deleted"},{"event_type":"group.member.added"},
             {"event_type":"group.member.deleted"}]""";

    private final List<String> streams = new ArrayList<>();
    private final List<EventReceiver> receivers = new ArrayList<>();
    private ScimEndpoint scim;

    @BeforeEach
    void endpoint() {
        scim = ScimEndpoint.create(http, "okta",
                "get:users post:users patch:users delete:users get:groups post:groups patch:groups delete:groups");
    }

    /** Streams collect every event of the shared store: each test deletes its own. */
    @AfterEach
    void cleanUp() {
        streams.forEach(id -> http.delete(STREAMS + "/" + id, ADMIN));
        receivers.forEach(EventReceiver::close);
        streams.clear();
        receivers.clear();
    }

    private EventReceiver receiver() throws IOException {
        EventReceiver receiver = new EventReceiver();
        receivers.add(receiver);
        return receiver;
    }

    private JsonNode createStream(String body) {
        Reply created = http.post(STREAMS, ADMIN, body);
        assertEquals(201, created.status(), created.body());
        streams.add(created.json().path("id").asText());
        return created.json();
    }

    private String webhookStream(EventReceiver receiver, String format, String subscriptions) {
        return createStream("""
                {"name":"hook-%s","format":"%s","destination":{"type":"webhook","url":"%s",
                 "authorization":"Bearer hook-secret"},"subscriptions":%s}""".formatted(UUID.randomUUID(), format,
                receiver.url(), subscriptions)).path("id").asText();
    }

    private String createUser(String name) {
        Reply created = http.post(scim.path() + "/Users", scim.token(),
                oktaUser(name + "@example.com", name + "-ext", name, true));
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    private Reply patchUser(String userId, String operation) {
        Reply patched = http.send("PATCH", scim.path() + "/Users/" + encode(userId), scim.token(),
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + operation
                        + "]}", "application/scim+json");
        assertEquals(200, patched.status(), patched.body());
        return patched;
    }

    private JsonNode get(String streamId) {
        Reply reply = http.get(STREAMS + "/" + streamId, ADMIN);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private JsonNode poll(String streamId, String body) {
        Reply reply = http.post(STREAMS + "/" + streamId + "/poll", ADMIN, body);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private SetVerifier verifier() {
        Reply jwks = http.get("/.well-known/jwks.json", null);
        assertEquals(200, jwks.status(), jwks.body());
        return new SetVerifier(jwks.json());
    }

    private static List<String> types(List<CloudEvent> events) {
        return events.stream().map(CloudEvent::getType).toList();
    }

    private static JsonNode data(CloudEvent event) {
        try {
            return HttpClientSupport.JSON.readTree(event.getData().toBytes());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode claimsUnverified(String compact) {
        try {
            return HttpClientSupport.JSON.readTree(new String(Base64.getUrlDecoder().decode(compact.split("\\.")[1]),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void managesStreamsWithoutEverShowingTheWebhookSecret() throws IOException {
        EventReceiver receiver = receiver();
        JsonNode stream = createStream("""
                {"name":"hook","format":"cloudevents","destination":{"type":"webhook","url":"%s",
                 "authorization":"Bearer hook-secret"},"subscriptions":[{"event_type":"user.created"}]}"""
                .formatted(receiver.url()));
        String id = stream.path("id").asText();
        assertTrue(id.matches("evs_[A-Za-z0-9]{16}"), id);
        assertEquals("active", stream.path("status").asText());
        assertEquals("cloudevents", stream.path("format").asText());
        assertEquals(receiver.url(), stream.path("destination").path("url").asText());
        assertTrue(stream.path("destination").path("authorization_set").asBoolean());
        assertEquals("user.created", stream.path("subscriptions").get(0).path("event_type").asText());
        assertEquals(0, stream.path("delivery").path("pending").asInt());

        Reply list = http.get(STREAMS, ADMIN);
        assertEquals(200, list.status(), list.body());
        assertFalse(list.body().contains("hook-secret"), list.body());
        assertFalse(http.get(STREAMS + "/" + id, ADMIN).body().contains("hook-secret"));
        Reply audit = http.get("/api/v2/logs?type=sapi&take=20", ADMIN);
        assertFalse(audit.body().contains("hook-secret"), "the audit entry of the create keeps no secret");

        Reply renamed = http.send("PATCH", STREAMS + "/" + id, ADMIN, """
                {"name":"renamed","subscriptions":[{"event_type":"user.created"},{"event_type":"user.deleted"}],
                 "destination":{"type":"webhook","url":"%s"}}""".formatted(receiver.url()), "application/json");
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("renamed", renamed.json().path("name").asText());
        assertEquals(2, renamed.json().path("subscriptions").size());
        assertTrue(renamed.json().path("destination").path("authorization_set").asBoolean(),
                "a webhook sent again without its authorization keeps it");

        createUser("secret");
        await("the event", () -> !receiver.accepted().isEmpty());
        assertEquals("Bearer hook-secret", receiver.accepted().getFirst().authorization());

        assertEquals(204, http.delete(STREAMS + "/" + id, ADMIN).status());
        assertEquals(404, http.get(STREAMS + "/" + id, ADMIN).status());
        assertEquals(404, http.get(STREAMS + "/not-an-id", ADMIN).status());
    }

    @Test
    void refusesWhatIsNotAValidStream() throws IOException {
        String url = receiver().url();
        String[] invalid = {
            "{\"name\":\"x\",\"format\":\"xml\",\"destination\":{\"type\":\"poll\"},\"subscriptions\":"
                    + "[{\"event_type\":\"user.created\"}]}",
            "{\"name\":\"x\",\"format\":\"set\",\"destination\":{\"type\":\"poll\"},\"subscriptions\":[]}",
            "{\"name\":\"x\",\"format\":\"set\",\"destination\":{\"type\":\"poll\"},\"subscriptions\":"
                    + "[{\"event_type\":\"user.exploded\"}]}",
            "{\"name\":\"x\",\"format\":\"cloudevents\",\"destination\":{\"type\":\"poll\"},\"subscriptions\":"
                    + "[{\"event_type\":\"user.created\"}]}",
            "{\"name\":\"x\",\"format\":\"set\",\"destination\":{\"type\":\"webhook\"},\"subscriptions\":"
                    + "[{\"event_type\":\"user.created\"}]}",
            "{\"name\":\"x\",\"format\":\"set\",\"destination\":{\"type\":\"webhook\",\"url\":\"" + url
                    + "\",\"authorization\":\"a\\r\\nX-Evil: 1\"},"
                    + "\"subscriptions\":[{\"event_type\":\"user.created\"}]}",
            "{\"name\":\"x\",\"format\":\"set\",\"destination\":{\"type\":\"poll\"},\"subscriptions\":"
                    + "[{\"event_type\":\"user.created\"}],\"colour\":\"red\"}",
        };
        for (String body : invalid) {
            Reply reply = http.post(STREAMS, ADMIN, body);
            assertEquals(400, reply.status(), body + " -> " + reply.body());
            assertEquals(400, reply.json().path("statusCode").asInt(), reply.body());
        }
    }

    @Test
    void pushesEveryUserChangeAsACloudEventInOrderWithTheResourceAndWhatChanged() throws IOException {
        EventReceiver receiver = receiver();
        webhookStream(receiver, "cloudevents", ALL_TYPES);
        String userId = createUser("ce");
        patchUser(userId, "{\"op\":\"replace\",\"path\":\"name.givenName\",\"value\":\"Grace\"}");
        patchUser(userId, "{\"op\":\"replace\",\"path\":\"name.givenName\",\"value\":\"Grace\"}");
        patchUser(userId, "{\"op\":\"replace\",\"value\":{\"active\":false}}");
        assertEquals(204, http.delete("/api/v2/users/" + encode(userId), ADMIN).status());

        await("five events", () -> receiver.cloudEventsOf(scim.connectionId()).size() >= 5);
        List<CloudEvent> events = receiver.cloudEventsOf(scim.connectionId());
        assertEquals(List.of("user.created", "user.updated", "user.updated", "user.deactivated", "user.deleted"),
                types(events), "the unchanged PATCH made no event");
        for (CloudEvent event : events) {
            assertEquals(SpecVersion.V1, event.getSpecVersion());
            assertTrue(event.getId().startsWith("evt_"), event.getId());
            assertEquals("urn:inbound-scim:test:" + scim.connectionId(), event.getSource().toString());
            assertEquals("/Users/" + userId, event.getSubject());
            assertEquals("application/json", event.getDataContentType());
            assertTrue(event.getTime() != null);
        }
        List<String> ids = events.stream().map(CloudEvent::getId).toList();
        assertEquals(ids.stream().sorted().toList(), ids, "in the order of the changes");
        assertEquals("ce", data(events.get(0)).path("resource").path("given_name").asText());
        assertEquals("Grace", data(events.get(1)).path("resource").path("given_name").asText());
        assertEquals("[\"given_name\"]", data(events.get(1)).path("changed_attributes").toString());
        assertEquals("[\"blocked\"]", data(events.get(2)).path("changed_attributes").toString());
        assertTrue(data(events.get(3)).path("resource").path("blocked").asBoolean());
        assertEquals(userId, data(events.get(4)).path("resource_id").asText());
        receiver.accepted().forEach(r -> assertEquals("application/cloudevents+json", r.contentType()));
    }

    @Test
    void aBatchedWebhookTakesWaitingCloudEventsAsOneArrayEachOnceAndInOrder() throws Exception {
        EventReceiver receiver = receiver();
        CountDownLatch written = new CountDownLatch(1);
        AtomicInteger requests = new AtomicInteger();
        // The first request waits until every user is written, so the others wait together in the outbox; the
        // second batch is refused once and must come again whole.
        receiver.answer(request -> {
            int n = requests.incrementAndGet();
            if (n == 1) {
                awaitLatch(written);
            }
            return n == 2 ? Answer.UNAVAILABLE : Answer.ACCEPTED;
        });
        String streamId = createStream("""
                {"name":"batch-%s","format":"cloudevents","destination":{"type":"webhook","url":"%s",
                 "batch":true},"subscriptions":[{"event_type":"user.created"}]}""".formatted(UUID.randomUUID(),
                receiver.url())).path("id").asText();
        assertTrue(get(streamId).path("destination").path("batch").asBoolean());
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(createUser("batch" + i));
        }
        written.countDown();

        await("seven events accepted", () -> receiver.accepted().stream().mapToInt(r -> EventReceiver.batch(r)
                .size()).sum() >= 7);
        List<EventReceiver.Received> accepted = receiver.accepted();
        accepted.forEach(r -> assertEquals("application/cloudevents-batch+json", r.contentType()));
        List<CloudEvent> events = accepted.stream().flatMap(r -> EventReceiver.batch(r).stream()).toList();
        assertEquals(created.stream().map(id -> "/Users/" + id).toList(),
                events.stream().map(CloudEvent::getSubject).toList(), "each event once, in the order written");
        events.forEach(e -> assertEquals("user.created", e.getType()));
        assertTrue(accepted.stream().anyMatch(r -> EventReceiver.batch(r).size() > 1), "some request held several");
        EventReceiver.Received refused = receiver.requests().get(1);
        assertEquals(EventReceiver.batch(refused).stream().map(CloudEvent::getId).toList(),
                EventReceiver.batch(accepted.get(1)).stream().map(CloudEvent::getId).toList(),
                "the refused batch came again whole");

        await("the records", () -> http.get(STREAMS + "/" + streamId + "/deliveries", ADMIN).json().size()
                >= accepted.size() + 1);
        JsonNode records = http.get(STREAMS + "/" + streamId + "/deliveries?take=100", ADMIN).json();
        int delivered = 0;
        for (JsonNode record : records) {
            if (record.path("outcome").asText().equals("delivered")) {
                delivered += record.path("events").asInt();
            }
        }
        assertEquals(7, delivered, records.toString());
        JsonNode failed = records.get(records.size() - 2);
        assertEquals("failed", failed.path("outcome").asText(), records.toString());
        List<CloudEvent> refusedEvents = EventReceiver.batch(refused);
        assertEquals(refusedEvents.size(), failed.path("events").asInt(), records.toString());
        assertEquals(refusedEvents.getFirst().getId(), failed.path("event_id").asText());
        if (refusedEvents.size() > 1) {
            assertEquals(refusedEvents.getLast().getId(), failed.path("last_event_id").asText());
        }
    }

    @Test
    void batchesAreForCloudEventWebhooksOnly() {
        for (String body : List.of(
                "{\"name\":\"x\",\"format\":\"set\",\"destination\":{\"type\":\"webhook\",\"url\":"
                        + "\"https://r.example.com/\",\"batch\":true},\"subscriptions\":[{\"event_type\":"
                        + "\"user.created\"}]}",
                "{\"name\":\"x\",\"format\":\"set\",\"destination\":{\"type\":\"poll\",\"batch\":false},"
                        + "\"subscriptions\":[{\"event_type\":\"user.created\"}]}")) {
            Reply reply = http.post(STREAMS, ADMIN, body);
            assertEquals(400, reply.status(), reply.body());
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void groupChangesAndLoginTimeCreationsAreEventsToo() throws IOException {
        EventReceiver receiver = receiver();
        webhookStream(receiver, "cloudevents", ALL_TYPES);
        String userId = createUser("member");
        Reply group = http.post(scim.path() + "/Groups", scim.token(), """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Admins",
                 "members":[{"value":"%s"}]}""".formatted(userId));
        assertEquals(201, group.status(), group.body());
        String groupId = group.json().path("id").asText();
        Reply renamed = http.send("PATCH", scim.path() + "/Groups/" + groupId, scim.token(),
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":"
                        + "\"replace\",\"path\":\"displayName\",\"value\":\"Owners\"}]}", "application/scim+json");
        assertTrue(renamed.status() == 200 || renamed.status() == 204, renamed.body());
        assertEquals(204, http.delete(scim.path() + "/Groups/" + groupId, scim.token()).status());
        Reply login = http.post("/api/v2/connections/" + scim.connectionId() + "/logins", ADMIN,
                "{\"claims\":{\"sub\":\"jit-" + UUID.randomUUID() + "\"},\"session_id\":\"s1\"}");
        assertEquals(200, login.status(), login.body());

        await("six events", () -> receiver.cloudEventsOf(scim.connectionId()).size() >= 6);
        List<CloudEvent> events = receiver.cloudEventsOf(scim.connectionId());
        assertEquals(List.of("user.created", "group.created", "group.member.added", "group.updated",
                "group.deleted", "user.created"), types(events));
        assertEquals("/Groups/" + groupId, events.get(1).getSubject());
        assertEquals("[\"" + userId + "\"]", data(events.get(2)).path("members").toString());
        assertEquals("Owners", data(events.get(3)).path("resource").path("displayName").asText());
        assertEquals("[\"displayName\"]", data(events.get(3)).path("changed_attributes").toString());
    }

    /** Role changes (SPEC §12) are events of their own, carried by the streams that name them. */
    @Test
    void roleAssignmentsAreEventsOfTheStreamsThatNameThem() throws IOException {
        EventReceiver receiver = receiver();
        webhookStream(receiver, "cloudevents", "[{\"event_type\":\"user.role.assigned\"},"
                + "{\"event_type\":\"user.role.deleted\"}]");
        String userId = createUser("roled");
        Reply role = http.post("/api/v2/roles", ADMIN, "{\"name\":\"auditor-" + UUID.randomUUID() + "\"}");
        assertEquals(201, role.status(), role.body());
        String roleId = role.json().path("id").asText();
        String roles = "/api/v2/users/" + ScimTestSupport.encode(userId) + "/roles";
        assertEquals(204, http.post(roles, ADMIN, "{\"roles\":[\"" + roleId + "\"]}").status());
        assertEquals(204, http.send("DELETE", roles, ADMIN, "{\"roles\":[\"" + roleId + "\"]}",
                "application/json").status());

        await("two role events", () -> receiver.cloudEventsOf(scim.connectionId()).size() >= 2);
        List<CloudEvent> events = receiver.cloudEventsOf(scim.connectionId());
        assertEquals(List.of("user.role.assigned", "user.role.deleted"), types(events),
                "the user's own creation is not an event this stream names");
        assertEquals("/Users/" + userId, events.get(0).getSubject());
        assertEquals(roleId, data(events.get(0)).path("resource").path("role_id").asText(), data(events.get(0))
                .toString());
    }

    @Test
    void bulkOperationsMakeTheirEventsLikeSingleRequests() throws IOException {
        EventReceiver receiver = receiver();
        webhookStream(receiver, "cloudevents", ALL_TYPES);
        Reply bulk = http.post(scim.path() + "/Bulk", scim.token(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],"Operations":[
                 {"method":"POST","path":"/Users","bulkId":"u1","data":{
                  "schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bulk@example.com",
                  "externalId":"bulk-ext","name":{"givenName":"Bulk"}}},
                 {"method":"POST","path":"/Groups","bulkId":"g1","data":{
                  "schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Bulkers",
                  "members":[{"value":"bulkId:u1"}]}}]}""");
        assertEquals(200, bulk.status(), bulk.body());

        await("three events", () -> receiver.cloudEventsOf(scim.connectionId()).size() >= 3);
        assertEquals(List.of("user.created", "group.created", "group.member.added"),
                types(receiver.cloudEventsOf(scim.connectionId())));
    }

    @Test
    void pushesSignedSecurityEventTokensAndDropsAnEventTheReceiverRefuses() throws IOException {
        EventReceiver receiver = receiver();
        String refused = "refused-" + UUID.randomUUID().toString().substring(0, 8);
        receiver.answer(request -> request.body().contains(".") && claimsUnverified(request.body()).path("sub_id")
                .path("uri").asText().contains(refused)
                ? new Answer(400, "{\"err\":\"invalid_request\",\"description\":\"not for us\"}")
                : Answer.ACCEPTED);
        String streamId = webhookStream(receiver, "set", "[{\"event_type\":\"user.created\"}]");
        createUser(refused);
        Reply created = http.post(scim.path() + "/Users", scim.token(),
                oktaUser("set@example.com", "set-ext", "set", true));
        assertEquals(201, created.status(), created.body());
        String userId = created.json().path("id").asText();

        await("the accepted SET", () -> receiver.accepted().stream()
                .anyMatch(r -> claimsUnverified(r.body()).path("sub_id").path("uri").asText().endsWith(userId)));
        EventReceiver.Received accepted = receiver.accepted().stream()
                .filter(r -> claimsUnverified(r.body()).path("sub_id").path("uri").asText().endsWith(userId))
                .findFirst().orElseThrow();
        assertEquals("application/secevent+jwt", accepted.contentType());
        SetVerifier.Verified set = verifier().verify(accepted.body());
        assertEquals("secevent+jwt", set.header().path("typ").asText());
        JsonNode claims = set.claims();
        assertTrue(claims.path("iss").asText().startsWith("http"), claims.toString());
        assertEquals(receiver.url(), claims.path("aud").asText(), "the default audience is the webhook");
        assertTrue(claims.path("jti").asText().startsWith("evt_"));
        assertTrue(claims.path("iat").isNumber() && claims.path("toe").isNumber(), claims.toString());
        assertEquals(created.response().headers().firstValue("X-Request-Id").orElseThrow(),
                claims.path("txn").asText());
        assertEquals("scim", claims.path("sub_id").path("format").asText());
        assertEquals("/Users/" + userId, claims.path("sub_id").path("uri").asText());
        JsonNode event = claims.path("events").path("urn:ietf:params:scim:event:prov:create:full");
        assertEquals(userId, event.path("data").path("user_id").asText(), claims.toString());

        // The refused event was tried once and recorded, never retried; the one after it went through.
        long refusals = receiver.requests().stream().filter(r -> claimsUnverified(r.body()).path("sub_id")
                .path("uri").asText().contains(refused)).count();
        assertEquals(1, refusals);
        // The attempts are recorded once the receiver answered the batch.
        await("both attempts recorded", () -> http.get(STREAMS + "/" + streamId + "/deliveries", ADMIN).json()
                .size() >= 2);
        Reply deliveries = http.get(STREAMS + "/" + streamId + "/deliveries", ADMIN);
        assertEquals(200, deliveries.status(), deliveries.body());
        JsonNode rejected = deliveries.json().get(1);
        assertEquals("rejected", rejected.path("outcome").asText(), deliveries.body());
        assertEquals(400, rejected.path("status").asInt());
        assertEquals("invalid_request: not for us", rejected.path("detail").asText());
        assertEquals("delivered", deliveries.json().get(0).path("outcome").asText());
        assertEquals(claims.path("jti").asText(), deliveries.json().get(0).path("event_id").asText());
        assertEquals(0, get(streamId).path("delivery").path("pending").asInt());
    }

    @Test
    void pollingAnswersEventsUntilTheyAreAcknowledged() throws Exception {
        String streamId = createStream("""
                {"name":"poll-%s","format":"set","destination":{"type":"poll"},
                 "subscriptions":[{"event_type":"user.created"}],"audience":"https://receiver.example.com"}"""
                .formatted(UUID.randomUUID())).path("id").asText();
        String first = createUser("poll1");

        JsonNode answer = poll(streamId, "{\"returnImmediately\":true}");
        assertEquals(1, answer.path("sets").size(), answer.toString());
        String jti = answer.path("sets").fieldNames().next();
        JsonNode claims = verifier().verify(answer.path("sets").path(jti).asText()).claims();
        assertEquals("https://receiver.example.com", claims.path("aud").asText());
        assertEquals("/Users/" + first, claims.path("sub_id").path("uri").asText());
        assertEquals(jti, poll(streamId, "{\"returnImmediately\":true}").path("sets").fieldNames().next(),
                "not acknowledged: answered again");

        JsonNode afterAck = poll(streamId, "{\"returnImmediately\":true,\"ack\":[\"" + jti + "\"]}");
        assertEquals(0, afterAck.path("sets").size(), afterAck.toString());
        assertFalse(afterAck.path("moreAvailable").asBoolean());

        createUser("poll2");
        createUser("poll3");
        createUser("poll4");
        JsonNode two = poll(streamId, "{\"returnImmediately\":true,\"maxEvents\":2}");
        assertEquals(2, two.path("sets").size(), two.toString());
        assertTrue(two.path("moreAvailable").asBoolean());
        List<String> jtis = new ArrayList<>();
        two.path("sets").fieldNames().forEachRemaining(jtis::add);
        JsonNode rest = poll(streamId, "{\"returnImmediately\":true,\"ack\":[\"" + jtis.get(0) + "\"],"
                + "\"setErrs\":{\"" + jtis.get(1) + "\":{\"err\":\"invalid_key\",\"description\":\"unknown\"}}}");
        assertEquals(1, rest.path("sets").size(), rest.toString());
        JsonNode deliveries = http.get(STREAMS + "/" + streamId + "/deliveries", ADMIN).json();
        assertEquals("rejected", deliveries.get(0).path("outcome").asText(), deliveries.toString());
        assertEquals("invalid_key: unknown", deliveries.get(0).path("detail").asText());
        assertEquals("acknowledged", deliveries.get(1).path("outcome").asText());
        assertFalse(rest.path("moreAvailable").asBoolean(), rest.toString());
        // Exactly as many waiting as asked for: nothing more is available; asking for none still tells one waits.
        JsonNode exactly = poll(streamId, "{\"returnImmediately\":true,\"maxEvents\":1}");
        assertEquals(1, exactly.path("sets").size(), exactly.toString());
        assertFalse(exactly.path("moreAvailable").asBoolean(), exactly.toString());
        JsonNode none = poll(streamId, "{\"returnImmediately\":true,\"maxEvents\":0}");
        assertEquals(0, none.path("sets").size(), none.toString());
        assertTrue(none.path("moreAvailable").asBoolean(), none.toString());
        String last = rest.path("sets").fieldNames().next();
        JsonNode drained = poll(streamId, "{\"returnImmediately\":true,\"maxEvents\":0,\"ack\":[\"" + last
                + "\"]}");
        assertFalse(drained.path("moreAvailable").asBoolean(), drained.toString());
        assertEquals(0, poll(streamId, "{\"returnImmediately\":true}").path("sets").size());

        // A long poll waits for the next event.
        Thread writer = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            createUser("poll5");
        });
        JsonNode waited = poll(streamId, "{}");
        writer.join();
        assertEquals(1, waited.path("sets").size(), waited.toString());

        String hook = webhookStream(receiver(), "set", "[{\"event_type\":\"user.created\"}]");
        assertEquals(400, http.post(STREAMS + "/" + hook + "/poll", ADMIN, "{}").status());
        assertEquals(400, http.post(STREAMS + "/" + streamId + "/poll", ADMIN, "{\"maxEvents\":-1}").status());
    }

    @Test
    void aReceiverDownForAWhileGetsTheBacklogInOrder() throws IOException {
        EventReceiver receiver = receiver();
        // Down for its first two requests: fewer failures in a row than the test server's suspension needs (3).
        AtomicInteger refusals = new AtomicInteger();
        receiver.answer(request -> refusals.incrementAndGet() <= 2 ? Answer.UNAVAILABLE : Answer.ACCEPTED);
        String streamId = webhookStream(receiver, "cloudevents", "[{\"event_type\":\"user.created\"}]");
        createUser("down1");
        createUser("down2");
        createUser("down3");

        await("the backlog", () -> receiver.cloudEventsOf(scim.connectionId()).size() >= 3);
        assertTrue(receiver.requests().size() - receiver.accepted().size() >= 2, "the receiver was down first");
        List<CloudEvent> events = receiver.cloudEventsOf(scim.connectionId());
        List<String> names = events.stream().map(e -> data(e).path("resource").path("given_name").asText())
                .distinct().toList();
        assertEquals(List.of("down1", "down2", "down3"), names, "nothing lost, in order");
        await("a healthy stream", () -> get(streamId).path("delivery").path("failures").asInt() == 0);
        assertEquals("active", get(streamId).path("status").asText());
    }

    @Test
    void aStreamThatKeepsFailingIsSuspendedAndResumesOnRequest() throws IOException {
        EventReceiver receiver = receiver();
        receiver.answer(request -> Answer.UNAVAILABLE);
        String streamId = webhookStream(receiver, "cloudevents", "[{\"event_type\":\"user.created\"}]");
        createUser("sus1");

        await("suspension", () -> get(streamId).path("status").asText().equals("suspended"));
        JsonNode suspended = get(streamId);
        assertTrue(suspended.path("delivery").path("last_error").asText().contains("503"), suspended.toString());
        assertFalse(suspended.toString().contains("hook-secret"));
        createUser("sus2");
        int tried = receiver.requests().size();
        assertEquals(2, get(streamId).path("delivery").path("pending").asInt(), "a suspended stream keeps collecting");
        assertEquals(tried, receiver.requests().size(), "and pushes nothing");
        assertEquals(400, http.send("PATCH", STREAMS + "/" + streamId, ADMIN, "{\"status\":\"suspended\"}",
                "application/json").status());

        receiver.answer(request -> Answer.ACCEPTED);
        Reply resumed = http.send("PATCH", STREAMS + "/" + streamId, ADMIN, "{\"status\":\"active\"}",
                "application/json");
        assertEquals(200, resumed.status(), resumed.body());
        await("the backlog", () -> receiver.cloudEventsOf(scim.connectionId()).size() >= 2);
        assertEquals(List.of("sus1", "sus2"), receiver.cloudEventsOf(scim.connectionId()).stream()
                .map(e -> data(e).path("resource").path("given_name").asText()).toList());
    }

    @Test
    void redeliversNamedEventsAndThoseOfATimeRange() throws IOException {
        EventReceiver receiver = receiver();
        String streamId = webhookStream(receiver, "cloudevents", "[{\"event_type\":\"user.created\"}]");
        Instant before = Instant.now().minusSeconds(1);
        createUser("again");
        await("the event", () -> receiver.cloudEventsOf(scim.connectionId()).size() == 1);
        String eventId = receiver.cloudEventsOf(scim.connectionId()).getFirst().getId();
        // The receiver has an event before the node that pushed it records so; until then the event is pending
        // and a redelivery queues nothing (a window that a node in another process, on a busy machine, widens).
        await("the delivery recorded", () -> get(streamId).path("delivery").path("pending").asInt() == 0);

        Reply byId = http.post(STREAMS + "/" + streamId + "/redeliver", ADMIN,
                "{\"event_ids\":[\"" + eventId + "\"]}");
        assertEquals(202, byId.status(), byId.body());
        assertEquals(1, byId.json().path("queued").asInt());
        await("the redelivery", () -> receiver.cloudEventsOf(scim.connectionId()).size() == 2);
        await("the redelivery recorded", () -> get(streamId).path("delivery").path("pending").asInt() == 0);
        Reply byTime = http.post(STREAMS + "/" + streamId + "/redeliver", ADMIN,
                "{\"from\":\"" + before + "\",\"to\":\"" + Instant.now().plusSeconds(1) + "\"}");
        assertEquals(202, byTime.status(), byTime.body());
        await("the second redelivery", () -> receiver.cloudEventsOf(scim.connectionId()).size() == 3);
        assertEquals(List.of(eventId, eventId, eventId), receiver.cloudEventsOf(scim.connectionId()).stream()
                .map(CloudEvent::getId).toList(), "the same event, the same id: receivers deduplicate on it");

        assertEquals(400, http.post(STREAMS + "/" + streamId + "/redeliver", ADMIN, "{}").status());
        assertEquals(400, http.post(STREAMS + "/" + streamId + "/redeliver", ADMIN,
                "{\"event_ids\":[\"" + eventId + "\"],\"from\":\"" + before + "\"}").status());
        assertEquals(400, http.post(STREAMS + "/" + streamId + "/redeliver", ADMIN,
                "{\"event_ids\":[\"nope\"]}").status());
    }
}
