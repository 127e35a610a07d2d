import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event streams (issue 19) over the real API: N user creations through SCIM with no event stream, then N with one
 * active CloudEvents webhook stream (a receiver on loopback answering 202), then N with none again; prints the write
 * throughput of each phase and, for the stream phase, when the last of the N events reached the receiver.
 * Usage: java EventBench.java base admin-token users concurrency
 */
public class EventBench {

    private static final Pattern ID = Pattern.compile("\"(?:id|token)\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = args[1];
        int users = Integer.parseInt(args[2]);
        int concurrency = Integer.parseInt(args[3]);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        String connection = field(send(client, "POST", base + "/api/v2/connections", admin,
                "{\"name\":\"events-bench\",\"strategy\":\"okta\"}"));
        send(client, "POST", base + "/api/v2/connections/" + connection + "/scim-configuration", admin, "{}");
        String token = field(send(client, "POST", base + "/api/v2/connections/" + connection
                + "/scim-configuration/tokens", admin, "{\"scopes\":[\"post:users\",\"patch:users\"]}"));
        String scim = base + "/scim/v2/connections/" + connection + "/Users";

        AtomicInteger received = new AtomicInteger();
        AtomicLong lastReceived = new AtomicLong();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        receiver.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            received.incrementAndGet();
            lastReceived.set(System.nanoTime());
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        receiver.start();

        create(client, scim, token, "warm", Math.min(users, 2000), concurrency);
        double before = create(client, scim, token, "a", users, concurrency);
        String stream = field(send(client, "POST", base + "/api/v2/event-streams", admin,
                "{\"name\":\"bench\",\"format\":\"cloudevents\",\"destination\":{\"type\":\"webhook\",\"url\":"
                        + "\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/events\"},"
                        + "\"subscriptions\":[{\"event_type\":\"user.created\"},{\"event_type\":\"user.updated\"}]}"));
        long start = System.nanoTime();
        double with = create(client, scim, token, "b", users, concurrency);
        double writesDone = seconds(start);
        while (received.get() < users && seconds(start) < 300) {
            Thread.sleep(20);
        }
        double delivered = (lastReceived.get() - start) / 1e9;
        send(client, "DELETE", base + "/api/v2/event-streams/" + stream, admin, null);
        double after = create(client, scim, token, "c", users, concurrency);
        receiver.stop(0);

        double without = (before + after) / 2;
        System.out.printf("| writes/s, no stream (before) | %.0f |%n", before);
        System.out.printf("| writes/s, one active stream | %.0f |%n", with);
        System.out.printf("| writes/s, no stream (after) | %.0f |%n", after);
        System.out.printf("| write path with one stream vs without (mean of before and after) | %+.1f %% |%n",
                (with / without - 1) * 100);
        System.out.printf("| %d creates written in | %.1f s |%n", users, writesDone);
        System.out.printf("| %d events received (%d requests) in, from the first write | %.1f s |%n", users,
                received.get(), delivered);
    }

    /** {@code count} SCIM creates, {@code concurrency} in flight; the writes per second. */
    private static double create(HttpClient client, String scim, String token, String prefix, int count,
                                 int concurrency) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        String name = prefix + System.nanoTime() + "-" + i;
                        HttpResponse<String> r = send(client, "POST", scim, token, """
                                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s@example.com",
                                 "externalId":"%s","name":{"givenName":"Bench","familyName":"User"},"active":true}"""
                                .formatted(name, name));
                        if (r.statusCode() != 201) {
                            throw new IllegalStateException("create answered " + r.statusCode() + ": " + r.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        return count / seconds(start);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String field(HttpResponse<String> response) {
        Matcher matcher = ID.matcher(response.body());
        if (response.statusCode() / 100 != 2 || !matcher.find()) {
            throw new IllegalStateException(response.statusCode() + ": " + response.body());
        }
        return matcher.group(1);
    }

    private static HttpResponse<String> send(HttpClient client, String method, String url, String bearer, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
