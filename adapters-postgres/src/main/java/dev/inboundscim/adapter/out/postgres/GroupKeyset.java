package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.group.GroupSort;
import dev.inboundscim.domain.scim.paging.PagePosition;
import dev.inboundscim.domain.scim.paging.PagePosition.SortValue;
import java.time.Instant;
import java.util.List;

/**
 * The order of a keyset listing of groups as SQL, the same as the offset listing's (the sort column, a missing value
 * first ascending and last descending, ties and unsorted listings by {@code seq}), and the condition "after this
 * position" in that order. Values compare in the column's own collation, as the ORDER BY does.
 *
 * @param column the sorted column of {@code scim_groups g}, or null for creation order
 */
record GroupKeyset(GroupSort sort, String column) {

    static GroupKeyset of(GroupSort sort) {
        if (sort == null) {
            return new GroupKeyset(null, null);
        }
        return new GroupKeyset(sort, switch (sort.key()) {
            case DISPLAY_NAME -> "g.display_name_key";
            case EXTERNAL_ID -> "g.external_id";
            case ID -> "g.group_id";
            case CREATED -> "g.created_at";
            case LAST_MODIFIED -> "g.updated_at";
        });
    }

    String orderBy() {
        return column == null ? "g.seq"
                : column + (sort.descending() ? " DESC NULLS LAST" : " ASC NULLS FIRST") + ", g.seq";
    }

    /** " AND (rows after {@code after})", its parameters added to {@code into}; "" from the start. */
    String after(PagePosition after, List<Object> into) {
        if (after == null) {
            return "";
        }
        if (column == null) {
            if (after.value() != null) {
                throw BadRequestException.invalidCursor("the cursor belongs to another query");
            }
            into.add(after.seq());
            return " AND g.seq > ?";
        }
        return switch (after.value()) {
            case null -> throw BadRequestException.invalidCursor("the cursor belongs to another query");
            case SortValue.Missing missing -> {
                into.add(after.seq());
                yield sort.descending() ? " AND (" + column + " IS NULL AND g.seq > ?)"
                        : " AND ((" + column + " IS NULL AND g.seq > ?) OR " + column + " IS NOT NULL)";
            }
            default -> {
                Object value = sort.storedValue(after.value());
                Object bound = value instanceof Instant instant ? Rows.timestamp(instant) : value;
                into.add(bound);
                into.add(bound);
                into.add(after.seq());
                String beyond = column + (sort.descending() ? " < ?" : " > ?");
                yield " AND (" + beyond + " OR (" + column + " = ? AND g.seq > ?)"
                        + (sort.descending() ? " OR " + column + " IS NULL)" : ")");
            }
        };
    }
}
