package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.group.GroupSort;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.scim.filter.Filter;
import java.util.Objects;

/** SCIM GET /Groups and POST /Groups/.search, with filter, sorting, index and cursor paging (RFC 7644 §3.4.2). */
public interface SearchScimGroupsUseCase {

    ScimPage<ScimGroupView> search(SearchScimGroupsCommand command);

    /**
     * Null means the parameter was absent. {@code cursor} stays as the client sent it: it is bound to the connection
     * and the query, so only the use case can read it.
     */
    record SearchScimGroupsCommand(ScimContext context, Filter filter, GroupSort sort, Integer startIndex,
                                   Integer count, String cursor, RequestInfo request) {
        public SearchScimGroupsCommand {
            Objects.requireNonNull(context, "context");
        }
    }
}
