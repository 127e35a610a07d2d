package dev.inboundscim.domain.event;

import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.time.Instant;
import java.util.List;

/**
 * The claims of an event's Security Event Token (RFC 8417 §2.2, RFC 9967 §2): {@code iss}, {@code aud}, {@code jti}
 * (the event id, stable across redeliveries), {@code iat}, {@code toe} (when the change happened), {@code txn} (the
 * request id), {@code sub_id} in the {@code scim} format and one event keyed by its RFC 9967 URI. Full events carry
 * the resource as {@code data}; updates name what changed in {@code attributes}; membership events name the users
 * that joined or left in {@code members}.
 */
public final class SecurityEventClaims {

    public static final String TOKEN_TYPE = "secevent+jwt";
    public static final String CONTENT_TYPE = "application/secevent+jwt";

    private SecurityEventClaims() {
    }

    public static ScimObject of(ProvisioningEvent event, String issuer, String audience, Instant issuedAt) {
        ScimObject.Builder subject = ScimObject.builder().put("format", "scim").put("uri", event.resourceUri());
        if (event.externalId() != null) {
            subject.put("externalId", event.externalId());
        }
        ScimObject.Builder claims = ScimObject.builder()
                .put("iss", issuer)
                .put("aud", audience)
                .put("jti", event.id())
                .put("iat", ScimNumber.of(issuedAt.getEpochSecond()))
                .put("toe", ScimNumber.of(event.time().getEpochSecond()))
                .put("sub_id", subject.build());
        if (event.requestId() != null) {
            claims.put("txn", event.requestId());
        }
        return claims.put("events", ScimObject.builder().put(event.type().setUri(), payload(event)).build()).build();
    }

    private static ScimObject payload(ProvisioningEvent event) {
        ScimObject.Builder payload = ScimObject.builder();
        switch (event.type()) {
            case USER_CREATED, GROUP_CREATED -> payload.put("data", event.resource());
            case USER_UPDATED -> payload.put("data", event.resource()).put("attributes", names(event.changed()));
            case GROUP_UPDATED -> payload.put("attributes", names(event.changed()));
            case GROUP_MEMBER_ADDED, GROUP_MEMBER_DELETED -> payload.put("members", names(event.members()));
            case USER_DELETED, USER_DEACTIVATED, USER_RESTORED, GROUP_DELETED -> {
                // RFC 9967: delete, activate and deactivate carry no payload; sub_id names the resource.
            }
        }
        return payload.build();
    }

    private static ScimArray names(List<String> names) {
        return new ScimArray(names.stream().<ScimValue>map(ScimString::new)
                .toList());
    }
}
