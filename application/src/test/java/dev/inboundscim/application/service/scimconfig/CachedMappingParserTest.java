package dev.inboundscim.application.service.scimconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.RawMappingPair;
import dev.inboundscim.domain.scim.schema.UserSchemaSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stores read the same few mappings on every request: each raw form is parsed once. */
class CachedMappingParserTest {

    private static final UserSchemaSet STANDARD = UserSchemaSet.STANDARD;

    private static final RawMappingPair USER_NAME = new RawMappingPair("userName", "username");
    private static final RawMappingPair EXTERNAL_ID = new RawMappingPair("externalId", "app_metadata.external_id");

    private final CachedMappingParser parser = new CachedMappingParser();

    @Test
    void answersAnEqualRawFormWithTheMappingParsedBefore() {
        AttributeMapping first = parser.parse("userName", new ArrayList<>(List.of(USER_NAME, EXTERNAL_ID)), STANDARD);
        assertSame(first, parser.parse("userName", List.of(USER_NAME, EXTERNAL_ID), STANDARD));
        assertEquals(AttributeMapping.of("userName", List.of(USER_NAME, EXTERNAL_ID)), first);
    }

    @Test
    void parsesEachDistinctRawFormOnItsOwn() {
        AttributeMapping byUserName = parser.parse("userName", List.of(USER_NAME, EXTERNAL_ID), STANDARD);
        AttributeMapping byExternalId = parser.parse("externalId", List.of(USER_NAME, EXTERNAL_ID), STANDARD);
        assertNotEquals(byUserName, byExternalId);
        assertEquals("externalId", byExternalId.userIdAttribute().toString());
    }

    @Test
    void aListTheCallerChangesLaterDoesNotChangeWhatIsFound() {
        List<RawMappingPair> pairs = new ArrayList<>(List.of(USER_NAME, EXTERNAL_ID));
        AttributeMapping parsed = parser.parse("userName", pairs, STANDARD);
        pairs.remove(EXTERNAL_ID);
        assertEquals(1, parser.parse("userName", pairs, STANDARD).pairs().size());
        assertSame(parsed, parser.parse("userName", List.of(USER_NAME, EXTERNAL_ID), STANDARD));
    }

    @Test
    void refusesAnInvalidMappingEveryTime() {
        for (int i = 0; i < 2; i++) {
            assertThrows(BadRequestException.class, () -> parser.parse("displayName", List.of(USER_NAME), STANDARD));
        }
        assertThrows(BadRequestException.class, () -> parser.parse("userName", null, STANDARD));
    }
}
