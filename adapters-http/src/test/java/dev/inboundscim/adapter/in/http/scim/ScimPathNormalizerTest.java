package dev.inboundscim.adapter.in.http.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScimPathNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "/scim/v2/connections/con_1/Users; /scim/v2/connections/con_1/Users",
            "/scim/v2/connections/con_1/users; /scim/v2/connections/con_1/Users",
            "/scim/v2/connections/con_1/Users/; /scim/v2/connections/con_1/Users",
            "/scim/v2/connections/con_1/GROUPS/grp_1; /scim/v2/connections/con_1/Groups/grp_1",
            "/scim/v2/connections/con_1/serviceConfiguration; /scim/v2/connections/con_1/ServiceProviderConfig",
            "/scim/v2/connections/con_1/Users/okta|a|b; /scim/v2/connections/con_1/Users/okta%7Ca%7Cb",
            "/scim/v2/connections/con_1/Users/waad|c|$%7B__UUID%7D; /scim/v2/connections/con_1/Users/waad%7Cc%7C$%7B__UUID%7D",
            "/scim/v2/connections/con_1/Users/okta%7Ca; /scim/v2/connections/con_1/Users/okta%7Ca",
            "/scim/v2/connections/con_1/Users/{x}; /scim/v2/connections/con_1/Users/%7Bx%7D",
            "/scim/v2/connections/con_1/Unknown; /scim/v2/connections/con_1/Unknown"})
    void rewritesPathsIntoTheRoutedSpelling(String raw, String expected) {
        assertEquals(expected, ScimPathNormalizer.normalize(raw));
    }
}
