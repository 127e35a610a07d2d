package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;
import java.util.List;

/** SCIM GET /Users with {@code filter}, {@code sortBy}/{@code sortOrder}, {@code startIndex} and {@code count} (RFC 7644 §3.4.2). */
public interface SearchScimUsersUseCase {

    ScimUserPage search(SearchScimUsersCommand command);

    /** Null means the parameter was absent. */
    record SearchScimUsersCommand(ScimContext context, String filter, Integer startIndex, Integer count,
                                  String sortBy, String sortOrder, String cursor, RequestInfo request) {
    }

    /**
     * One page of results with the RFC 7644 §3.4.2.4 counters; with cursor paging (RFC 9865) {@code nextCursor}
     * continues the listing and is null on the last page.
     */
    record ScimUserPage(long totalResults, int startIndex, List<ScimUserView> resources, boolean cursorPaging,
                        String nextCursor) {
    }
}
