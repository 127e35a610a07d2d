package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.bootstrap.HttpClientSupport.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7.1 and issue 13: beyond {@code MAX_CONCURRENT_REQUESTS} the server answers 503 at once; idle connections
 * and slow request heads (slowloris) neither slow other clients down nor stay open past their timeouts.
 */
class OverloadTest {

    private static final String SCOPES = "get:users post:users";

    private static TestServer start(Map<String, String> settings) {
        return TestServer.start(TestServer.postgres(), settings);
    }

    @Test
    void beyondTheConcurrencyLimitTheServerAnswers503AtOnce() throws Exception {
        try (TestServer server = start(Map.of("MAX_CONCURRENT_REQUESTS", "4"))) {
            HttpClientSupport http = server.client();
            ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", SCOPES);
            List<Socket> inFlight = new ArrayList<>();
            try {
                // Four requests whose bodies are still coming: each holds a permit while its handler reads. The
                // setup's last request may still hold one for its work after the answer (its audit entry, its
                // metrics): a held request refused meanwhile is replaced, so four permits end up held.
                for (int attempt = 0; attempt < 20 && inFlight.size() < 4; attempt++) {
                    while (inFlight.size() < 4) {
                        inFlight.add(heldRequest(server, endpoint));
                    }
                    Thread.sleep(200);
                    for (Socket socket : List.copyOf(inFlight)) {
                        if (!answered(socket).equals("nothing yet")) {
                            socket.close();
                            inFlight.remove(socket);
                        }
                    }
                }
                assertEquals(4, inFlight.size(), "four requests held");
                // On a loaded machine the four may take a moment to reach their handlers: until they hold their
                // permits a request is still served, and once they do, it must be refused at once.
                Instant deadline = Instant.now().plusSeconds(10);
                Reply refused;
                long elapsed;
                do {
                    Thread.sleep(100);
                    long start = System.nanoTime();
                    refused = http.get(endpoint.path() + "/ServiceProviderConfig", endpoint.token());
                    elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
                } while (refused.status() == 200 && Instant.now().isBefore(deadline));
                if (refused.status() != 503) {
                    throw new AssertionError("still served after 10 s; the held requests got: " + answers(inFlight));
                }
                ScimTestSupport.assertScimError(refused, 503);
                assertNotNull(refused.header("Retry-After"));
                assertTrue(elapsed < 500, "refused at once, not queued: " + elapsed + " ms");
            } finally {
                for (Socket socket : inFlight) {
                    socket.close();
                }
            }
            awaitServed(http, endpoint);
        }
    }

    /** A create whose body is still coming: its handler holds a permit while it waits for the rest. */
    private static Socket heldRequest(TestServer server, ScimEndpoint endpoint) throws IOException {
        Socket socket = new Socket("localhost", server.port());
        socket.getOutputStream().write(("POST " + endpoint.path() + "/Users HTTP/1.1\r\nHost: x\r\n"
                + "Authorization: Bearer " + endpoint.token() + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n{\"userName\"").getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    /** What each held socket has been answered so far, for a failure's message. */
    private static List<String> answers(List<Socket> sockets) throws IOException {
        List<String> answers = new ArrayList<>();
        for (Socket socket : sockets) {
            answers.add(answered(socket));
        }
        return answers;
    }

    /** What {@code socket} has been answered so far: "nothing yet" while its request is held. */
    private static String answered(Socket socket) throws IOException {
        socket.setSoTimeout(200);
        byte[] buffer = new byte[512];
        try {
            int read = socket.getInputStream().read(buffer);
            return read < 0 ? "closed" : new String(buffer, 0, read, StandardCharsets.US_ASCII);
        } catch (SocketTimeoutException e) {
            return "nothing yet";
        }
    }

    @Test
    void theServerWideLimitHoldsAllConnectionsTogether() {
        try (TestServer server = start(Map.of("RATE_LIMIT_PER_CONNECTION", "0", "RATE_LIMIT_TOTAL", "1"))) {
            HttpClientSupport http = server.client();
            ScimEndpoint first = ScimEndpoint.create(http, "okta", SCOPES);
            ScimEndpoint second = ScimEndpoint.create(http, "okta", SCOPES);
            assertEquals(200, http.get(first.path() + "/ServiceProviderConfig", first.token()).status());
            assertEquals(200, http.get(second.path() + "/ServiceProviderConfig", second.token()).status());
            Reply refused = http.get(first.path() + "/ServiceProviderConfig", first.token());
            ScimTestSupport.assertScimError(refused, 429);
            assertEquals("2", refused.header("X-RateLimit-Limit"), "the server's bucket: one a second, a burst of two");
        }
    }

    @Test
    void twoThousandIdleConnectionsAndTwoHundredSlowHeadsDoNotSlowAGet() throws Exception {
        try (TestServer server = start(Map.of());
             ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor()) {
            HttpClientSupport http = server.client();
            ScimEndpoint endpoint = ScimEndpoint.create(http, "okta", SCOPES);
            List<Socket> idle = open(server.port(), 2000);
            List<Socket> slow = open(server.port(), 200);
            try {
                for (Socket socket : slow) {
                    socket.getOutputStream().write(("GET " + endpoint.path() + "/Users HTTP/1.1\r\nHost: x\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                }
                trickle.scheduleAtFixedRate(() -> slow.forEach(s -> send(s, "X-Slow: 1\r\n")), 0, 500,
                        TimeUnit.MILLISECONDS);
                List<Long> latencies = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                    long start = System.nanoTime();
                    Reply reply = http.get(endpoint.path() + "/ServiceProviderConfig", endpoint.token());
                    latencies.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
                    assertEquals(200, reply.status(), reply.body());
                }
                List<Long> sorted = latencies.stream().sorted().toList();
                long p99 = sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
                System.out.println("GET with 2,000 idle and 200 slow clients: p50 " + sorted.get(sorted.size() / 2)
                        + " ms, p99 " + p99 + " ms, max " + sorted.getLast() + " ms");
                assertTrue(p99 < 100, "p99 " + p99 + " ms with 2,000 idle and 200 slow clients: " + sorted);
                assertEquals(2000, idle.stream().filter(s -> !s.isClosed()).count());
            } finally {
                trickle.shutdownNow();
                closeAll(idle);
                closeAll(slow);
            }
        }
    }

    @Test
    void slowHeadsAndIdleConnectionsAreCutAtTheirTimeouts() throws Exception {
        try (TestServer server = start(Map.of("REQUEST_HEAD_TIMEOUT_MS", "1000",
                "IDLE_CONNECTION_TIMEOUT_SECONDS", "2"));
             ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor()) {
            List<Socket> idle = open(server.port(), 100);
            List<Socket> slowHeaders = open(server.port(), 50);
            List<Socket> slowRequestLines = open(server.port(), 20);
            try {
                for (Socket socket : slowHeaders) {
                    send(socket, "GET /scim/v2/connections/con_AAAAAAAAAAAAAAAA/Users HTTP/1.1\r\nHost: x\r\n");
                }
                trickle.scheduleAtFixedRate(() -> {
                    slowHeaders.forEach(s -> send(s, "X-Slow: 1\r\n"));
                    slowRequestLines.forEach(s -> send(s, "G"));
                }, 0, 300, TimeUnit.MILLISECONDS);
                long start = System.nanoTime();
                assertAllClosedWithin(slowHeaders, Duration.ofMillis(2500), "slow headers");
                long headsCut = Duration.ofNanos(System.nanoTime() - start).toMillis();
                assertTrue(headsCut >= 900, "not before the head timeout: " + headsCut + " ms");
                System.out.println("50 slow heads cut after " + headsCut + " ms (head timeout 1000 ms)");
                assertAllClosedWithin(idle, Duration.ofSeconds(5), "idle connections");
                assertAllClosedWithin(slowRequestLines, Duration.ofSeconds(5), "slow request lines");
            } finally {
                trickle.shutdownNow();
                closeAll(idle);
                closeAll(slowHeaders);
                closeAll(slowRequestLines);
            }
        }
    }

    private static List<Socket> open(int port, int count) throws IOException {
        List<Socket> sockets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sockets.add(new Socket("localhost", port));
        }
        return sockets;
    }

    private static void send(Socket socket, String text) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(text.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // Cut by the server: what the test checks afterwards.
        }
    }

    /** Every socket sees the server close it (end of stream or reset) within {@code bound} from now. */
    private static void assertAllClosedWithin(List<Socket> sockets, Duration bound, String what) throws IOException {
        long end = System.nanoTime() + bound.toNanos();
        int open = 0;
        for (Socket socket : sockets) {
            int left = (int) Math.max(1, Duration.ofNanos(end - System.nanoTime()).toMillis());
            socket.setSoTimeout(left);
            if (!closedByServer(socket.getInputStream())) {
                open++;
            }
        }
        assertEquals(0, open, open + " of " + sockets.size() + " " + what + " still open after " + bound);
    }

    private static boolean closedByServer(InputStream in) {
        try {
            byte[] buffer = new byte[4096];
            while (in.read(buffer) >= 0) {
                // An error answer may come before the close; read on to the end.
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    private static void closeAll(List<Socket> sockets) {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing is all that is left to do.
            }
        }
    }

    private static void awaitServed(HttpClientSupport http, ScimEndpoint endpoint) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (http.get(endpoint.path() + "/ServiceProviderConfig", endpoint.token()).status() != 200) {
            assertTrue(System.nanoTime() < end, "served again once the slow requests are gone");
            Thread.sleep(50);
        }
    }
}
