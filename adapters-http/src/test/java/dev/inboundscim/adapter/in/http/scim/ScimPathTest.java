package dev.inboundscim.adapter.in.http.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScimPathTest {

    @Test
    void takesTheConnectionEndpointAndResourceApart() {
        assertEquals(new ScimPath("con_1", "Users", null), ScimPath.parse("/scim/v2/connections/con_1/Users"));
        assertEquals(new ScimPath("con_1", "Users", "okta|a/b"),
                ScimPath.parse("/scim/v2/connections/con_1/Users/okta|a/b"));
        assertEquals(new ScimPath("con_1", ".search", null), ScimPath.parse("/scim/v2/connections/con_1/.search"));
        assertEquals(new ScimPath("con_1", "Schemas", "urn:ietf:params:scim:schemas:core:2.0:User"),
                ScimPath.parse("/scim/v2/connections/con_1/Schemas/urn:ietf:params:scim:schemas:core:2.0:User"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/scim/v2", "/scim/v2/Users", "/scim/v2/connections/", "/scim/v2/connections/con_1",
            "/scim/v2/connections/con_1/", "/scim/v2/connections//Users", "/scim/v2/connections/con_1/Users/",
            "/scim/v2/connections/con_1//x", "/scim/v1/connections/con_1/Users"})
    void refusesPathsThatNameNoEndpoint(String path) {
        assertNull(ScimPath.parse(path));
    }

    @Test
    void tellsEndpointsFromSingleAndNestedResources() {
        assertTrue(ScimPath.parse("/scim/v2/connections/c/Groups").isEndpoint());
        assertFalse(ScimPath.parse("/scim/v2/connections/c/Groups").isSingleSegment());
        assertTrue(ScimPath.parse("/scim/v2/connections/c/Groups/grp_1").isSingleSegment());
        assertFalse(ScimPath.parse("/scim/v2/connections/c/Groups/grp_1/x").isSingleSegment());
        assertFalse(ScimPath.parse("/scim/v2/connections/c/Groups/grp_1/x").isEndpoint());
    }
}
