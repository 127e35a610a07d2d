package dev.inboundscim.adapter.out.http;

import dev.inboundscim.application.port.out.DeliveryException;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;

/**
 * POSTs a body for the background deliveries (log streams, back-channel logout, event streams) with Helidon's
 * blocking client, which costs a third of the CPU of the JDK's asynchronous one per request (docs/benchmarks.md):
 * deliveries share the machine with the writes they report. Redirects are not followed (a moved endpoint must be
 * reconfigured, not guessed). Messages name statuses and exception classes, never the authorization.
 */
final class HttpPoster {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final WebClient client = WebClient.builder()
            .connectTimeout(CONNECT_TIMEOUT)
            .readTimeout(REQUEST_TIMEOUT)
            .followRedirects(false)
            // The whole body is known before sending: no 100-continue round trip a receiver might not answer.
            .sendExpectContinue(false)
            .build();
    private final String userAgent;

    HttpPoster(String userAgent) {
        this.userAgent = userAgent;
    }

    /** The receiver's status and at most {@code maxBody} bytes of its answer (none when it is longer). */
    record Answer(int status, byte[] body) {
        boolean accepted() {
            return status / 100 == 2;
        }
    }

    /** Posts {@code body}; only a 2xx answer counts as delivered. */
    void post(URI url, String contentType, byte[] body, String authorization)
            throws DeliveryException, InterruptedException {
        Answer answer = exchange(url, contentType, body, authorization, 0);
        if (!answer.accepted()) {
            throw new DeliveryException("the endpoint answered HTTP " + answer.status());
        }
    }

    /** Posts {@code body} with {@code Accept: application/json} and answers whatever the receiver said. */
    Answer exchange(URI url, String contentType, byte[] body, String authorization, int maxBody)
            throws DeliveryException, InterruptedException {
        var request = client.post().uri(url)
                .header(HeaderNames.CONTENT_TYPE, contentType)
                .header(HeaderNames.ACCEPT, "application/json")
                .header(HeaderNames.USER_AGENT, userAgent);
        if (authorization != null) {
            request.header(HeaderNames.AUTHORIZATION, authorization);
        }
        try (HttpClientResponse response = request.submit(body)) {
            int status = response.status().code();
            return new Answer(status, maxBody == 0 ? new byte[0] : bounded(response.inputStream(), maxBody));
        } catch (UncheckedIOException | IOException e) {
            throw failure(e);
        } catch (RuntimeException e) {
            // Helidon reports some socket failures as other unchecked exceptions; an interrupt shows as one too.
            throw failure(e);
        }
    }

    private static byte[] bounded(InputStream in, int maxBody) throws IOException {
        byte[] read = in.readNBytes(maxBody + 1);
        return read.length > maxBody ? new byte[0] : read;
    }

    private static DeliveryException failure(Exception e) throws InterruptedException {
        if (Thread.interrupted()) {
            // Stopping mid-request (the socket of a virtual thread is closed by the interrupt): not a failure.
            throw new InterruptedException("interrupted while posting");
        }
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof SocketTimeoutException) {
            return new DeliveryException("no answer within " + REQUEST_TIMEOUT.toSeconds() + " s");
        }
        return new DeliveryException("cannot reach the endpoint: " + cause.getClass().getSimpleName());
    }
}
