package dev.inboundscim.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;

/**
 * A loopback token endpoint for scimono's OAuth client, which asks for a token with {@code grant_type} in the query
 * string and an empty body. RFC 6749 §4.4.2 puts the parameters in an {@code application/x-www-form-urlencoded}
 * body, and the server's token endpoint (SPEC §9) rightly insists on it; this adapter moves the query into a form
 * body and forwards the request, HTTP Basic client authentication included, to the connection's real endpoint.
 */
final class ScimonoTokenAdapter implements AutoCloseable {

    private final HttpServer server;
    private final URI tokenEndpoint;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ScimonoTokenAdapter(HttpServer server, URI tokenEndpoint) {
        this.server = server;
        this.tokenEndpoint = tokenEndpoint;
        server.createContext("/token", this::forward);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** An adapter in front of {@code tokenEndpoint}, listening on a free loopback port. */
    static ScimonoTokenAdapter start(URI tokenEndpoint) {
        try {
            return new ScimonoTokenAdapter(HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0), tokenEndpoint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where scimono asks for tokens ({@code oauth.service.url}). */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
    }

    private void forward(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        HttpRequest.Builder request = HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query == null ? "" : query));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.statusCode(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(503, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
