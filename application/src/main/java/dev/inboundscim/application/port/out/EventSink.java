package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.event.EventDestination;
import dev.inboundscim.domain.scim.value.ScimObject;
import java.util.List;

/**
 * Pushes encoded events to a stream's webhook: one event (CloudEvents' structured mode, or an RFC 8935 SET push) or
 * a batch of CloudEvents (their batched mode) per request.
 */
public interface EventSink {

    /**
     * POSTs {@code event}, with the webhook's authorization header if it has one. Returns the receiver's verdict on
     * this event (or batch); throws {@link DeliveryException} when it should be tried again (a failure that says nothing about
     * the event: 5xx, another status, a timeout, no answer).
     */
    Verdict push(EventDestination.Webhook webhook, Payload event) throws DeliveryException, InterruptedException;

    /** An encoded event and its media type. */
    sealed interface Payload {
        String contentType();
    }

    /** A JSON document (a CloudEvent). */
    record Json(String contentType, ScimObject document) implements Payload {
    }

    /** JSON documents sent as one JSON array (CloudEvents' batched content mode). */
    record JsonBatch(String contentType, List<ScimObject> documents) implements Payload {
        public JsonBatch {
            documents = List.copyOf(documents);
        }
    }

    /** A compact JWS (a Security Event Token). */
    record Token(String contentType, String jws) implements Payload {
    }

    /** What the receiver said about the event. */
    sealed interface Verdict {
        int status();
    }

    /** Accepted (2xx; RFC 8935 §2.2 asks for 202). */
    record Accepted(int status) implements Verdict {
    }

    /**
     * Refused for good: an RFC 8935 §2.3 error ({@code 400} with {@code {"err", "description"}}); sending it again
     * cannot help, so it is recorded and dropped.
     */
    record Rejected(int status, String err, String description) implements Verdict {
    }
}
