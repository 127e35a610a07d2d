package dev.inboundscim.domain.group;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.mapping.query.SortKey;
import dev.inboundscim.domain.scim.filter.FilterParser;
import dev.inboundscim.domain.scim.paging.PagePosition;
import dev.inboundscim.domain.scim.paging.PagePosition.SortValue;
import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.schema.GroupSchemas;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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

    /**
     * Where {@code group}, of creation sequence {@code seq}, stands in a keyset listing in this order (null sort:
     * creation order): its sort value as text (timestamps as ISO-8601 instants), missing when it has none.
     */
    public static PagePosition position(GroupSort sort, Group group, long seq) {
        if (sort == null) {
            return new PagePosition(seq, null);
        }
        String value = switch (sort.key()) {
            case DISPLAY_NAME -> group.displayNameKey();
            case EXTERNAL_ID -> group.externalId();
            case ID -> group.id().value();
            case CREATED -> group.createdAt().toString();
            case LAST_MODIFIED -> group.updatedAt().toString();
        };
        return new PagePosition(seq, value == null ? new SortValue.Missing() : new SortValue.Text(value));
    }

    /** Whether this sort orders by a timestamp, whose keyset values are instants. */
    public boolean byTimestamp() {
        return key == Key.CREATED || key == Key.LAST_MODIFIED;
    }

    /**
     * The value of a keyset position in this order, as the store compares it: a text, or an {@link Instant} for the
     * timestamps; a value of another kind (a cursor of another query, or forged) is {@code invalidCursor}.
     */
    public Object storedValue(SortValue value) {
        if (!(value instanceof SortValue.Text text)) {
            throw BadRequestException.invalidCursor("the cursor belongs to another query");
        }
        if (!byTimestamp()) {
            return text.text();
        }
        try {
            return Instant.parse(text.text());
        } catch (DateTimeParseException e) {
            throw BadRequestException.invalidCursor("the cursor was not issued by this server");
        }
    }
}
