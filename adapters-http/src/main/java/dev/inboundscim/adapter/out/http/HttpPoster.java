package dev.inboundscim.adapter.out.http;

import dev.inboundscim.application.port.out.DeliveryException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * POSTs a body with the JDK's HTTP client for the background deliveries (log streams, back-channel logout). Only a
 * 2xx answer counts as delivered; redirects are not followed (a moved endpoint must be reconfigured, not guessed).
 */
final class HttpPoster {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String userAgent;

    HttpPoster(String userAgent) {
        this.userAgent = userAgent;
    }

    /** Posts {@code body}; {@code authorization} (null: none) is sent as the Authorization header. */
    void post(URI url, String contentType, byte[] body, String authorization)
            throws DeliveryException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", contentType)
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<Void> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            throw new DeliveryException("no answer within " + REQUEST_TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            throw new DeliveryException("cannot reach the endpoint: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        if (response.statusCode() / 100 != 2) {
            throw new DeliveryException("the endpoint answered HTTP " + response.statusCode());
        }
    }
}
