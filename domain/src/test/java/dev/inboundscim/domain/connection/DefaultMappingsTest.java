package dev.inboundscim.domain.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.RawMappingPair;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DefaultMappingsTest {

    static Stream<Arguments> defaults() {
        return Stream.of(
                Arguments.of(Strategy.OKTA, 32, "externalId", "preferred_username", "emails[primary eq true].value"),
                Arguments.of(Strategy.WAAD, 30, "externalId", "upn", "emails[type eq \"work\"].value"),
                Arguments.of(Strategy.SAMLP, 32, "userName", "username", "emails[primary eq true].value"),
                Arguments.of(Strategy.OIDC, 32, "externalId", "preferred_username", "emails[primary eq true].value"));
    }

    @ParameterizedTest
    @MethodSource("defaults")
    void defaultMappingHasTheDocumentedShape(Strategy strategy, int pairs, String userIdAttribute,
                                             String userNameTarget, String emailSource) {
        AttributeMapping mapping = DefaultMappings.forStrategy(strategy);
        assertEquals(pairs, mapping.pairs().size());
        assertEquals(userIdAttribute, mapping.userIdAttribute().toString());
        assertTrue(mapping.raw().contains(new RawMappingPair("userName", userNameTarget)));
        assertTrue(mapping.raw().contains(new RawMappingPair(emailSource, "email")));
        assertTrue(mapping.raw().contains(new RawMappingPair("active", "blocked")));
        assertTrue(mapping.raw().contains(new RawMappingPair(
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.manager", "app_metadata.manager")));
    }

    @ParameterizedTest
    @MethodSource("defaults")
    void rawFormParsesBackToTheSameMapping(Strategy strategy) {
        AttributeMapping mapping = DefaultMappings.forStrategy(strategy);
        assertEquals(mapping, AttributeMapping.of(mapping.userIdAttribute().toString(), mapping.raw()));
    }
}
