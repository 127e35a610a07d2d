package dev.inboundscim.adapter.in.http.management;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.domain.connection.RateLimit;
import dev.inboundscim.domain.error.BadRequestException;
import java.util.Set;

/** Reads {@code rate_limit: {requests_per_second, burst?}} of a SCIM configuration body; JSON null: the default. */
final class RateLimitInput {

    private static final Set<String> FIELDS = Set.of("requests_per_second", "burst");
    private static final String SHAPE = "rate_limit must be null or an object {\"requests_per_second\": number, "
            + "\"burst\": whole number (optional)}";

    private RateLimitInput() {
    }

    /** The limit {@code node} describes; null for an absent or JSON-null node (the server's default). */
    static RateLimit parse(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject() || !node.path("requests_per_second").isNumber()) {
            throw BadRequestException.invalidValue(SHAPE);
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw BadRequestException.invalidValue(SHAPE);
            }
        });
        JsonNode burst = node.get("burst");
        if (burst != null && !burst.isNull() && !(burst.isIntegralNumber() && burst.canConvertToInt())) {
            throw BadRequestException.invalidValue(SHAPE);
        }
        return RateLimit.of(node.get("requests_per_second").asDouble(),
                burst == null || burst.isNull() ? null : burst.intValue());
    }
}
