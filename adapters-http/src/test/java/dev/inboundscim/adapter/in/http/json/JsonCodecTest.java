package dev.inboundscim.adapter.in.http.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonCodecTest {

    private final JsonCodec codec = new JsonCodec();

    @Test
    void aValueIsWrittenAsItsTreeWouldBeByteForByte() throws Exception {
        ScimValue value = ScimObject.builder()
                .put("schemas", new ScimArray(List.of(new ScimString("urn:ietf:params:scim:schemas:core:2.0:User"))))
                .put("userName", "Zoë \"quoted\" \\ back\u0001slash\u2028 \uD83D\uDE00")
                .put("active", ScimBoolean.of(true))
                .put("deleted", ScimBoolean.of(false))
                .put("nothing", ScimNull.INSTANCE)
                .put("count", new ScimNumber(new BigDecimal("12")))
                .put("huge", new ScimNumber(new BigDecimal("123456789012345678901234567890")))
                .put("scaled", new ScimNumber(new BigDecimal("1.50")))
                .put("exponent", new ScimNumber(new BigDecimal("1E+3")))
                .put("small", new ScimNumber(new BigDecimal("1E-12")))
                .put("negative", new ScimNumber(new BigDecimal("-0.5")))
                .put("empty", ScimObject.builder().build())
                .put("none", new ScimArray(List.of()))
                .put("nested", new ScimArray(List.of(ScimObject.builder()
                        .put("value", "a@example.com").put("primary", ScimBoolean.of(true)).build(),
                        new ScimArray(List.of(ScimNull.INSTANCE, new ScimString(""))))))
                .build();

        byte[] streamed = codec.write(value);

        assertEquals(new String(codec.mapper().writeValueAsBytes(JsonCodec.toNode(value)), StandardCharsets.UTF_8),
                new String(streamed, StandardCharsets.UTF_8));
        assertEquals(value, codec.readForLog(streamed), "and it reads back as the same value");
    }
}
