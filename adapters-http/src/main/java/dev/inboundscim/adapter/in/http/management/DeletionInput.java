package dev.inboundscim.adapter.in.http.management;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inboundscim.domain.connection.DeletionPolicy;
import dev.inboundscim.domain.error.BadRequestException;
import java.util.Set;

/** Reads {@code deletion: {mode, restore_window_days?}} of a SCIM configuration body (SPEC §10). */
final class DeletionInput {

    private static final Set<String> FIELDS = Set.of("mode", "restore_window_days");
    private static final String SHAPE = "deletion must be an object {\"mode\": \"hard\" | \"soft\", "
            + "\"restore_window_days\": whole number from 1 to " + DeletionPolicy.MAX_WINDOW_DAYS + " (optional)}";

    private DeletionInput() {
    }

    /** The policy {@code node} describes; null for an absent node (create: hard; update: unchanged). */
    static DeletionPolicy parse(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            throw BadRequestException.invalidValue(SHAPE);
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw BadRequestException.invalidValue("deletion has no field " + quoted(name) + "; " + SHAPE);
            }
        });
        JsonNode mode = node.get("mode");
        if (mode == null || !mode.isTextual()) {
            throw BadRequestException.invalidValue("deletion.mode is required: \"hard\" or \"soft\"");
        }
        JsonNode days = node.get("restore_window_days");
        if (days == null || days.isNull()) {
            return new DeletionPolicy(DeletionPolicy.Mode.of(mode.textValue()), DeletionPolicy.DEFAULT_WINDOW_DAYS);
        }
        if (!days.isIntegralNumber() || !days.canConvertToInt()) {
            throw BadRequestException.invalidValue("deletion.restore_window_days must be a whole number from 1 to "
                    + DeletionPolicy.MAX_WINDOW_DAYS);
        }
        return new DeletionPolicy(DeletionPolicy.Mode.of(mode.textValue()), days.intValue());
    }

    /** A field name as the message may show it: short, and only the characters field names are made of. */
    private static String quoted(String name) {
        return name.length() <= 40 && name.matches("[A-Za-z0-9_.-]*") ? "\"" + name + "\"" : "of that name";
    }
}
