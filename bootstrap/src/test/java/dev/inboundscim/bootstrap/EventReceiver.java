package dev.inboundscim.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real webhook on loopback standing in for an event stream's receiver: it records every request and answers each
 * as the test decides (by default 202, as RFC 8935 asks). CloudEvents are read back with the CloudEvents Java SDK,
 * so what the server sends is checked by an independent implementation of the format.
 */
final class EventReceiver implements AutoCloseable {

    record Received(String authorization, String contentType, String body) {
    }

    /** An answer: a status and a JSON body (null: none). */
    record Answer(int status, String body) {
        static final Answer ACCEPTED = new Answer(202, null);
        static final Answer UNAVAILABLE = new Answer(503, null);
    }

    private static final EventFormat CLOUDEVENTS = EventFormatProvider.getInstance()
            .resolveFormat(JsonFormat.CONTENT_TYPE);

    private final HttpServer server;
    private final List<Received> accepted = new ArrayList<>();
    private final List<Received> all = new ArrayList<>();
    private volatile Function<Received, Answer> answers = request -> Answer.ACCEPTED;
    private final AtomicInteger inFlight = new AtomicInteger();

    EventReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Received received = new Received(exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body);
            inFlight.incrementAndGet();
            Answer answer;
            try {
                answer = answers.apply(received);
            } finally {
                inFlight.decrementAndGet();
            }
            synchronized (all) {
                all.add(received);
                if (answer.status() / 100 == 2) {
                    accepted.add(received);
                }
            }
            byte[] reply = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
            if (answer.body() != null) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(answer.status(), reply.length == 0 ? -1 : reply.length);
            if (reply.length > 0) {
                exchange.getResponseBody().write(reply);
            }
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
    }

    /** How many requests wait for their answer now. */
    int inFlight() {
        return inFlight.get();
    }

    void answer(Function<Received, Answer> decide) {
        answers = decide;
    }

    /** Every request, accepted or not, in arrival order. */
    List<Received> requests() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    /** The requests answered 2xx, in arrival order. */
    List<Received> accepted() {
        synchronized (all) {
            return List.copyOf(accepted);
        }
    }

    /** The accepted CloudEvents, parsed by the SDK. */
    List<CloudEvent> cloudEvents() {
        return accepted().stream().map(r -> CLOUDEVENTS.deserialize(r.body().getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    /**
     * The CloudEvents of one accepted request in CloudEvents' batched content mode (a JSON array of structured
     * events), each parsed by the SDK.
     */
    static List<CloudEvent> batch(Received request) {
        try {
            List<CloudEvent> events = new ArrayList<>();
            for (JsonNode element : HttpClientSupport.JSON.readTree(request.body())) {
                events.add(CLOUDEVENTS.deserialize(HttpClientSupport.JSON.writeValueAsBytes(element)));
            }
            return events;
        } catch (IOException e) {
            throw new AssertionError("not a JSON array of CloudEvents: " + request.body(), e);
        }
    }

    /** The accepted CloudEvents whose source names {@code connectionId}. */
    List<CloudEvent> cloudEventsOf(String connectionId) {
        return cloudEvents().stream().filter(e -> e.getSource().toString().endsWith(":" + connectionId)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
