package dev.inboundscim.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * A real HTTP client for the black-box tests: JSON in, status + headers + parsed JSON out. Every Management API answer
 * it receives is held to the OpenAPI document ({@link ManagementApiDocument}).
 */
final class HttpClientSupport {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final String base;
    /** The nodes requests go to, in turn (one unless the server runs as several nodes behind one address). */
    private final List<String> nodes;
    private final AtomicInteger next = new AtomicInteger();

    HttpClientSupport(int port) {
        this(List.of(port));
    }

    /**
     * A client of several nodes on one store, as a round-robin load balancer spreads requests: each request goes to
     * the next node; {@link #base()} is the first node's, which the others are told is the public address.
     */
    HttpClientSupport(List<Integer> ports) {
        this.nodes = ports.stream().map(port -> "http://localhost:" + port).toList();
        this.base = nodes.getFirst();
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A client of an HTTPS listener whose certificate {@code tls} trusts. */
    HttpClientSupport(int port, SSLContext tls) {
        this.base = "https://localhost:" + port;
        this.nodes = List.of(base);
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).sslContext(tls).build();
    }

    String base() {
        return base;
    }

    /** How many nodes the requests were spread over. */
    int nodesUsed() {
        return Math.min(next.get(), nodes.size());
    }

    Reply sendWithHeader(String method, String path, String bearer, String body, String header, String value) {
        return send(method, path, bearer, body, "application/scim+json", Map.of(header, value));
    }

    /** A request with any number of extra headers. */
    Reply sendWithHeaders(String method, String path, String bearer, String body, Map<String, String> headers) {
        return send(method, path, bearer, body, "application/scim+json", headers);
    }

    Reply send(String method, String path, String bearer, String body, String contentType) {
        return send(method, path, bearer, body, contentType, Map.of());
    }

    /** A request with a body of {@code contentType} and any number of extra headers. */
    Reply send(String method, String path, String bearer, String body, String contentType,
               Map<String, String> headers) {
        String node = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            holdToDocument(method, path, response);
            return new Reply(response.statusCode(), response, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fails the test when a Management API answer is not one the OpenAPI document describes. */
    private static void holdToDocument(String method, String path, HttpResponse<String> response) {
        String prefix = ManagementApiDocument.PREFIX;
        if (path.startsWith(prefix + "/") || path.startsWith(prefix + "?") || path.equals(prefix)) {
            ManagementApiDocument.get().problem(method, path, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), response.body())
                    .ifPresent(problem -> {
                        throw new AssertionError("The answer is not one the OpenAPI document describes: " + problem);
                    });
        }
    }

    Reply get(String path, String bearer) {
        return send("GET", path, bearer, null, null);
    }

    Reply post(String path, String bearer, String json) {
        return send("POST", path, bearer, json, "application/json");
    }

    Reply put(String path, String bearer, String json) {
        return send("PUT", path, bearer, json, "application/scim+json");
    }

    Reply delete(String path, String bearer) {
        return send("DELETE", path, bearer, null, null);
    }

    /** One answer. */
    record Reply(int status, HttpResponse<String> response, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("response is not JSON: " + body, e);
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }
}
