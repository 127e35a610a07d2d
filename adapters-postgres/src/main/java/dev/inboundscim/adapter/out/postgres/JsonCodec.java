package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.domain.log.LogRedaction;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import dev.inboundscim.domain.user.CanonicalForm;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts the domain's {@link ScimValue} tree to and from JSON text for the {@code jsonb} columns. */
final class JsonCodec {

    // Numbers stay exact BigDecimals both ways: ScimNumber promises exactness, and doubles would round.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

    private JsonCodec() {
    }

    /** A generator writing UTF-8 to {@code out} with this codec's number settings. */
    static JsonGenerator generator(OutputStream out) throws IOException {
        return MAPPER.createGenerator(out, JsonEncoding.UTF8);
    }

    static String write(ScimValue value) {
        return write(toNode(value));
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses stored JSON straight into the domain's values, token by token: building Jackson's tree first and
     * converting it doubled the cost of reading every user (a list page reads a hundred).
     */
    static ScimValue read(String json) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            parser.nextToken();
            return value(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScimValue value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new IllegalStateException("Stored JSON is empty");
        }
        return switch (token) {
            case START_OBJECT -> {
                ScimObject.Builder object = ScimObject.builder();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    parser.nextToken();
                    object.put(name, value(parser));
                }
                yield object.build();
            }
            case START_ARRAY -> {
                List<ScimValue> values = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    values.add(value(parser));
                }
                yield new ScimArray(values);
            }
            case VALUE_STRING -> new ScimString(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new ScimNumber(parser.getDecimalValue());
            case VALUE_TRUE -> ScimBoolean.of(true);
            case VALUE_FALSE -> ScimBoolean.of(false);
            case VALUE_NULL -> ScimNull.INSTANCE;
            default -> throw new IllegalStateException("Unexpected JSON token " + token);
        };
    }

    static ScimObject readObject(String json) {
        if (read(json) instanceof ScimObject object) {
            return object;
        }
        throw new IllegalStateException("Stored JSON is not an object");
    }

    /** A copy with every string in {@link CanonicalForm} (object keys untouched), for {@code profile_ci}. */
    static ScimValue canonical(ScimValue value) {
        return switch (value) {
            case ScimString s -> new ScimString(CanonicalForm.of(s.value()));
            case ScimArray a -> new ScimArray(a.values().stream().map(JsonCodec::canonical).toList());
            case ScimObject o -> {
                Map<String, ScimValue> fields = new LinkedHashMap<>();
                o.fields().forEach((key, field) -> fields.put(key, canonical(field)));
                yield new ScimObject(fields);
            }
            case ScimNumber n -> n;
            case ScimBoolean b -> b;
            case ScimNull n -> n;
        };
    }

    /**
     * A copy with every NUL character in strings and keys replaced by U+FFFD: PostgreSQL text and {@code jsonb}
     * cannot hold NUL, and a log entry must still be written for a request that carried one.
     */
    static ScimValue withoutNul(ScimValue value) {
        return LogRedaction.withoutNul(value);
    }

    static String withoutNul(String text) {
        return LogRedaction.withoutNul(text);
    }

    static ObjectNode objectNode() {
        return NODES.objectNode();
    }

    static ArrayNode arrayNode() {
        return NODES.arrayNode();
    }

    static JsonNode toNode(ScimValue value) {
        return switch (value) {
            case ScimString s -> NODES.textNode(s.value());
            case ScimNumber n -> NODES.numberNode(n.value());
            case ScimBoolean b -> NODES.booleanNode(b.value());
            case ScimNull n -> NODES.nullNode();
            case ScimArray a -> {
                ArrayNode array = NODES.arrayNode();
                a.values().forEach(element -> array.add(toNode(element)));
                yield array;
            }
            case ScimObject o -> {
                ObjectNode object = NODES.objectNode();
                o.fields().forEach((key, field) -> object.set(key, toNode(field)));
                yield object;
            }
        };
    }
}
