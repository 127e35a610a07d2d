package dev.inboundscim.domain.mapping.query;

import dev.inboundscim.domain.scim.filter.FilterParser;
import dev.inboundscim.domain.scim.path.AttributePath;

/**
 * {@code sortBy}/{@code sortOrder} on Users (RFC 7644 §3.4.2.3) as the client wrote them, parsed but not yet
 * resolved: which schema defines the attribute depends on the connection's declared extensions, so {@link SortKey}
 * checks it against the connection's mapping.
 *
 * @param path       the attribute path {@code sortBy} names
 * @param descending {@code sortOrder=descending}
 */
public record UserSort(AttributePath path, boolean descending) {

    /** The sort the raw parameters ask for; null when {@code sortBy} is absent, whatever {@code sortOrder} says. */
    public static UserSort parse(String sortBy, String sortOrder) {
        if (sortBy == null || sortBy.isBlank()) {
            return null;
        }
        boolean descending = SortKey.descending(sortOrder);
        return new UserSort(FilterParser.parseAttributePath(sortBy), descending);
    }
}
