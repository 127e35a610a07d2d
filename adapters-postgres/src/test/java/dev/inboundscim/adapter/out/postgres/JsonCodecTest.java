package dev.inboundscim.adapter.out.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stored JSON reads back into exactly the values that were written, numbers digit for digit. */
class JsonCodecTest {

    @Test
    void everyKindOfValueRoundTrips() {
        ScimObject value = ScimObject.builder()
                .put("text", "Zoë \"quoted\" \\ / \u2603 \uD83D\uDE00")
                .put("empty", "")
                .put("int", ScimNumber.of(42))
                .put("big", new ScimNumber(new BigDecimal("123456789012345678901234567890")))
                .put("exact", new ScimNumber(new BigDecimal("1.50")))
                .put("negative", new ScimNumber(new BigDecimal("-0.001")))
                .put("yes", ScimBoolean.of(true))
                .put("no", ScimBoolean.of(false))
                .put("nothing", ScimNull.INSTANCE)
                .put("list", new ScimArray(List.of(ScimValue.of("a"), new ScimArray(List.of()), ScimObject.EMPTY,
                        ScimNull.INSTANCE)))
                .put("nested", ScimObject.builder().put("deeper", ScimObject.builder().put("k", "v").build()).build())
                .build();
        assertEquals(value, JsonCodec.read(JsonCodec.write(value)));
        assertEquals(List.of("text", "empty", "int", "big", "exact", "negative", "yes", "no", "nothing", "list",
                "nested"), List.copyOf(JsonCodec.readObject(JsonCodec.write(value)).fields().keySet()));
    }

    @Test
    void readsWhatPostgresHandsBack() {
        // jsonb output: keys sorted by length then bytes, a space after each separator, numbers as stored.
        assertEquals(ScimObject.builder().put("a", ScimNumber.of(1)).put("bb", new ScimNumber(new BigDecimal("2.0")))
                        .put("ccc", new ScimArray(List.of(ScimBoolean.of(true), ScimNull.INSTANCE))).build(),
                JsonCodec.read("{\"a\": 1, \"bb\": 2.0, \"ccc\": [true, null]}"));
        assertEquals(ScimValue.of("x"), JsonCodec.read("\"x\""));
        assertEquals(new ScimArray(List.of()), JsonCodec.read("[]"));
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThrows(RuntimeException.class, () -> JsonCodec.read(""));
        assertThrows(RuntimeException.class, () -> JsonCodec.read("{\"a\":"));
        assertThrows(IllegalStateException.class, () -> JsonCodec.readObject("[1]"));
    }
}
