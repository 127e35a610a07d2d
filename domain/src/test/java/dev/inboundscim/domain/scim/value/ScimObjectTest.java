package dev.inboundscim.domain.scim.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Objects stay immutable although builders, {@code with} and {@code without} hand over their maps uncopied. */
class ScimObjectTest {

    @Test
    void aBuilderChangedAfterBuildLeavesTheBuiltObjectAlone() {
        ScimObject.Builder builder = ScimObject.builder().put("a", "1");
        ScimObject first = builder.build();
        builder.put("b", "2");
        ScimObject second = builder.build();
        builder.put("a", "changed");

        assertEquals(Map.of("a", new ScimString("1")), first.fields());
        assertEquals(List.of("a", "b"), List.copyOf(second.fields().keySet()));
        assertEquals(new ScimString("1"), second.get("a").orElseThrow());
        assertEquals(new ScimString("changed"), builder.build().get("a").orElseThrow());
    }

    @Test
    void aMapPassedInIsCopiedSoLaterChangesToItDoNotShow() {
        Map<String, ScimValue> source = new LinkedHashMap<>();
        source.put("a", new ScimString("1"));
        ScimObject object = new ScimObject(source);
        source.put("b", new ScimString("2"));
        assertEquals(1, object.fields().size());
    }

    @Test
    void fieldsCannotBeChangedThroughTheObject() {
        ScimObject object = ScimObject.builder().put("a", "1").build();
        assertThrows(UnsupportedOperationException.class, () -> object.fields().put("b", new ScimString("2")));
        assertThrows(UnsupportedOperationException.class, () -> object.fields().remove("a"));
        assertThrows(UnsupportedOperationException.class, () -> object.fields().entrySet().clear());
        assertThrows(UnsupportedOperationException.class, () -> object.fields().keySet().remove("a"));
        assertThrows(UnsupportedOperationException.class, () -> object.fields().values().clear());
    }

    @Test
    void withAndWithoutCopyKeepOrderAndEquality() {
        ScimObject object = ScimObject.builder().put("a", "1").put("b", "2").build();
        ScimObject changed = object.with("a", new ScimString("3")).with("c", new ScimString("4")).without("b");
        assertEquals(List.of("a", "c"), List.copyOf(changed.fields().keySet()));
        assertEquals(List.of("a", "b"), List.copyOf(object.fields().keySet()));
        assertEquals(ScimObject.builder().put("a", "3").put("c", "4").build(), changed);
        assertEquals(changed.hashCode(), ScimObject.builder().put("a", "3").put("c", "4").build().hashCode());
        assertEquals(new ScimObject(Map.of("a", new ScimString("3"), "c", new ScimString("4"))), changed);
    }
}
