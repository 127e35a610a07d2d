package dev.inboundscim.domain.scim.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.scim.schema.UserSchemas;
import dev.inboundscim.domain.scim.value.JsonText;
import dev.inboundscim.domain.scim.value.ScimObject;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RFC 7644 §3.5.2 and the Entra/Okta dialect: resource + operations → exact resource, or one error. */
class PatchEngineTest {

    private static final String BASE = """
            {"userName":"bjensen","name":{"givenName":"Barbara","familyName":"Jensen"},"active":true,
             "emails":[{"type":"work","value":"b@work.com","primary":true},{"type":"home","value":"b@home.org"}],
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"R&D"}}""";

    private static ScimObject json(String text) {
        return (ScimObject) JsonText.parse(text).orElseThrow(() -> new IllegalArgumentException(text));
    }

    private static ScimObject patch(String operations) {
        return PatchEngine.apply(json(BASE), PatchRequest.parse(json(
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":" + operations + "}"))
                .operations(), UserSchemas.SET);
    }

    /** BASE with one top-level field replaced (or added), to state expectations briefly. */
    private static ScimObject baseWith(String field, String value) {
        return json(BASE).with(field, JsonText.parse(value).orElseThrow());
    }

    private static ScimObject baseWithout(String field) {
        return json(BASE).without(field);
    }

    static Stream<Arguments> patches() {
        String enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
        return Stream.of(
                Arguments.of("replace a simple attribute",
                        "[{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"babs\"}]",
                        baseWith("userName", "\"babs\"")),
                Arguments.of("Entra's capitalised op and boolean string",
                        "[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]",
                        baseWith("active", "\"False\"")),
                Arguments.of("Okta's no-path replace of active",
                        "[{\"op\":\"replace\",\"value\":{\"active\":false}}]",
                        baseWith("active", "false")),
                Arguments.of("no-path replace with dotted keys",
                        "[{\"op\":\"replace\",\"value\":{\"name.givenName\":\"Babs\",\"displayName\":\"B J\"}}]",
                        baseWith("name", "{\"givenName\":\"Babs\",\"familyName\":\"Jensen\"}")
                                .with("displayName", JsonText.parse("\"B J\"").orElseThrow())),
                Arguments.of("replace of a complex attribute merges its sub-attributes",
                        "[{\"op\":\"replace\",\"path\":\"name\",\"value\":{\"familyName\":\"J\"}}]",
                        baseWith("name", "{\"givenName\":\"Barbara\",\"familyName\":\"J\"}")),
                Arguments.of("sub-attribute path",
                        "[{\"op\":\"add\",\"path\":\"name.middleName\",\"value\":\"Q\"}]",
                        baseWith("name", "{\"givenName\":\"Barbara\",\"familyName\":\"Jensen\",\"middleName\":\"Q\"}")),
                Arguments.of("filtered replace of a sub-attribute",
                        "[{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"n@w.com\"}]",
                        baseWith("emails", "[{\"type\":\"work\",\"value\":\"n@w.com\",\"primary\":true},"
                                + "{\"type\":\"home\",\"value\":\"b@home.org\"}]")),
                Arguments.of("filtered add creates the missing element (Entra)",
                        "[{\"op\":\"Add\",\"path\":\"phoneNumbers[type eq \\\"mobile\\\"].value\",\"value\":\"+1\"}]",
                        baseWith("phoneNumbers", "[{\"type\":\"mobile\",\"value\":\"+1\"}]")),
                Arguments.of("add to a multi-valued attribute appends",
                        "[{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"type\":\"other\",\"value\":\"o@x\"}]}]",
                        baseWith("emails", "[{\"type\":\"work\",\"value\":\"b@work.com\",\"primary\":true},"
                                + "{\"type\":\"home\",\"value\":\"b@home.org\"},{\"type\":\"other\",\"value\":\"o@x\"}]")),
                Arguments.of("replace of a multi-valued attribute replaces all",
                        "[{\"op\":\"replace\",\"path\":\"emails\",\"value\":[{\"value\":\"only@x\"}]}]",
                        baseWith("emails", "[{\"value\":\"only@x\"}]")),
                Arguments.of("remove a filtered element",
                        "[{\"op\":\"remove\",\"path\":\"emails[type eq \\\"home\\\"]\"}]",
                        baseWith("emails", "[{\"type\":\"work\",\"value\":\"b@work.com\",\"primary\":true}]")),
                Arguments.of("remove elements named by a value array (Entra)",
                        "[{\"op\":\"Remove\",\"path\":\"emails\",\"value\":[{\"value\":\"b@home.org\"}]}]",
                        baseWith("emails", "[{\"type\":\"work\",\"value\":\"b@work.com\",\"primary\":true}]")),
                Arguments.of("remove the whole attribute",
                        "[{\"op\":\"remove\",\"path\":\"emails\"}]", baseWithout("emails")),
                Arguments.of("remove a filter matching nothing is harmless",
                        "[{\"op\":\"remove\",\"path\":\"emails[type eq \\\"fax\\\"]\"}]", json(BASE)),
                Arguments.of("enterprise attribute with ':' (Entra)",
                        "[{\"op\":\"replace\",\"path\":\"" + enterprise + ":department\",\"value\":\"Ops\"}]",
                        baseWith(enterprise, "{\"department\":\"Ops\"}")),
                Arguments.of("enterprise attribute with '.' (Auth0)",
                        "[{\"op\":\"add\",\"path\":\"" + enterprise + ".costCenter\",\"value\":\"42\"}]",
                        baseWith(enterprise, "{\"department\":\"R&D\",\"costCenter\":\"42\"}")),
                Arguments.of("manager as a bare string (Entra)",
                        "[{\"op\":\"Add\",\"path\":\"" + enterprise + ":manager\",\"value\":\"m-1\"}]",
                        baseWith(enterprise, "{\"department\":\"R&D\",\"manager\":\"m-1\"}")),
                Arguments.of("no-path add with an extension object",
                        "[{\"op\":\"add\",\"value\":{\"" + enterprise + "\":{\"division\":\"D\"}}}]",
                        baseWith(enterprise, "{\"department\":\"R&D\",\"division\":\"D\"}")),
                Arguments.of("no-path replace echoing id and meta ignores them",
                        "[{\"op\":\"replace\",\"value\":{\"id\":\"x\",\"meta\":{},\"title\":\"Boss\"}}]",
                        baseWith("title", "\"Boss\"")),
                Arguments.of("operations apply in order",
                        "[{\"op\":\"add\",\"path\":\"title\",\"value\":\"A\"},{\"op\":\"replace\",\"path\":\"title\","
                                + "\"value\":\"B\"},{\"op\":\"remove\",\"path\":\"nickName\"}]",
                        baseWith("title", "\"B\"")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("patches")
    void appliesPatch(String description, String operations, ScimObject expected) {
        assertEquals(expected, patch(operations));
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("[{\"op\":\"replace\",\"path\":\"shoeSize\",\"value\":1}]", ScimType.INVALID_PATH),
                Arguments.of("[{\"op\":\"replace\",\"path\":\"name.shoe\",\"value\":1}]", ScimType.INVALID_PATH),
                Arguments.of("[{\"op\":\"replace\",\"path\":\"emails[\",\"value\":1}]", ScimType.INVALID_PATH),
                Arguments.of("[{\"op\":\"replace\",\"path\":\"id\",\"value\":\"x\"}]", ScimType.MUTABILITY),
                Arguments.of("[{\"op\":\"replace\",\"path\":\"meta.created\",\"value\":\"x\"}]", ScimType.MUTABILITY),
                Arguments.of("[{\"op\":\"add\",\"path\":\"groups\",\"value\":[]}]", ScimType.MUTABILITY),
                Arguments.of("[{\"op\":\"remove\",\"path\":\"userName\"}]", ScimType.MUTABILITY),
                Arguments.of("[{\"op\":\"remove\"}]", ScimType.NO_TARGET),
                Arguments.of("[{\"op\":\"replace\",\"path\":\"emails[type eq \\\"fax\\\"].value\",\"value\":\"x\"}]",
                        ScimType.NO_TARGET),
                Arguments.of("[{\"op\":\"add\",\"path\":\"emails[type ne \\\"fax\\\"].value\",\"value\":\"x\"},"
                        + "{\"op\":\"add\",\"path\":\"ims[type ne \\\"aim\\\"].value\",\"value\":\"x\"}]",
                        ScimType.NO_TARGET),
                Arguments.of("[{\"op\":\"copy\",\"path\":\"title\",\"value\":\"x\"}]", ScimType.INVALID_SYNTAX),
                Arguments.of("[{\"path\":\"title\",\"value\":\"x\"}]", ScimType.INVALID_SYNTAX),
                Arguments.of("[]", ScimType.INVALID_SYNTAX),
                Arguments.of("[{\"op\":\"add\",\"path\":\"title\"}]", ScimType.INVALID_VALUE),
                Arguments.of("[{\"op\":\"replace\",\"value\":\"not an object\"}]", ScimType.INVALID_VALUE),
                // Wrong shapes for whole attributes: refused, never dropped later (issue 18).
                Arguments.of("[{\"op\":\"add\",\"path\":\"emails\",\"value\":\"SomeIllegalValue\"}]",
                        ScimType.INVALID_VALUE),
                Arguments.of("[{\"op\":\"replace\",\"path\":\"emails\",\"value\":[\"a@b.c\"]}]",
                        ScimType.INVALID_VALUE),
                Arguments.of("[{\"op\":\"replace\",\"path\":\"name\",\"value\":\"Barbara\"}]",
                        ScimType.INVALID_VALUE),
                Arguments.of("[{\"op\":\"replace\",\"path\":\"title\",\"value\":{\"x\":1}}]",
                        ScimType.INVALID_VALUE),
                Arguments.of("[{\"op\":\"replace\",\"path\":\"title\",\"value\":[\"a\",\"b\"]}]",
                        ScimType.INVALID_VALUE),
                Arguments.of("[{\"op\":\"add\",\"value\":{\"emails\":\"a@b.c\"}}]", ScimType.INVALID_VALUE),
                Arguments.of("[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"ok\"},"
                        + "{\"op\":\"replace\",\"path\":\"nope\",\"value\":\"x\"}]", ScimType.INVALID_PATH));
    }

    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @MethodSource("failures")
    void rejectsInvalidPatchWithTheRfcErrorType(String operations, ScimType expected) {
        BadRequestException error = assertThrows(BadRequestException.class, () -> patch(operations));
        assertEquals(expected, error.scimType().orElseThrow(), error.detail());
    }
}
