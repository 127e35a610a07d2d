package dev.inboundscim.application.port.in.scim;

import java.util.List;

/**
 * One page of a SCIM list with the RFC 7644 §3.4.2.4 counters; with cursor paging (RFC 9865) {@code nextCursor}
 * continues the listing and is null on the last page.
 */
public record ScimPage<T>(long totalResults, int startIndex, List<T> resources, boolean cursorPaging,
                          String nextCursor) {
}
