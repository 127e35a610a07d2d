package dev.inboundscim.domain.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.domain.connection.RoleMapping;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.ProfileToScim;
import dev.inboundscim.domain.mapping.RawMappingPair;
import dev.inboundscim.domain.mapping.ScimToProfile;
import dev.inboundscim.domain.scim.value.JsonText;
import dev.inboundscim.domain.scim.value.ScimObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The SCIM roles values role sync reads, whatever dialect sent them (SPEC §2, §12). */
class ScimRoleValuesTest {

    private static final AttributeMapping MAPPING = AttributeMapping.of("userName", List.of(
            new RawMappingPair("userName", "username"), new RawMappingPair("roles", "app_metadata.roles")));

    static Stream<Arguments> dialects() {
        return Stream.of(
                Arguments.of("Okta objects", "[{\"value\":\"admin\",\"display\":\"Administrator\",\"primary\":true},"
                        + "{\"value\":\"viewer\"}]", List.of("admin", "viewer")),
                Arguments.of("Entra JSON inside each value", "[{\"primary\":\"True\",\"type\":\"WindowsAzureActive"
                        + "DirectoryRole\",\"value\":\"{\\\"id\\\":\\\"7c0b\\\",\\\"value\\\":\\\"Admin\\\","
                        + "\\\"displayName\\\":\\\"Admin\\\"}\"}]", List.of("Admin")),
                Arguments.of("Entra element as one string",
                        "[\"{\\\"id\\\":\\\"7c0b\\\",\\\"value\\\":\\\"Admin\\\"}\"]", List.of("Admin")),
                Arguments.of("a whole list in one string", "[\"[{\\\"value\\\":\\\"Admin\\\"},{\\\"value\\\":"
                        + "\\\"Reader\\\"}]\"]", List.of("Admin", "Reader")),
                Arguments.of("plain strings", "[\"Admin\", 7]", List.of("Admin")),
                Arguments.of("no roles", "[]", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void readsTheValuesOfEveryDialectThroughTheMapping(String dialect, String roles, List<String> expected) {
        ScimObject resource = (ScimObject) JsonText.parse("{\"userName\":\"ada\",\"roles\":" + roles + "}")
                .orElseThrow();
        ScimObject view = ProfileToScim.convert(ScimToProfile.convert(resource, MAPPING), MAPPING);

        assertEquals(expected, ScimRoleValues.of(view));
    }

    @Test
    void aRoleMappingGrantsTheRolesOfTheValuesPresentIgnoringCase() {
        RoleMapping mapping = new RoleMapping(List.of(new RoleMapping.Entry("Admin", "rol_AAAAAAAAAAAAAAAA"),
                new RoleMapping.Entry("admin", "rol_BBBBBBBBBBBBBBBB"),
                new RoleMapping.Entry("Viewer", "rol_CCCCCCCCCCCCCCCC")));

        assertEquals(Set.of("rol_AAAAAAAAAAAAAAAA", "rol_BBBBBBBBBBBBBBBB"), mapping.granted(List.of("ADMIN", "x")));
        assertEquals(Set.of(), mapping.granted(List.of()));
    }

    @Test
    void refusesMalformedRoleMappings() {
        assertThrows(BadRequestException.class, () -> new RoleMapping.Entry("", "rol_AAAAAAAAAAAAAAAA"));
        assertThrows(BadRequestException.class, () -> new RoleMapping.Entry("Admin", "not-a-role"));
        assertThrows(BadRequestException.class, () -> new RoleMapping(List.of(
                new RoleMapping.Entry("Admin", "rol_AAAAAAAAAAAAAAAA"),
                new RoleMapping.Entry("ADMIN", "rol_AAAAAAAAAAAAAAAA"))));
    }
}
