package dev.inboundscim.domain.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ScimType;
import dev.inboundscim.domain.scim.schema.AttributeDefinition;
import dev.inboundscim.domain.scim.schema.AttributeType;
import dev.inboundscim.domain.scim.schema.Mutability;
import dev.inboundscim.domain.scim.value.JsonText;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Values of declared attributes: checked against their type, dateTimes kept in one UTC form (SPEC §10). */
class ExtensionValuesTest {

    private static AttributeDefinition attribute(AttributeType type, boolean multiValued, AttributeDefinition... subs) {
        return new AttributeDefinition("a", type, multiValued, false, false, Mutability.READ_WRITE, "default", "none",
                null, List.of(), List.of(subs));
    }

    private static ScimValue check(AttributeDefinition definition, String json) {
        return ExtensionValues.check(definition, JsonText.parse(json).orElseThrow(), "a", true);
    }

    @Test
    void dateTimesAreKeptInOneFixedWidthUtcFormSoTextOrderIsTimeOrder() {
        assertEquals(Optional.of("2015-10-10T21:38:21.861797900Z"),
                ExtensionValues.dateTime(new ScimString("2015-10-10T14:38:21.8617979-07:00")), "Entra's seven digits");
        assertEquals(Optional.of("2026-01-01T00:00:00.000000000Z"),
                ExtensionValues.dateTime(new ScimString("2026-01-01T00:00:00Z")));
        assertEquals(Optional.empty(), ExtensionValues.dateTime(new ScimString("2026-01-01")));
        assertEquals(Optional.empty(), ExtensionValues.dateTime(ScimNumber.of(1)));
        String earlier = ExtensionValues.dateTime(new ScimString("2026-01-01T00:00:00.5Z")).orElseThrow();
        String later = ExtensionValues.dateTime(new ScimString("2026-01-01T00:00:00.123456789+00:00")).orElseThrow();
        assertEquals(true, earlier.compareTo(later) > 0, earlier + " / " + later);
    }

    @Test
    void valuesOfTheDeclaredTypePassAndOthersAre400NamingTheAttribute() {
        assertEquals(ScimNumber.of(3), check(attribute(AttributeType.INTEGER, false), "3.0"));
        assertEquals(new ScimNumber(new BigDecimal("2.5")), check(attribute(AttributeType.DECIMAL, false), "2.5"));
        assertEquals(new ScimArray(List.of(new ScimString("x"))), check(attribute(AttributeType.STRING, true),
                "\"x\""), "a single value of a multi-valued attribute is one element");
        for (String[] wrong : new String[][] {{"INTEGER", "3.5"}, {"INTEGER", "\"3\""}, {"DECIMAL", "true"},
                {"BOOLEAN", "\"maybe\""}, {"STRING", "1"}, {"DATE_TIME", "\"later\""}, {"REFERENCE", "[]"}}) {
            BadRequestException error = assertThrows(BadRequestException.class,
                    () -> check(attribute(AttributeType.valueOf(wrong[0]), false), wrong[1]), wrong[1]);
            assertEquals(ScimType.INVALID_VALUE, error.scimType().orElseThrow());
            assertEquals(true, error.detail().startsWith("a must be"), error.detail());
        }
        AttributeDefinition complex = attribute(AttributeType.COMPLEX, false,
                attribute(AttributeType.INTEGER, false));
        assertThrows(BadRequestException.class, () -> check(complex, "{\"shoe\":1}"));
        assertThrows(BadRequestException.class, () -> check(complex, "{\"a\":\"one\"}"));
    }
}
