package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.ScimSettings;
import dev.inboundscim.application.port.in.scim.ScimPage;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.filter.Filter;
import dev.inboundscim.domain.scim.paging.KeysetCursor;
import dev.inboundscim.domain.scim.paging.PageCursor;
import dev.inboundscim.domain.scim.paging.PagePosition;
import java.util.List;
import java.util.Objects;

/**
 * Which slice of a result a list request asks for: RFC 7644 §3.4.2.4 index paging ({@code startIndex} < 1 means 1,
 * a negative {@code count} 0, one above the maximum the maximum), or RFC 9865 cursor paging ({@link Keyset}), whose
 * opaque cursor holds the position of the last item and is bound to the query it was issued for (issue 20).
 */
record ListWindow(long offset, int count) {

    /** An index window; a request with a cursor is a {@link Keyset} listing. */
    static ListWindow of(Integer startIndex, Integer count, ScimSettings settings) {
        return new ListWindow(startIndex == null ? 0 : Math.max(1, startIndex) - 1L, size(count, settings));
    }

    /**
     * A cursor listing whose cursors carry the position of the last item instead of an offset (issue 20), so the
     * store seeks each page instead of counting past the ones before. A cursor is bound to the resource type,
     * connection, filter and sort of the listing it came from; the filter and the sort count by what they mean,
     * through their records' text, which is the same in every server process.
     */
    record Keyset(int count, KeysetCursor cursor) {

        static Keyset of(Integer startIndex, Integer count, String cursor, ScimSettings settings,
                         String resourceType, ConnectionId connectionId, Filter filter, Record sort) {
            requireNoStartIndex(startIndex);
            return new Keyset(size(count, settings), KeysetCursor.parse(cursor,
                    fingerprint(resourceType, connectionId, filter, sort)));
        }

        /** Where the page starts: null from the beginning. */
        PagePosition after() {
            return cursor.after();
        }

        /** This page: {@code resources} of {@code total}, and the cursor of the next one when {@code next} is set. */
        <T> ScimPage<T> page(long total, List<T> resources, PagePosition next) {
            return new ScimPage<>(total, 1, resources, true,
                    next == null ? null : new KeysetCursor(next, cursor.fingerprint()).encode());
        }
    }

    private static int size(Integer count, ScimSettings settings) {
        return count == null ? settings.defaultCount() : Math.min(Math.max(0, count), settings.maxResults());
    }

    private static void requireNoStartIndex(Integer startIndex) {
        if (startIndex != null) {
            throw BadRequestException.invalidValue("cursor and startIndex cannot be used together");
        }
    }

    private static int fingerprint(String resourceType, ConnectionId connectionId, Filter filter, Record sort) {
        return PageCursor.fingerprint(resourceType + "/" + connectionId.value(), Objects.toString(filter, null),
                Objects.toString(sort, null), null);
    }

    /** The page this window selected: {@code resources} out of {@code total} matches. */
    <T> ScimPage<T> page(long total, List<T> resources) {
        return new ScimPage<>(total, (int) Math.min(Integer.MAX_VALUE, offset + 1), resources, false, null);
    }
}
