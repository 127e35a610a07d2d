package dev.inboundscim.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The SET claims and the CloudEvent of stored events (RFC 8417, RFC 9967, CloudEvents 1.0). */
class SecurityEventClaimsTest {

    private static final Instant CHANGED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant SIGNED = CHANGED.plusSeconds(3);

    private static ProvisioningEvent event(LogType type, ScimObject details) {
        return ProvisioningEvent.of(new LogEntry("17648800000000000abcdefgh", type, CHANGED, "con_0123456789abcdef",
                "d", null, null, null, details)).orElseThrow();
    }

    private static ScimArray strings(String... values) {
        return new ScimArray(Arrays.stream(values).<ScimValue>map(ScimString::new).toList());
    }

    @Test
    void anUpdateCarriesTheResourceAndWhatChanged() {
        ScimObject resource = ScimObject.builder().put("user_id", "okta|acme|ada").put("given_name", "Grace")
                .build();
        ProvisioningEvent updated = event(LogType.USER_UPDATED, ScimObject.builder().put("user_id", "okta|acme|ada")
                .put("resource", resource).put("changed", strings("given_name"))
                .put("request_id", "req-1").build());

        ScimObject claims = SecurityEventClaims.of(updated, "https://scim.example.com", "https://rp", SIGNED);

        assertEquals(ScimObject.builder()
                .put("iss", "https://scim.example.com")
                .put("aud", "https://rp")
                .put("jti", "evt_17648800000000000abcdefgh")
                .put("iat", ScimNumber.of(SIGNED.getEpochSecond()))
                .put("toe", ScimNumber.of(CHANGED.getEpochSecond()))
                .put("sub_id", ScimObject.builder().put("format", "scim").put("uri", "/Users/okta|acme|ada").build())
                .put("txn", "req-1")
                .put("events", ScimObject.builder().put("urn:ietf:params:scim:event:prov:put:full",
                        ScimObject.builder().put("data", resource).put("attributes", strings("given_name")).build())
                        .build())
                .build(), claims);
    }

    @Test
    void membershipEventsNameTheGroupAndTheMembers() {
        ProvisioningEvent joined = event(LogType.GROUP_MEMBER_ADDED, ScimObject.builder().put("group_id", "grp_1")
                .put("display_name", "Admins").put("external_id", "ext-1").put("members", strings("u1", "u2"))
                .build());

        ScimObject claims = SecurityEventClaims.of(joined, "https://scim.example.com", "https://rp", SIGNED);

        assertEquals(ScimObject.builder().put("format", "scim").put("uri", "/Groups/grp_1").put("externalId", "ext-1")
                .build(), claims.get("sub_id").orElseThrow());
        assertEquals(ScimObject.builder().put("urn:ietf:params:scim:event:feed:add",
                ScimObject.builder().put("members", strings("u1", "u2")).build()).build(),
                claims.get("events").orElseThrow());
        assertTrue(claims.get("txn").isEmpty(), "no request: no txn");
    }

    @Test
    void aCloudEventNamesItsSourceTypeAndSubject() {
        ProvisioningEvent deleted = event(LogType.USER_DELETED, ScimObject.builder().put("user_id", "okta|acme|ada")
                .build());

        ScimObject cloudEvent = CloudEventDocument.of(deleted, "acme");

        assertEquals(new ScimString("1.0"), cloudEvent.get("specversion").orElseThrow());
        assertEquals(new ScimString("urn:inbound-scim:acme:con_0123456789abcdef"),
                cloudEvent.get("source").orElseThrow());
        assertEquals(new ScimString("user.deleted"), cloudEvent.get("type").orElseThrow());
        assertEquals(new ScimString("/Users/okta|acme|ada"), cloudEvent.get("subject").orElseThrow());
        assertEquals(new ScimString(CHANGED.toString()), cloudEvent.get("time").orElseThrow());
    }
}
