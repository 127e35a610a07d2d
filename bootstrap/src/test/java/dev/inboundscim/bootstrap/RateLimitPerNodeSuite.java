package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rate limits with three nodes on one store, as docs/reliability.md and docs/scaling.md say (issue 20): each node
 * keeps its own token bucket per connection, so each admits up to the connection's limit and the three together more
 * than it, at most three times it. The refill is slow enough (one request per 100 s) that a bucket holds its burst
 * and nothing more during the test.
 */
abstract class RateLimitPerNodeSuite extends RunningServerTest {

    private static final int BURST = 5;
    private static final String SCOPES = "get:users";

    /** Three server processes on one store. */
    @Override
    int nodeCount() {
        return 3;
    }

    @Override
    Map<String, String> settings() {
        return Map.of("RATE_LIMIT_PER_CONNECTION", "0.01", "RATE_LIMIT_BURST", String.valueOf(BURST));
    }

    private static Reply discovery(HttpClientSupport node, ScimEndpoint endpoint) {
        return node.get(endpoint.path() + "/ServiceProviderConfig", endpoint.token());
    }

    /** How many of {@code requests} requests each node admitted, the nodes asked in turn. */
    private List<Integer> admittedPerNode(ScimEndpoint endpoint, int requests) {
        List<HttpClientSupport> nodes = nodePorts().stream().map(HttpClientSupport::new).toList();
        List<Integer> admitted = new ArrayList<>(List.of(0, 0, 0));
        for (int i = 0; i < requests; i++) {
            int node = i % nodes.size();
            Reply reply = discovery(nodes.get(node), endpoint);
            if (reply.status() == 200) {
                admitted.set(node, admitted.get(node) + 1);
            } else {
                ScimTestSupport.assertScimError(reply, 429);
            }
        }
        return admitted;
    }

    @Test
    void eachNodeAdmitsUpToTheConnectionsLimitSoTheThreeAdmitMoreButAtMostThreeTimesIt() {
        ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", SCOPES);
        // Round-robin, as a balancer sends them: four times the limit in all.
        List<Integer> admitted = admittedPerNode(endpoint, 4 * BURST);
        assertEquals(List.of(BURST, BURST, BURST), admitted, "each node admits its own burst: " + admitted);
        int total = admitted.stream().mapToInt(Integer::intValue).sum();
        assertTrue(total > BURST && total <= 3 * BURST, "the three admit more than one limit, at most three: "
                + total);
        for (int port : nodePorts()) {
            Reply refused = discovery(new HttpClientSupport(port), endpoint);
            ScimTestSupport.assertScimError(refused, 429);
            assertEquals(String.valueOf(BURST), refused.header("X-RateLimit-Limit"));
            assertEquals("0", refused.header("X-RateLimit-Remaining"));
        }
        // Another connection has buckets of its own on every node.
        ScimEndpoint other = ScimEndpoint.create(http, "okta", SCOPES);
        assertEquals(List.of(1, 1, 1), admittedPerNode(other, 3));
    }

    @Test
    void aConnectionsOwnLimitWrittenThroughOneNodeHoldsOnEveryNode() {
        ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", SCOPES);
        Reply patched = http.send("PATCH", "/api/v2/connections/" + endpoint.connectionId() + "/scim-configuration",
                ADMIN, "{\"rate_limit\":{\"requests_per_second\":0.01,\"burst\":2}}", "application/json");
        assertEquals(200, patched.status(), patched.body());
        List<Integer> admitted = admittedPerNode(endpoint, 6 * 3);
        // The node that wrote it resizes at once; the others at their next admitted request (docs/reliability.md).
        for (int count : admitted) {
            assertTrue(count >= 2 && count <= 3, "each node holds the connection's own burst of 2: " + admitted);
        }
        for (int port : nodePorts()) {
            Reply refused = discovery(new HttpClientSupport(port), endpoint);
            ScimTestSupport.assertScimError(refused, 429);
            assertEquals("2", refused.header("X-RateLimit-Limit"), "on every node");
        }
    }
}
