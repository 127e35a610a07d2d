package dev.inboundscim.domain.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogRedactionTest {

    @Test
    void masksTokensAndSecretParametersInQueries() {
        String secret = "tok_ABCDEFGHIJKLMNOP." + "a".repeat(64);
        assertEquals("filter=userName%20eq%20x&access_token=[redacted]&x=[redacted]&count=5",
                LogRedaction.redactQuery("filter=userName%20eq%20x&access_token=abc&x=" + secret + "&count=5"));
    }

    @Test
    void removesPasswordsAndTokensAtAnyDepth() {
        String secret = "tok_ABCDEFGHIJKLMNOP." + "a".repeat(64);
        ScimObject body = ScimObject.builder()
                .put("userName", "bob")
                .put("Password", "hunter2")
                .put("nested", ScimObject.builder().put("password", "x").put("note", "my token is " + secret).build())
                .put("list", new ScimArray(List.of(new ScimString(secret))))
                .build();
        ScimObject expected = ScimObject.builder()
                .put("userName", "bob")
                .put("nested", ScimObject.builder().put("note", "my token is [redacted]").build())
                .put("list", new ScimArray(List.of(new ScimString("[redacted]"))))
                .build();
        assertEquals(expected, LogRedaction.redact(body));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "PASSWORD", " Password ", "urn:ietf:params:scim:schemas:core:2.0:User:password",
            "urn:ietf:params:scim:schemas:core:2.0:User.password"})
    void dropsTheValueOfPatchOperationsOnThePassword(String path) {
        ScimObject body = ScimObject.builder()
                .put("Operations", new ScimArray(List.of(
                        ScimObject.builder().put("op", "Replace").put("PATH", path).put("value", "hunter2").build(),
                        ScimObject.builder().put("op", "add").put("path", path)
                                .put("Value", new ScimArray(List.of(new ScimString("hunter2")))).build(),
                        ScimObject.builder().put("op", "replace").put("path", "displayName").put("value", "Bob")
                                .build())))
                .build();
        ScimObject expected = ScimObject.builder()
                .put("Operations", new ScimArray(List.of(
                        ScimObject.builder().put("op", "Replace").put("PATH", path).build(),
                        ScimObject.builder().put("op", "add").put("path", path).build(),
                        ScimObject.builder().put("op", "replace").put("path", "displayName").put("value", "Bob")
                                .build())))
                .build();
        assertEquals(expected, LogRedaction.redact(body));
    }

    @Test
    void masksFiltersThatMentionThePassword() {
        ScimObject body = ScimObject.builder().put("filter", "password eq \"hunter2\"").put("count", "5").build();
        assertEquals(ScimObject.builder().put("filter", "[redacted]").put("count", "5").build(),
                LogRedaction.redact(body));
        assertEquals("filter=[redacted]&count=5",
                LogRedaction.redactQuery("filter=PASSWORD%20eq%20%22hunter2%22&count=5"));
        assertEquals("pass%77ord=[redacted]&Password=[redacted]",
                LogRedaction.redactQuery("pass%77ord=hunter2&Password=hunter2"));
    }

    @Test
    void leavesMalformedQueryEscapesAsWritten() {
        assertEquals("filter=%zz&count=%", LogRedaction.redactQuery("filter=%zz&count=%"));
    }
}
