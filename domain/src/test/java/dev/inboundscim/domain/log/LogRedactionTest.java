package dev.inboundscim.domain.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
