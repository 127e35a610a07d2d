package dev.inboundscim.adapter.in.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inboundscim.adapter.in.http.error.ApiErrorAnswers;
import dev.inboundscim.adapter.in.http.error.ApiErrors;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** One API on a random port of a real Helidon server, and a client for it: the edge as clients meet it. */
public final class EdgeServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    public EdgeServer(String prefix, HttpService api, ApiErrorAnswers errors) {
        this.server = WebServer.builder().port(0)
                .routing(routing -> routing.register(prefix, api).error(RuntimeException.class,
                        new ApiErrors(List.of(errors))))
                .build().start();
    }

    /** What the server answered. */
    public record Reply(int status, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Sends {@code method} to {@code path} with a bearer {@code token} and a JSON {@code body}, either null. */
    public Reply send(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
