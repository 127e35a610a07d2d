package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7.1: a token bucket per connection (here 5 requests a second, a burst of 10), answered 429 with the SCIM
 * body, {@code Retry-After} and {@code X-RateLimit-*}; refusals logged at most once per connection and second;
 * failed authentications count; a connection's own {@code rate_limit} replaces the default; and one connection at
 * its limit never slows another.
 */
abstract class RateLimitSuite extends RunningServerTest {

    private static final String SCOPES = "get:users post:users get:groups";

    @Override
    Map<String, String> settings() {
        return Map.of("RATE_LIMIT_PER_CONNECTION", "5", "RATE_LIMIT_BURST", "10");
    }

    private Reply discovery(ScimEndpoint endpoint, String token) {
        return http.get(endpoint.path() + "/ServiceProviderConfig", token);
    }

    @Test
    void aConnectionOverItsLimitGets429WithRetryAfterAndWhereItStands() throws InterruptedException {
        ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", SCOPES);
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            replies.add(discovery(endpoint, endpoint.token()));
        }
        Reply first = replies.getFirst();
        assertEquals(200, first.status(), first.body());
        assertEquals("10", first.header("X-RateLimit-Limit"));
        assertEquals("9", first.header("X-RateLimit-Remaining"));
        assertNotNull(first.header("X-RateLimit-Reset"));
        Reply refused = replies.getLast();
        ScimTestSupport.assertScimError(refused, 429);
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1, "Retry-After is whole seconds, at least one: " + retryAfter);
        assertEquals("10", refused.header("X-RateLimit-Limit"));
        assertEquals("0", refused.header("X-RateLimit-Remaining"));
        assertTrue(Integer.parseInt(refused.header("X-RateLimit-Reset")) >= 1);
        assertTrue(replies.stream().filter(r -> r.status() == 200).count() >= 10, "the burst passes");

        Thread.sleep(TimeUnit.SECONDS.toMillis(retryAfter));
        assertEquals(200, discovery(endpoint, endpoint.token()).status(), "served again after Retry-After");
    }

    @Test
    void refusalsAreLoggedAtMostOncePerConnectionAndSecond() throws InterruptedException {
        ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", SCOPES);
        long start = System.nanoTime();
        int refused = 0;
        while (System.nanoTime() - start < Duration.ofMillis(2500).toNanos()) {
            refused += discovery(endpoint, endpoint.token()).status() == 429 ? 1 : 0;
        }
        assertTrue(refused > 20, "the test hammered the connection: " + refused + " refusals");
        JsonNode logs = http.get("/api/v2/logs?connection_id=" + endpoint.connectionId() + "&take=100", ADMIN)
                .json();
        long logged = 0;
        for (JsonNode entry : logs) {
            if (entry.path("details").path("status").asInt() == 429) {
                assertEquals("fscim", entry.path("type").asText());
                logged++;
            }
        }
        assertTrue(logged >= 1 && logged <= 4, logged + " refusal entries for 2.5 s of refusals");
        JsonNode health = http.get("/api/v2/connections/" + endpoint.connectionId() + "/health", ADMIN).json();
        assertEquals(logged, health.path("rate_limited_seconds").asLong(), "the health view counts them: " + health);
        assertTrue(health.path("errors").asLong() >= logged, health.toString());
    }

    @Test
    void failedAuthenticationsCountAgainstTheLimit() {
        ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", SCOPES);
        // The bucket refills while the guesses run (a token every 200 ms), so they go on until refused, and what
        // passed is held to the bucket's bound for the time they took: the burst, plus what refilled meanwhile.
        long start = System.nanoTime();
        List<Integer> statuses = guessUntilRefused(endpoint);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(401, statuses.getFirst());
        assertEquals(429, statuses.getLast(), "guessing tokens is limited too: " + statuses);
        long answered = statuses.stream().filter(status -> status == 401).count();
        assertTrue(answered >= 10 && answered <= 10 + 5 * seconds + 1,
                answered + " guesses answered in " + seconds + " s: " + statuses);

        // The guesses spent the connection's bucket, so its real token is refused too. A 200 means a token refilled
        // in between (the bucket can stand just below one token when it refuses): spend it again and retry; a
        // bucket of the token's own would answer 200 every time.
        List<Integer> real = new ArrayList<>();
        for (int attempt = 0; attempt < 5 && (real.isEmpty() || real.getLast() != 429); attempt++) {
            real.add(discovery(endpoint, endpoint.token()).status());
            if (real.getLast() != 429) {
                assertEquals(429, guessUntilRefused(endpoint).getLast());
            }
        }
        assertEquals(429, real.getLast(), "the connection's bucket is spent: " + real);
    }

    /** Unknown tokens against {@code endpoint} until one is refused with 429 (at most 200): their statuses. */
    private List<Integer> guessUntilRefused(ScimEndpoint endpoint) {
        List<Integer> statuses = new ArrayList<>();
        do {
            statuses.add(discovery(endpoint, "tok_AAAAAAAAAAAAAAAA." + "0".repeat(64)).status());
        } while (statuses.getLast() != 429 && statuses.size() < 200);
        return statuses;
    }

    @Test
    void aConnectionsOwnLimitReplacesTheDefaultAndNullRestoresIt() {
        ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", SCOPES);
        String configuration = "/api/v2/connections/" + endpoint.connectionId() + "/scim-configuration";
        Reply patched = http.send("PATCH", configuration, ADMIN,
                "{\"rate_limit\":{\"requests_per_second\":1,\"burst\":3}}", "application/json");
        assertEquals(200, patched.status(), patched.body());
        assertEquals(1.0, patched.json().path("rate_limit").path("requests_per_second").asDouble());
        assertEquals(3, http.get(configuration, ADMIN).json().path("rate_limit").path("burst").asInt());

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Reply reply = discovery(endpoint, endpoint.token());
            statuses.add(reply.status());
            if (reply.status() == 200 && i > 0) {
                assertEquals("3", reply.header("X-RateLimit-Limit"));
            }
        }
        assertEquals(429, statuses.getLast(), statuses.toString());

        assertEquals(200, http.send("PATCH", configuration, ADMIN, "{\"rate_limit\":{\"requests_per_second\":0}}",
                "application/json").status());
        // A change takes effect at once in the process that made it, even for a connection that was held back.
        Reply unlimited = discovery(endpoint, endpoint.token());
        assertEquals(200, unlimited.status(), unlimited.body());
        assertNull(unlimited.header("X-RateLimit-Limit"), "no limit, no limit headers");

        Reply restored = http.send("PATCH", configuration, ADMIN, "{\"rate_limit\":null}", "application/json");
        assertTrue(restored.json().path("rate_limit").isNull(), restored.body());
        assertEquals("10", discovery(endpoint, endpoint.token()).header("X-RateLimit-Limit"));
    }

    @Test
    void malformedRateLimitsAreRefusedWithTheirShape() {
        ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", SCOPES);
        String configuration = "/api/v2/connections/" + endpoint.connectionId() + "/scim-configuration";
        for (String body : List.of("{\"rate_limit\":5}", "{\"rate_limit\":{}}", "{\"rate_limit\":{\"burst\":3}}",
                "{\"rate_limit\":{\"requests_per_second\":-1}}", "{\"rate_limit\":{\"requests_per_second\":\"5\"}}",
                "{\"rate_limit\":{\"requests_per_second\":5,\"burst\":0}}",
                "{\"rate_limit\":{\"requests_per_second\":5,\"burst\":1.5}}",
                "{\"rate_limit\":{\"requests_per_second\":0,\"burst\":-5}}",
                "{\"rate_limit\":{\"requests_per_second\":5,\"extra\":1}}")) {
            Reply reply = http.send("PATCH", configuration, ADMIN, body, "application/json");
            assertEquals(400, reply.status(), body + " -> " + reply.body());
            assertTrue(reply.json().path("message").asText().contains("rate_limit")
                    || reply.json().path("message").asText().contains("burst")
                    || reply.json().path("message").asText().contains("requests_per_second"), reply.body());
        }
        assertTrue(http.get(configuration, ADMIN).json().path("rate_limit").isNull(), "nothing was stored");
    }

    @Test
    void oneConnectionAtItsLimitNeverSlowsAnother() throws Exception {
        ScimEndpoint hammered = ScimEndpoint.create(http, "okta", SCOPES);
        ScimEndpoint quiet = ScimEndpoint.create(http, "okta", SCOPES);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger refusals = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Integer> quietStatuses = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService load = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                load.submit(() -> {
                    HttpClientSupport client = new HttpClientSupport(server.port());
                    while (running.get()) {
                        if (client.get(hammered.path() + "/ServiceProviderConfig", hammered.token()).status() == 429) {
                            refusals.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            // The quiet connection stays under its own limit: four requests a second for three seconds.
            for (int i = 0; i < 12; i++) {
                long start = System.nanoTime();
                quietStatuses.add(discovery(quiet, quiet.token()).status());
                latencies.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
                Thread.sleep(250);
            }
            running.set(false);
        }
        assertTrue(refusals.get() > 100, "the hammered connection was held at its limit: " + refusals);
        assertEquals(Collections.nCopies(12, 200), quietStatuses, "the quiet connection was never refused");
        // Held by the median and the count of slow answers rather than by the slowest one: on two cores shared with
        // eight hammering clients, one answer may wait for a garbage collection or the scheduler, not for a lock.
        List<Long> sorted = latencies.stream().sorted().toList();
        assertTrue(sorted.get(sorted.size() / 2) < 50, "the quiet connection's median answer: " + sorted);
        assertTrue(sorted.stream().filter(millis -> millis >= 250).count() <= 1,
                "the quiet connection's answers slower than 250 ms: " + sorted);
        assertFalse(quietStatuses.contains(429));
    }

    @Test
    void guessingClientSecretsAtTheTokenEndpointIsLimitedAndLogged() {
        ScimEndpoint endpoint = ScimEndpoint.create(http, "waad", SCOPES);
        Reply client = http.post(OAuthClientCredentialsSuite.clients(endpoint), ADMIN, "{\"scopes\":[\"get:users\"]}");
        assertEquals(201, client.status(), client.body());
        String clientId = client.json().path("client_id").asText();
        String guess = client.json().path("secret_id").asText() + "." + "0".repeat(64);
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            replies.add(OAuthClientCredentialsSuite.tokenRequest(http, endpoint, OAuthClientCredentialsSuite.form(
                    "grant_type", "client_credentials", "client_id", clientId, "client_secret", guess)));
        }
        assertEquals(401, replies.getFirst().status(), replies.getFirst().body());
        Reply limited = replies.getLast();
        assertEquals(429, limited.status(), "guessing secrets is limited like guessing tokens: " + limited.body());
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);
        assertEquals("no-store", limited.header("Cache-Control"));
        JsonNode logs = http.get("/api/v2/logs?connection_id=" + endpoint.connectionId() + "&type=fscim&take=100",
                ADMIN).json();
        assertTrue(logs.toString().contains("invalid_client"), "the failures are logged: " + logs);
    }
}
