package dev.inboundscim.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimValue;
import dev.inboundscim.domain.user.Identity;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserKeys;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a {@code user.updated} event names as changed (SPEC §11): profile attributes, metadata keys, identities. */
class UserEventDetailsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final ScimObject BEFORE = ScimObject.builder()
            .put("given_name", "Ada").put("family_name", "Lovelace").put("blocked", ScimBoolean.FALSE)
            .put("app_metadata", ScimObject.builder().put("title", "Countess").put("city", "London").build())
            .build();

    private static User user(ScimObject attributes, List<Identity> identities) {
        return new User(new UserId("okta|acme|ada"), new ConnectionId("con_0123456789abcdef"), attributes,
                identities, UserKeys.of("ada", "ada"), NOW, NOW, 1);
    }

    static Stream<Arguments> changes() {
        ScimObject metadata = (ScimObject) BEFORE.get("app_metadata").orElseThrow();
        return Stream.of(
                Arguments.of(BEFORE, List.of()),
                Arguments.of(BEFORE.with("given_name", ScimValue.of("Grace")), List.of("given_name")),
                Arguments.of(BEFORE.with("blocked", ScimBoolean.TRUE).without("family_name"),
                        List.of("blocked", "family_name")),
                Arguments.of(BEFORE.with("nickname", ScimValue.of("A")), List.of("nickname")),
                Arguments.of(BEFORE.with("app_metadata", metadata.with("city", ScimValue.of("Paris"))
                        .with("team", ScimValue.of("R&D"))), List.of("app_metadata.city", "app_metadata.team")),
                Arguments.of(BEFORE.without("app_metadata"), List.of("app_metadata.city", "app_metadata.title")));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void namesWhatChangedSorted(ScimObject after, List<String> expected) {
        assertEquals(expected, UserEventDetails.changed(user(BEFORE, List.of()), user(after, List.of())));
    }

    @Test
    void namesALinkedIdentity() {
        Identity linked = new Identity("other", "oidc", "x", false);
        assertEquals(List.of("identities"),
                UserEventDetails.changed(user(BEFORE, List.of()), user(BEFORE, List.of(linked))));
    }
}
