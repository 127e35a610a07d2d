package dev.inboundscim.domain.group;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.mapping.query.SortKey;
import dev.inboundscim.domain.scim.filter.FilterParser;
import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.schema.GroupSchemas;
import java.util.Locale;

/**
 * {@code sortBy}/{@code sortOrder} (RFC 7644 §3.4.2.3) on Groups: {@code displayName} (by canonical text),
 * {@code externalId}, {@code id}, {@code meta.created}, {@code meta.lastModified}; ties and the default keep
 * creation order.
 */
public record GroupSort(Key key, boolean descending) {

    public enum Key {
        DISPLAY_NAME, EXTERNAL_ID, ID, CREATED, LAST_MODIFIED
    }

    /** The sort for the raw parameters; null when {@code sortBy} is absent. */
    public static GroupSort of(String sortBy, String sortOrder) {
        if (sortBy == null || sortBy.isBlank()) {
            return null;
        }
        AttributePath path = FilterParser.parseAttributePath(sortBy);
        String name = GroupSchemas.attribute(path).orElseThrow(() ->
                BadRequestException.invalidValue("sortBy names an attribute the Group schema does not define"))
                .name().toLowerCase(Locale.ROOT);
        String sub = path.subAttribute() == null ? null : path.subAttribute().toLowerCase(Locale.ROOT);
        Key key = switch (name + (sub == null ? "" : "." + sub)) {
            case "displayname" -> Key.DISPLAY_NAME;
            case "externalid" -> Key.EXTERNAL_ID;
            case "id" -> Key.ID;
            case "meta.created" -> Key.CREATED;
            case "meta.lastmodified" -> Key.LAST_MODIFIED;
            default -> throw BadRequestException.invalidValue("sortBy needs a single-valued attribute of Groups: "
                    + "displayName, externalId, id, meta.created or meta.lastModified");
        };
        return new GroupSort(key, SortKey.descending(sortOrder));
    }
}
