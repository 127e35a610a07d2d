package dev.inboundscim.application.service.eventstream;

import dev.inboundscim.application.port.out.EventSink;
import dev.inboundscim.application.port.out.SecurityEventSigner;
import dev.inboundscim.application.service.signing.SigningKeys;
import dev.inboundscim.domain.event.CloudEventDocument;
import dev.inboundscim.domain.event.EventDestination;
import dev.inboundscim.domain.event.EventFormat;
import dev.inboundscim.domain.event.EventStream;
import dev.inboundscim.domain.event.ProvisioningEvent;
import dev.inboundscim.domain.event.SecurityEventClaims;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.signing.SigningKey;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Writes stored events in a stream's format: CloudEvents JSON, or a Security Event Token signed with the server's
 * current signing key (the one {@code /.well-known/jwks.json} publishes), {@code iss} the public base URL and
 * {@code aud} the stream's audience (default: its webhook URL, or its poll endpoint).
 */
public final class EventEncoder {

    private final SigningKeys keys;
    private final SecurityEventSigner signer;
    private final String tenant;
    private final Supplier<String> issuer;
    private final Clock clock;

    public EventEncoder(SigningKeys keys, SecurityEventSigner signer, String tenant, Supplier<String> issuer,
                        Clock clock) {
        this.keys = keys;
        this.signer = signer;
        this.tenant = tenant;
        this.issuer = issuer;
        this.clock = clock;
    }

    /** An encoder for one batch of {@code stream}: the signing key is read once. */
    Batch batch(EventStream stream) {
        return new Batch(stream, stream.format() == EventFormat.SET ? keys.current() : null);
    }

    final class Batch {
        private final EventStream stream;
        private final SigningKey key;

        private Batch(EventStream stream, SigningKey key) {
            this.stream = stream;
            this.key = key;
        }

        /** The event {@code entry} records, encoded; empty for an entry that is not an event. */
        Optional<Encoded> encode(LogEntry entry) {
            return ProvisioningEvent.of(entry).map(event -> new Encoded(event, switch (stream.format()) {
                case CLOUDEVENTS -> new EventSink.Json(CloudEventDocument.CONTENT_TYPE,
                        CloudEventDocument.of(event, tenant));
                case SET -> new EventSink.Token(SecurityEventClaims.CONTENT_TYPE, signer.sign(key,
                        SecurityEventClaims.of(event, issuer.get(), audience(stream), clock.instant())));
            }));
        }
    }

    /** CloudEvents {@code encoded} as one request in CloudEvents' batched content mode. */
    static EventSink.JsonBatch asBatch(List<Encoded> encoded) {
        return new EventSink.JsonBatch(CloudEventDocument.BATCH_CONTENT_TYPE, encoded.stream()
                .map(e -> ((EventSink.Json) e.payload()).document()).toList());
    }

    /** One event and how it goes over the wire. */
    record Encoded(ProvisioningEvent event, EventSink.Payload payload) {
    }

    private String audience(EventStream stream) {
        if (stream.audience() != null) {
            return stream.audience();
        }
        return switch (stream.destination()) {
            case EventDestination.Webhook webhook -> webhook.url().toString();
            case EventDestination.Poll poll -> issuer.get() + "/api/v2/event-streams/" + stream.id().value();
        };
    }
}
