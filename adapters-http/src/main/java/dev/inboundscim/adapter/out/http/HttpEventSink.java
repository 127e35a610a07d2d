package dev.inboundscim.adapter.out.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inboundscim.application.port.out.DeliveryException;
import dev.inboundscim.application.port.out.EventSink;
import dev.inboundscim.domain.event.EventDestination;
import dev.inboundscim.domain.scim.value.ScimObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

/**
 * Pushes events with the JDK's HTTP client: a CloudEvent as its structured-mode JSON, a Security Event Token as
 * RFC 8935 asks ({@code application/secevent+jwt}, {@code Accept: application/json}). Any 2xx accepts the event; a
 * 400 whose body is an RFC 8935 §2.3 error ({@code {"err": …}}) refuses it for good; anything else is a failure to
 * retry. Redirects are not followed. Messages name statuses and exception classes, never the authorization.
 */
public final class HttpEventSink implements EventSink {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_ERROR_BODY = 4096;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper mapper;
    private final Function<ScimObject, byte[]> json;

    /** {@code json} writes a JSON document as the Management API does. */
    public HttpEventSink(ObjectMapper mapper, Function<ScimObject, byte[]> json) {
        this.mapper = mapper;
        this.json = json;
    }

    @Override
    public Verdict push(EventDestination.Webhook webhook, Payload event)
            throws DeliveryException, InterruptedException {
        byte[] body = switch (event) {
            case Json document -> json.apply(document.document());
            case Token token -> token.jws().getBytes(StandardCharsets.US_ASCII);
        };
        HttpRequest.Builder request = HttpRequest.newBuilder(webhook.url())
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", event.contentType())
                .header("Accept", "application/json")
                .header("User-Agent", "inbound-scim-server event stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (webhook.authorization() != null) {
            request.header("Authorization", webhook.authorization());
        }
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new DeliveryException("no answer within " + REQUEST_TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            throw new DeliveryException("cannot reach the endpoint: " + e.getClass().getSimpleName());
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return new Accepted(status);
        }
        if (status == 400 && event instanceof Token) {
            JsonNode error = errorBody(response.body());
            if (error != null) {
                return new Rejected(status, error.get("err").asText(),
                        error.hasNonNull("description") ? error.get("description").asText() : null);
            }
        }
        throw new DeliveryException("the endpoint answered HTTP " + status);
    }

    /** The RFC 8935 §2.3 error object, or null when the body is not one. */
    private JsonNode errorBody(byte[] body) {
        if (body == null || body.length == 0 || body.length > MAX_ERROR_BODY) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(body);
            return node != null && node.isObject() && node.hasNonNull("err") && node.get("err").isTextual()
                    ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}
