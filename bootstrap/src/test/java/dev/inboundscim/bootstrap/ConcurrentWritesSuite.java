package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * SPEC §3 / §7.2: concurrent writers never lose each other's changes, and a write without {@code If-Match} never
 * gets 412. Fifty PATCHes of one user, and fifty of one group, start at the same moment; each must succeed and each
 * change must be there at the end.
 */
abstract class ConcurrentWritesSuite extends RunningServerTest {

    private static final int WRITERS = 50;
    private static final String ALL_SCOPES = "get:users post:users put:users patch:users delete:users get:groups "
            + "post:groups put:groups patch:groups delete:groups";

    @Override
    Map<String, String> settings() {
        return Map.of("SCIM_GROUP_MAX_MEMBERS", "1000", "SCIM_GROUP_MAX_MEMBERS_PER_REQUEST", "1000");
    }

    @Test
    void fiftyConcurrentPatchesOfOneUserAllSucceedAndAllTheirChangesStay() throws Exception {
        ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", ALL_SCOPES);
        mapRoles(endpoint);
        Reply created = http.post(endpoint.path() + "/Users", endpoint.token(),
                ScimTestSupport.oktaUser("contended@example.com", "contended", "Con", true));
        assertEquals(201, created.status(), created.body());
        String path = endpoint.path() + "/Users/" + ScimTestSupport.encode(created.json().path("id").asText());

        Map<Integer, Integer> statuses = concurrently(i -> http.send("PATCH", path, endpoint.token(),
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"add\","
                        + "\"path\":\"roles\",\"value\":[{\"value\":\"role-" + i + "\"}]}]}",
                "application/scim+json").status());

        assertEquals(Map.of(200, WRITERS), statuses);
        Set<String> roles = new TreeSet<>();
        http.get(path, endpoint.token()).json().path("roles").forEach(role -> roles.add(role.path("value").asText()));
        assertEquals(expected("role-"), roles);
    }

    @Test
    void fiftyConcurrentPatchesOfOneGroupAllSucceedAndAllTheirMembersStay() throws Exception {
        ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", ALL_SCOPES);
        List<String> users = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            Reply user = http.post(endpoint.path() + "/Users", endpoint.token(),
                    ScimTestSupport.oktaUser("member" + i + "@example.com", "member-" + i, "M", true));
            assertEquals(201, user.status(), user.body());
            users.add(user.json().path("id").asText());
        }
        Reply group = http.post(endpoint.path() + "/Groups", endpoint.token(),
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"contended\"}");
        assertEquals(201, group.status(), group.body());
        String path = endpoint.path() + "/Groups/" + group.json().path("id").asText();

        Map<Integer, Integer> statuses = concurrently(i -> http.send("PATCH", path, endpoint.token(),
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"add\","
                        + "\"path\":\"members\",\"value\":[{\"value\":\"" + users.get(i) + "\"}]}]}",
                "application/scim+json").status());

        assertEquals(WRITERS, statuses.getOrDefault(204, 0) + statuses.getOrDefault(200, 0), statuses.toString());
        Set<String> members = new TreeSet<>();
        http.get(path, endpoint.token()).json().path("members").forEach(m -> members.add(m.path("value").asText()));
        assertEquals(new TreeSet<>(users), members);
    }

    /** Adds {@code roles → app_metadata.roles} to the connection's mapping, so a PATCH can add roles one by one. */
    private void mapRoles(ScimEndpoint endpoint) {
        String configuration = "/api/v2/connections/" + endpoint.connectionId() + "/scim-configuration";
        JsonNode defaults = http.get(configuration + "/default-mapping", ADMIN).json().path("mapping");
        ArrayNode mapping = ((ArrayNode) defaults.deepCopy());
        mapping.addObject().put("scim", "roles").put("auth0", "app_metadata.roles");
        ObjectNode body = HttpClientSupport.JSON.createObjectNode();
        body.set("mapping", mapping);
        Reply patched = http.send("PATCH", configuration, ADMIN, body.toString(), "application/json");
        assertEquals(200, patched.status(), patched.body());
    }

    /** Runs {@code write} for 0…49 at once; the statuses counted. */
    private static Map<Integer, Integer> concurrently(IntFunction<Integer> write)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> tasks = IntStream.range(0, WRITERS).<Callable<Integer>>mapToObj(i -> () -> {
            start.await();
            return write.apply(i);
        }).toList();
        Map<Integer, Integer> statuses = new TreeMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(WRITERS)) {
            List<Future<Integer>> results = tasks.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Integer> result : results) {
                statuses.merge(result.get(), 1, Integer::sum);
            }
        }
        return statuses;
    }

    private static Set<String> expected(String prefix) {
        Set<String> values = new TreeSet<>();
        IntStream.range(0, WRITERS).forEach(i -> values.add(prefix + i));
        return values;
    }
}
