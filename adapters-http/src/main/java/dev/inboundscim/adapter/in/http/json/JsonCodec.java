package dev.inboundscim.adapter.in.http.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimBoolean;
import dev.inboundscim.domain.scim.value.ScimNull;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Converts between JSON bytes, Jackson trees and the domain's {@link ScimValue}; malformed JSON is invalidSyntax. */
public final class JsonCodec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    /**
     * The deepest nesting a request body may have. SCIM documents nest a handful of levels (a PATCH value's complex
     * attribute inside an operation inside the request); the cap keeps every later walk over client JSON (conversion,
     * redaction, PATCH, projection, logging) far from the stack's end, which ~700 levels reached on virtual threads.
     */
    public static final int MAX_DEPTH = 64;
    private static final String TOO_DEEP = "The request body is nested more than " + MAX_DEPTH + " levels deep";

    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .setNodeFactory(NODES);

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Parses a request body that must be a JSON object. */
    public ScimObject readObject(byte[] body) {
        if (body == null || body.length == 0) {
            throw BadRequestException.invalidSyntax("The request body is empty; a JSON object is required");
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (StreamConstraintsException e) {
            throw BadRequestException.invalidSyntax(TOO_DEEP);
        } catch (IOException e) {
            throw BadRequestException.invalidSyntax("The request body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw BadRequestException.invalidSyntax("The request body must be a JSON object");
        }
        return (ScimObject) toValue(node);
    }

    /** Parses a body for logging only: anything unparsable becomes null rather than an error. */
    public ScimValue readForLog(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(body);
            return node == null ? null : toValue(node);
        } catch (StreamConstraintsException e) {
            return new ScimString("(body of " + body.length + " bytes nested more than " + MAX_DEPTH + " levels)");
        } catch (IOException e) {
            return new ScimString("(unparsable body of " + body.length + " bytes)");
        }
    }

    public byte[] write(Object value) {
        if (value instanceof ScimValue scim) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
            try (JsonGenerator generator = mapper.getFactory().createGenerator(out)) {
                write(generator, scim);
            } catch (IOException e) {
                throw new IllegalStateException("cannot serialise response", e);
            }
            return out.toByteArray();
        }
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise response", e);
        }
    }

    /**
     * Writes {@code value} to {@code generator} as the mapper writes {@link #toNode}'s tree, byte for byte, without
     * building the tree: every CloudEvent delivered is such a value.
     */
    public static void write(JsonGenerator generator, ScimValue value) throws IOException {
        switch (value) {
            case ScimObject object -> {
                generator.writeStartObject();
                for (Map.Entry<String, ScimValue> field : object.fields().entrySet()) {
                    generator.writeFieldName(field.getKey());
                    write(generator, field.getValue());
                }
                generator.writeEndObject();
            }
            case ScimArray array -> {
                generator.writeStartArray();
                for (ScimValue element : array.values()) {
                    write(generator, element);
                }
                generator.writeEndArray();
            }
            case ScimString s -> generator.writeString(s.value());
            case ScimNumber n -> {
                if (n.value().scale() <= 0) {
                    generator.writeNumber(n.value().toBigIntegerExact());
                } else {
                    generator.writeNumber(n.value());
                }
            }
            case ScimBoolean b -> generator.writeBoolean(b.value());
            case ScimNull n -> generator.writeNull();
        }
    }

    public static ScimValue toValue(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> {
                ScimObject.Builder builder = ScimObject.builder();
                node.properties().forEach(e -> builder.put(e.getKey(), toValue(e.getValue())));
                yield builder.build();
            }
            case ARRAY -> {
                List<ScimValue> values = new ArrayList<>(node.size());
                node.forEach(element -> values.add(toValue(element)));
                yield new ScimArray(values);
            }
            case STRING -> new ScimString(node.textValue());
            case NUMBER -> new ScimNumber(node.decimalValue());
            case BOOLEAN -> ScimBoolean.of(node.booleanValue());
            default -> ScimNull.INSTANCE;
        };
    }

    public static JsonNode toNode(ScimValue value) {
        return switch (value) {
            case ScimObject object -> {
                ObjectNode node = NODES.objectNode();
                object.fields().forEach((k, v) -> node.set(k, toNode(v)));
                yield node;
            }
            case ScimArray array -> {
                ArrayNode node = NODES.arrayNode();
                array.values().forEach(v -> node.add(toNode(v)));
                yield node;
            }
            case ScimString s -> NODES.textNode(s.value());
            case ScimNumber n -> n.value().scale() <= 0 ? NODES.numberNode(n.value().toBigIntegerExact())
                    : NODES.numberNode(n.value());
            case ScimBoolean b -> NODES.booleanNode(b.value());
            case ScimNull n -> NODES.nullNode();
        };
    }
}
