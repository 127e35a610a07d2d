package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.ScimSettings;
import dev.inboundscim.application.port.in.scim.ScimPage;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.filter.Filter;
import dev.inboundscim.domain.scim.paging.PageCursor;
import java.util.List;
import java.util.Objects;

/**
 * Which slice of a result a list request asks for: RFC 7644 §3.4.2.4 index paging ({@code startIndex} < 1 means 1,
 * a negative {@code count} 0, one above the maximum the maximum) or RFC 9865 cursor paging, whose opaque cursor is
 * bound to the query it was issued for.
 */
record ListWindow(long offset, int count, PageCursor cursor) {

    /**
     * A cursor is bound to the resource type, connection, filter and sort of the listing it came from; the filter and
     * the sort count by what they mean, through their records' text, which is the same in every server process.
     */
    static ListWindow of(Integer startIndex, Integer count, String cursor, ScimSettings settings,
                         String resourceType, ConnectionId connectionId, Filter filter, Record sort) {
        int size = count == null ? settings.defaultCount() : Math.min(Math.max(0, count), settings.maxResults());
        if (cursor == null) {
            return new ListWindow(startIndex == null ? 0 : Math.max(1, startIndex) - 1L, size, null);
        }
        if (startIndex != null) {
            throw BadRequestException.invalidValue("cursor and startIndex cannot be used together");
        }
        PageCursor parsed = PageCursor.parse(cursor, PageCursor.fingerprint(resourceType + "/" + connectionId.value(),
                Objects.toString(filter, null), Objects.toString(sort, null), null));
        return new ListWindow(parsed.offset(), size, parsed);
    }

    /** The page this window selected: {@code resources} out of {@code total} matches. */
    <T> ScimPage<T> page(long total, List<T> resources) {
        return new ScimPage<>(total, startIndex(), resources, cursor != null, nextCursor(total, resources.size()));
    }

    private int startIndex() {
        return (int) Math.min(Integer.MAX_VALUE, offset + 1);
    }

    /** The cursor of the page after one of {@code size} results out of {@code total}; null on the last page. */
    private String nextCursor(long total, int size) {
        return cursor != null && size > 0 && offset + size < total
                ? new PageCursor(offset + size, cursor.fingerprint()).encode() : null;
    }
}
