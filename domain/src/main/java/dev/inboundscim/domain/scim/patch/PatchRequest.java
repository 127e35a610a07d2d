package dev.inboundscim.domain.scim.patch;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.filter.FilterParser;
import dev.inboundscim.domain.scim.filter.PathExpression;
import dev.inboundscim.domain.scim.value.ScimArray;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed PATCH request body (RFC 7644 §3.5.2). Tolerant where real clients differ: Entra capitalises {@code op}
 * ("Replace"), and some clients omit {@code schemas}; anything else malformed is {@code invalidSyntax}.
 */
public record PatchRequest(List<PatchOperation> operations) {

    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    /** Bounded so a request cannot make the server do unbounded work in one transaction. */
    public static final int MAX_OPERATIONS = 1000;

    public PatchRequest {
        operations = List.copyOf(operations);
    }

    public static PatchRequest parse(ScimObject body) {
        Optional<ScimValue> schemas = body.getIgnoreCase("schemas");
        if (schemas.isPresent() && !(schemas.get() instanceof ScimArray array
                && array.values().contains(new ScimString(SCHEMA)))) {
            throw BadRequestException.invalidSyntax("schemas must contain " + SCHEMA);
        }
        if (!(body.getIgnoreCase("Operations").orElse(null) instanceof ScimArray array) || array.values().isEmpty()) {
            throw BadRequestException.invalidSyntax("Operations must be a non-empty array");
        }
        if (array.values().size() > MAX_OPERATIONS) {
            throw BadRequestException.tooMany("a PATCH request may carry at most " + MAX_OPERATIONS + " operations");
        }
        List<PatchOperation> operations = new ArrayList<>();
        for (int i = 0; i < array.values().size(); i++) {
            operations.add(operation(array.values().get(i), i));
        }
        return new PatchRequest(operations);
    }

    private static PatchOperation operation(ScimValue value, int index) {
        if (!(value instanceof ScimObject operation)) {
            throw BadRequestException.invalidSyntax("Operations[" + index + "] must be an object");
        }
        String op = operation.getIgnoreCase("op").filter(ScimString.class::isInstance)
                .map(v -> ((ScimString) v).value().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> BadRequestException.invalidSyntax("Operations[" + index + "].op is required"));
        PathExpression path = path(operation, index);
        ScimValue operand = operation.getIgnoreCase("value").orElse(null);
        return switch (op) {
            case "add" -> new PatchOperation.Add(path, require(operand, index, op));
            case "replace" -> new PatchOperation.Replace(path, require(operand, index, op));
            case "remove" -> {
                if (path == null) {
                    throw BadRequestException.noTarget("Operations[" + index + "]: remove needs a path");
                }
                yield new PatchOperation.Remove(path, operand);
            }
            default -> throw BadRequestException.invalidSyntax("Operations[" + index
                    + "].op must be add, replace or remove");
        };
    }

    private static PathExpression path(ScimObject operation, int index) {
        Optional<ScimValue> path = operation.getIgnoreCase("path");
        if (path.isEmpty() || path.get().isUnassigned()) {
            return null;
        }
        if (!(path.get() instanceof ScimString text)) {
            throw BadRequestException.invalidPath("Operations[" + index + "].path must be a string");
        }
        return FilterParser.parsePath(text.value());
    }

    private static ScimValue require(ScimValue value, int index, String op) {
        if (value == null) {
            throw BadRequestException.invalidValue("Operations[" + index + "]: " + op + " needs a value");
        }
        return value;
    }
}
