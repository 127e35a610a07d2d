package dev.inboundscim.domain.event;

import dev.inboundscim.domain.scim.value.ScimObject;

/**
 * An event as a CloudEvents 1.0 structured-mode JSON document (CloudEvents JSON format §3):
 * {@code specversion}, {@code id}, {@code source} {@code urn:inbound-scim:<tenant>:<connection_id>}, {@code type}
 * (the event type, as subscriptions name it), {@code subject} (the SCIM path of the resource), {@code time},
 * {@code datacontenttype} and {@code data}.
 */
public final class CloudEventDocument {

    public static final String CONTENT_TYPE = "application/cloudevents+json";
    /** CloudEvents' batched content mode (HTTP protocol binding §3.3): a JSON array of structured events. */
    public static final String BATCH_CONTENT_TYPE = "application/cloudevents-batch+json";

    private CloudEventDocument() {
    }

    public static ScimObject of(ProvisioningEvent event, String tenant) {
        ScimObject.Builder data = ScimObject.builder()
                .put("connection_id", event.connectionId())
                .put("resource_type", event.resourceType())
                .put("resource_id", event.resourceId())
                .put("resource", event.resource());
        if (!event.changed().isEmpty()) {
            data.put("changed_attributes", UserEventDetails.names(event.changed()));
        }
        if (!event.members().isEmpty()) {
            data.put("members", UserEventDetails.names(event.members()));
        }
        if (event.requestId() != null) {
            data.put("request_id", event.requestId());
        }
        return ScimObject.builder()
                .put("specversion", "1.0")
                .put("id", event.id())
                .put("source", "urn:inbound-scim:" + tenant + ":" + event.connectionId())
                .put("type", event.type().wireName())
                .put("subject", event.resourceUri())
                .put("time", event.time().toString())
                .put("datacontenttype", "application/json")
                .put("data", data.build())
                .build();
    }
}
