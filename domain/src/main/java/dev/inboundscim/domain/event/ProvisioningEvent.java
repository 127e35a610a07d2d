package dev.inboundscim.domain.event;

import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One provisioning event as its receivers see it, read back from the log entry stored with the change: its id
 * ({@code evt_} + the log id, so a redelivery carries the same id and receivers can deduplicate), the resource after
 * the change, the changed attribute names of an update, and the users a membership event names.
 */
public record ProvisioningEvent(String id, String logId, EventType type, Instant time, String connectionId,
                                String resourceId, String externalId, ScimObject resource, List<String> changed,
                                List<String> members, String requestId) {

    public static final String ID_PREFIX = "evt_";

    public ProvisioningEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(resource, "resource");
        changed = List.copyOf(changed);
        members = List.copyOf(members);
    }

    /** The event {@code entry} records; empty when its type is not an event type. */
    public static Optional<ProvisioningEvent> of(LogEntry entry) {
        return EventType.of(entry.type()).map(type -> from(type, entry));
    }

    /** The log id an event id names, or empty when {@code eventId} is not one. */
    public static Optional<String> logId(String eventId) {
        return eventId != null && eventId.startsWith(ID_PREFIX) && eventId.length() > ID_PREFIX.length()
                ? Optional.of(eventId.substring(ID_PREFIX.length())) : Optional.empty();
    }

    /** The SCIM path of the resource: {@code /Users/<id>} or {@code /Groups/<id>} (RFC 9967 {@code sub_id}). */
    public String resourceUri() {
        return (type.aboutGroup() ? "/Groups/" : "/Users/") + resourceId;
    }

    public String resourceType() {
        return type.aboutGroup() ? "Group" : "User";
    }

    private static ProvisioningEvent from(EventType type, LogEntry entry) {
        ScimObject details = entry.details();
        String resourceId = text(details, type.aboutGroup() ? "group_id" : "user_id");
        if (resourceId == null) {
            resourceId = entry.userId();
        }
        ScimObject resource = details.get("resource").filter(ScimObject.class::isInstance)
                .map(ScimObject.class::cast).orElse(null);
        if (type.aboutRole()) {
            // The assignment: the role's id and name, and its source or organization (SPEC §12).
            resource = details;
        } else if (resource == null && type.aboutGroup()) {
            ScimObject.Builder group = ScimObject.builder().put("id", resourceId)
                    .put("displayName", text(details, "display_name"));
            if (text(details, "external_id") != null) {
                group.put("externalId", text(details, "external_id"));
            }
            resource = group.build();
        } else if (resource == null) {
            resource = ScimObject.builder().put("user_id", resourceId).build();
        }
        return new ProvisioningEvent(ID_PREFIX + entry.logId(), entry.logId(), type, entry.date(),
                entry.connectionId(), resourceId, text(details, "external_id"), resource, texts(details, "changed"),
                texts(details, "members"), text(details, "request_id"));
    }

    private static String text(ScimObject details, String name) {
        return details.get(name).filter(ScimString.class::isInstance).map(v -> ((ScimString) v).value())
                .orElse(null);
    }

    private static List<String> texts(ScimObject details, String name) {
        return details.get(name).filter(ScimArray.class::isInstance)
                .map(v -> ((ScimArray) v).values().stream().filter(ScimString.class::isInstance)
                        .map(ScimValue.class::cast).map(s -> ((ScimString) s).value()).toList())
                .orElse(List.of());
    }
}
