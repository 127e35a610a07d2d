package dev.inboundscim.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A real HTTP endpoint on loopback standing in for a log stream's sink: it records every request it gets and answers
 * as the test tells it (accept, fail, or hold the request open until released).
 */
final class LogReceiver implements AutoCloseable {

    /** ACCEPT answers 200, FAIL 503, HOLD 200 once released, SLOW 200 half a second after it is released. */
    enum Mode { ACCEPT, FAIL, HOLD, SLOW }

    record Received(String authorization, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Received> requests = new ArrayList<>();
    private volatile Mode mode = Mode.ACCEPT;
    private volatile CountDownLatch held = new CountDownLatch(1);

    LogReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Requests held open must not stop the others: one thread each.
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Mode now = mode;
            synchronized (requests) {
                requests.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("Content-Type"), body));
            }
            if (now == Mode.HOLD || now == Mode.SLOW) {
                try {
                    held.await(30, TimeUnit.SECONDS);
                    if (now == Mode.SLOW) {
                        Thread.sleep(500);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(now == Mode.FAIL ? 503 : 200, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/logs";
    }

    void mode(Mode newMode) {
        if (newMode == Mode.HOLD || newMode == Mode.SLOW) {
            held = new CountDownLatch(1);
        }
        mode = newMode;
    }

    /** Answers the requests held open. */
    void release() {
        held.countDown();
    }

    List<Received> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Every event received, in arrival order, parsed from whatever format the request used. */
    List<JsonNode> events() {
        List<JsonNode> events = new ArrayList<>();
        for (Received request : requests()) {
            events.addAll(parse(request.body()));
        }
        return events;
    }

    /** The events of one connection, in arrival order. */
    List<JsonNode> eventsOf(String connectionId) {
        return events().stream().filter(e -> connectionId.equals(e.path("data").path("connection_id").asText()))
                .toList();
    }

    static List<JsonNode> parse(String body) {
        List<JsonNode> events = new ArrayList<>();
        try {
            String trimmed = body.trim();
            if (trimmed.startsWith("[")) {
                HttpClientSupport.JSON.readTree(trimmed).forEach(events::add);
            } else {
                for (String line : trimmed.split("\n")) {
                    if (!line.isBlank()) {
                        events.add(HttpClientSupport.JSON.readTree(line));
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError("the sink got a body that is not JSON: " + body, e);
        }
        return events;
    }

    static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
