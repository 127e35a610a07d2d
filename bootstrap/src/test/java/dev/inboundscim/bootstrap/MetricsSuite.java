package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7.3's Prometheus series, scraped from {@code /observe/metrics} after known traffic: counts, statuses,
 * histogram buckets and the store's gauges; labels stay within fixed sets and real connections.
 */
abstract class MetricsSuite extends RunningServerTest {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final String USERS_SCOPES = "get:users post:users delete:users";

    @Override
    Map<String, String> settings() {
        return Map.of("METRICS_REFRESH_MILLIS", "100");
    }

    /** One sample of the exposition: its name, labels and value. */
    record Sample(String name, Map<String, String> labels, double value) {
        boolean has(String label, String expected) {
            return expected.equals(labels.get(label));
        }
    }

    @Test
    void scimRequestsAreCountedByConnectionOperationAndStatus() {
        ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", USERS_SCOPES);
        String users = endpoint.path() + "/Users";
        List<Sample> before = scrape();
        for (int i = 0; i < 2; i++) {
            Reply created = http.post(users, endpoint.token(), ScimTestSupport.oktaUser("m" + i + "@example.com",
                    "m" + i, "M", true));
            assertEquals(201, created.status(), created.body());
        }
        assertEquals(404, http.get(users + "/" + UUID.randomUUID(), endpoint.token()).status());
        assertEquals(401, http.get(users, "wrong-token").status());
        List<Sample> after = scrape();

        String connection = endpoint.connectionId();
        assertEquals(2, value(after, "scim_requests_total", connection, "POST Users", "201"));
        assertEquals(1, value(after, "scim_requests_total", connection, "GET Users", "404"));
        assertEquals(1, value(after, "scim_requests_total", "none", "GET Users", "401")
                - value(before, "scim_requests_total", "none", "GET Users", "401"),
                "an unauthenticated request is counted without its connection");
        assertEquals(0, value(after, "scim_requests_total", connection, "GET Users", "401"));

        // The histogram: cumulative buckets whose +Inf bucket is the count, and a sum.
        Predicate<Sample> postUsers = s -> s.has("operation", "POST Users");
        assertEquals(2, sum(after, "scim_request_duration_seconds_count", postUsers)
                - sum(before, "scim_request_duration_seconds_count", postUsers));
        List<Sample> buckets = after.stream().filter(s -> s.name().equals("scim_request_duration_seconds_bucket")
                && postUsers.test(s)).toList();
        assertTrue(buckets.size() >= 10, "buckets: " + buckets);
        double previous = 0;
        for (Sample bucket : buckets.stream().sorted((a, b) -> Double.compare(le(a), le(b))).toList()) {
            assertTrue(bucket.value() >= previous, "buckets are cumulative: " + buckets);
            previous = bucket.value();
        }
        assertEquals(sum(after, "scim_request_duration_seconds_count", postUsers),
                buckets.stream().filter(b -> b.has("le", "+Inf")).findFirst().orElseThrow().value());
        assertTrue(sum(after, "scim_request_duration_seconds_sum", postUsers) > 0);
    }

    @Test
    void managementRequestsAreCountedByRoutePatternNeverByPath() {
        ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", USERS_SCOPES);
        String route = "GET /api/v2/connections/{id}";
        List<Sample> before = scrape();
        assertEquals(200, http.get("/api/v2/connections/" + endpoint.connectionId(), ADMIN).status());
        assertEquals(404, http.get("/api/v2/connections/con_" + "N".repeat(16), ADMIN).status());
        assertEquals(401, http.get("/api/v2/connections/" + endpoint.connectionId(), "wrong").status());
        List<Sample> after = scrape();

        for (String status : List.of("200", "404", "401")) {
            Predicate<Sample> match = s -> s.has("route", route) && s.has("status", status);
            assertEquals(1, sum(after, "management_requests_total", match)
                    - sum(before, "management_requests_total", match), route + " " + status + " in " + after);
        }
        assertFalse(after.stream().anyMatch(s -> s.labels().values().stream().anyMatch(v ->
                v.contains(endpoint.connectionId()) && !s.name().startsWith("scim_")
                        && !s.name().startsWith("rate_limited"))), "no management series names a connection");
    }

    @Test
    void rateLimitedRequestsAreCountedPerConnection() {
        ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", USERS_SCOPES);
        assertEquals(200, http.send("PATCH", "/api/v2/connections/" + endpoint.connectionId()
                + "/scim-configuration", ADMIN, "{\"rate_limit\":{\"requests_per_second\":1,\"burst\":1}}",
                "application/json").status());
        int refused = 0;
        for (int i = 0; i < 4; i++) {
            if (http.get(endpoint.path() + "/Users", endpoint.token()).status() == 429) {
                refused++;
            }
        }
        assertTrue(refused >= 2, "refused: " + refused);
        assertEquals(refused, sum(scrape(), "rate_limited_total", s -> s.has("connection",
                endpoint.connectionId())));
    }

    @Test
    void connectionsThatNoTokenProvedNeverBecomeLabels() {
        List<String> invented = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String id = "con_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            invented.add(id);
            http.get("/scim/v2/connections/" + id + "/Users/" + UUID.randomUUID() + "?filter="
                    + ScimTestSupport.encode("userName eq \"x\""), "wrong");
        }
        List<Sample> samples = scrape();
        for (Sample sample : samples) {
            for (String value : sample.labels().values()) {
                assertFalse(invented.stream().anyMatch(value::contains), "label from an unproven id: " + sample);
                assertFalse(value.contains("/Users/") || value.contains("userName"), "label from a path: " + sample);
            }
        }
    }

    @Test
    void theStoresGaugesAreServed() throws InterruptedException {
        List<Sample> samples = scrape();
        for (String state : List.of("active", "idle", "pending")) {
            assertTrue(samples.stream().anyMatch(s -> s.name().equals("store_pool_connections")
                    && s.has("state", state) && s.value() >= 0), "store_pool_connections " + state);
        }
        assertTrue(samples.stream().anyMatch(s -> s.name().equals("store_pool_connections")
                && s.has("state", "idle") && s.value() + sum(samples, "store_pool_connections",
                x -> x.has("state", "active")) >= 1), "the pool holds a connection");
        assertTrue(samples.stream().anyMatch(s -> s.name().equals("store_unavailable_total")), "unavailable");
        assertTrue(samples.stream().anyMatch(s -> s.name().equals("logout_backlog") && s.value() >= 0), "logout");

        // A stream whose sink never answers keeps its entries: its backlog shows them, and goes with the stream.
        Reply stream = http.post("/api/v2/log-streams", ADMIN, "{\"name\":\"metrics-" + UUID.randomUUID()
                + "\",\"type\":\"http\",\"sink\":{\"httpEndpoint\":\"http://127.0.0.1:9/never\"}}");
        assertEquals(201, stream.status(), stream.body());
        String id = stream.json().path("id").asText();
        ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", USERS_SCOPES);
        assertEquals(201, http.post(endpoint.path() + "/Users", endpoint.token(),
                ScimTestSupport.oktaUser("backlog@example.com", "b1", "B", true)).status());
        Predicate<Sample> mine = s -> s.has("stream", id);
        assertTrue(awaitScrape(samplesNow -> sum(samplesNow, "log_stream_backlog", mine) >= 1),
                "the stream's backlog is counted");
        assertEquals(204, http.delete("/api/v2/log-streams/" + id, ADMIN).status());
        assertTrue(awaitScrape(samplesNow -> samplesNow.stream().noneMatch(s -> s.name().equals("log_stream_backlog")
                && mine.test(s))), "a deleted stream's series goes with it");
    }

    private boolean awaitScrape(Predicate<List<Sample>> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.test(scrape())) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private List<Sample> scrape() {
        Reply reply = http.get("/observe/metrics", null);
        assertEquals(200, reply.status(), reply.body());
        List<Sample> samples = new ArrayList<>();
        for (String line : reply.body().lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            assertTrue(sample.matches(), "not a sample line: " + line);
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
        return samples;
    }

    private static double value(List<Sample> samples, String name, String connection, String operation,
                                String status) {
        return sum(samples, name, s -> s.has("connection", connection) && s.has("operation", operation)
                && s.has("status", status));
    }

    private static double sum(List<Sample> samples, String name, Predicate<Sample> match) {
        return samples.stream().filter(s -> s.name().equals(name) && match.test(s)).mapToDouble(Sample::value).sum();
    }

    private static double le(Sample bucket) {
        String le = bucket.labels().get("le");
        return "+Inf".equals(le) ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
    }
}
