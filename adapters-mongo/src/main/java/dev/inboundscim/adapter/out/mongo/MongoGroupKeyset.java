package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.group.GroupSort;
import dev.inboundscim.domain.scim.paging.PagePosition;
import dev.inboundscim.domain.scim.paging.PagePosition.SortValue;
import java.time.Instant;
import org.bson.conversions.Bson;

/**
 * The order of a keyset listing of groups on MongoDB, as the offset listing sorts them (the sort field, missing
 * values lowest, then {@code seq}), and the filter "after this position" in that order.
 *
 * @param field the sorted field of the group document, or null for creation order
 */
record MongoGroupKeyset(GroupSort sort, String field) {

    static MongoGroupKeyset of(GroupSort sort) {
        if (sort == null) {
            return new MongoGroupKeyset(null, null);
        }
        return new MongoGroupKeyset(sort, switch (sort.key()) {
            case DISPLAY_NAME -> GroupDocuments.DISPLAY_NAME_KEY;
            case EXTERNAL_ID -> GroupDocuments.EXTERNAL_ID;
            case ID -> GroupDocuments.ID;
            case CREATED -> GroupDocuments.CREATED_AT;
            case LAST_MODIFIED -> GroupDocuments.UPDATED_AT;
        });
    }

    Bson order(Bson creation) {
        return field == null ? creation
                : Sorts.orderBy(sort.descending() ? Sorts.descending(field) : Sorts.ascending(field), creation);
    }

    /** The documents after {@code after} in this order; null from the start. */
    Bson after(PagePosition after) {
        if (after == null) {
            return null;
        }
        Bson later = Filters.gt(GroupDocuments.SEQ, after.seq());
        if (field == null) {
            if (after.value() != null) {
                throw BadRequestException.invalidCursor("the cursor belongs to another query");
            }
            return later;
        }
        boolean descending = sort.descending();
        return switch (after.value()) {
            case null -> throw BadRequestException.invalidCursor("the cursor belongs to another query");
            case SortValue.Missing missing -> descending ? Filters.and(Filters.eq(field, null), later)
                    : Filters.or(Filters.and(Filters.eq(field, null), later), Filters.ne(field, null));
            default -> {
                Object value = sort.storedValue(after.value());
                Object stored = value instanceof Instant instant ? Instants.toDate(instant) : value;
                Bson beyond = descending ? Filters.lt(field, stored) : Filters.gt(field, stored);
                Bson tie = Filters.and(Filters.eq(field, stored), later);
                yield descending ? Filters.or(beyond, tie, Filters.eq(field, null)) : Filters.or(beyond, tie);
            }
        };
    }
}
