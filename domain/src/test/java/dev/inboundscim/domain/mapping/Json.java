package dev.inboundscim.domain.mapping;

import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.List;

/** Terse builders for test documents. */
final class Json {

    private Json() {
    }

    static ScimObject object(Object... keysAndValues) {
        ScimObject.Builder builder = ScimObject.builder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            builder.put((String) keysAndValues[i], value(keysAndValues[i + 1]));
        }
        return builder.build();
    }

    static ScimArray array(Object... values) {
        return new ScimArray(List.of(values).stream().map(Json::value).toList());
    }

    static ScimValue value(Object value) {
        return switch (value) {
            case ScimValue v -> v;
            case String s -> new ScimString(s);
            case Boolean b -> ScimValue.of(b);
            default -> throw new IllegalArgumentException(value.toString());
        };
    }
}
