package dev.inboundscim.domain.mapping.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.ProfilePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SortKeyTest {

    private final AttributeMapping okta = DefaultMappings.forStrategy(Strategy.OKTA);

    @Test
    void resolvesSortByThroughTheMapping() {
        assertEquals(new SortKey(ProfilePath.parse("preferred_username"), false, false),
                SortKey.of("userName", null, okta));
        assertEquals(new SortKey(ProfilePath.parse("given_name"), false, true),
                SortKey.of("name.givenName", "DESCENDING", okta));
        assertEquals(new SortKey(ProfilePath.parse("app_metadata.external_id"), true, false),
                SortKey.of("externalId", "ascending", okta));
        assertEquals(new SortKey(ProfilePath.parse("app_metadata.department"), false, false),
                SortKey.of("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", null, okta));
        assertEquals(new SortKey(null, false, false), SortKey.of("name.formatted", null, okta),
                "an attribute the mapping does not keep sorts nothing");
        assertNull(SortKey.of(null, "descending", okta));
    }

    @ParameterizedTest
    @ValueSource(strings = {"emails", "name", "shoeSize", "name.shoe", "emails[type eq \"work\"]"})
    void refusesSortKeysThatCannotOrderUsers(String sortBy) {
        BadRequestException error = assertThrows(BadRequestException.class, () -> SortKey.of(sortBy, null, okta));
        assertEquals(true, error.scimType().filter(t -> t == ScimType.INVALID_VALUE || t == ScimType.INVALID_PATH)
                .isPresent());
    }

    @Test
    void refusesUnknownSortOrders() {
        assertThrows(BadRequestException.class, () -> SortKey.of("userName", "sideways", okta));
    }
}
