package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;
import java.util.List;

/** SCIM GET /Groups and POST /Groups/.search, with filter, sorting, index and cursor paging (RFC 7644 §3.4.2). */
public interface SearchScimGroupsUseCase {

    ScimGroupPage search(SearchScimGroupsCommand command);

    /** Null means the parameter was absent. */
    record SearchScimGroupsCommand(ScimContext context, String filter, Integer startIndex, Integer count,
                                   String sortBy, String sortOrder, String cursor, RequestInfo request) {
    }

    /** As {@link SearchScimUsersUseCase.ScimUserPage}, for groups. */
    record ScimGroupPage(long totalResults, int startIndex, List<ScimGroupView> resources, boolean cursorPaging,
                         String nextCursor) {
    }
}
