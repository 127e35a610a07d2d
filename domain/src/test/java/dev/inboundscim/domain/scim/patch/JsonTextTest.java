package dev.inboundscim.domain.scim.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.domain.scim.value.JsonText;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTextTest {

    @Test
    void readsEveryKindOfValue() {
        assertEquals(ScimObject.builder().put("a", new ScimArray(List.of(ScimBoolean.TRUE, ScimNull.INSTANCE,
                        new ScimNumber(new BigDecimal("-1.5e2")), new ScimString("x\"\u00e9\n")))).put("b", ScimObject.EMPTY)
                        .build(),
                JsonText.parse(" {\"a\":[true,null,-1.5e2,\"x\\\"\\u00e9\\n\"],\"b\":{}} ").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\":}", "[1,]", "tru", "01", "\"unterminated", "{} {}", "{'a':1}",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
                    + "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"})
    void refusesAnythingButExactlyOneJsonValue(String text) {
        assertTrue(JsonText.parse(text).isEmpty());
    }
}
