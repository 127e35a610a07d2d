package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;

/** SCIM GET /Groups and POST /Groups/.search, with filter, sorting, index and cursor paging (RFC 7644 §3.4.2). */
public interface SearchScimGroupsUseCase {

    ScimPage<ScimGroupView> search(SearchScimGroupsCommand command);

    /** Null means the parameter was absent. */
    record SearchScimGroupsCommand(ScimContext context, String filter, Integer startIndex, Integer count,
                                   String sortBy, String sortOrder, String cursor, RequestInfo request) {
    }
}
