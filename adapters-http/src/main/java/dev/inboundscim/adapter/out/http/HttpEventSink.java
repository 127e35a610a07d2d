package dev.inboundscim.adapter.out.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inboundscim.application.port.out.DeliveryException;
import dev.inboundscim.application.port.out.EventSink;
import dev.inboundscim.domain.event.EventDestination;
import dev.inboundscim.domain.scim.value.ScimObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Pushes events through {@link HttpPoster}: a CloudEvent as its structured-mode JSON (a batch as their JSON array,
 * CloudEvents' batched mode), a Security Event Token as
 * RFC 8935 asks ({@code application/secevent+jwt}, {@code Accept: application/json}). Any 2xx accepts the event; a
 * 400 whose body is an RFC 8935 §2.3 error ({@code {"err": …}}) refuses it for good; anything else is a failure to
 * retry. Redirects are not followed. Messages name statuses and exception classes, never the authorization.
 */
public final class HttpEventSink implements EventSink {

    private static final int MAX_ERROR_BODY = 4096;

    private final HttpPoster poster = new HttpPoster("inbound-scim-server event stream");
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
            case JsonBatch batch -> array(batch);
            case Token token -> token.jws().getBytes(StandardCharsets.US_ASCII);
        };
        HttpPoster.Answer answer = poster.exchange(webhook.url(), event.contentType(), body,
                webhook.authorization(), MAX_ERROR_BODY);
        int status = answer.status();
        if (answer.accepted()) {
            return new Accepted(status);
        }
        if (status == 400 && event instanceof Token) {
            JsonNode error = errorBody(answer.body());
            if (error != null) {
                return new Rejected(status, error.get("err").asText(),
                        error.hasNonNull("description") ? error.get("description").asText() : null);
            }
        }
        throw new DeliveryException("the endpoint answered HTTP " + status);
    }

    private byte[] array(JsonBatch batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 * batch.documents().size());
        out.write('[');
        for (int i = 0; i < batch.documents().size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(json.apply(batch.documents().get(i)));
        }
        out.write(']');
        return out.toByteArray();
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
