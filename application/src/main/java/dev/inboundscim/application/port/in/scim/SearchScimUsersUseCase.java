package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.mapping.query.UserSort;
import dev.inboundscim.domain.scim.filter.Filter;
import java.util.Objects;

/**
 * SCIM GET /Users with {@code filter}, {@code sortBy}/{@code sortOrder}, {@code startIndex} and {@code count}
 * (RFC 7644 §3.4.2).
 */
public interface SearchScimUsersUseCase {

    ScimPage<ScimUserView> search(SearchScimUsersCommand command);

    /**
     * Null means the parameter was absent. The filter and the sort are parsed but not yet resolved: which profile
     * paths they name is the connection's mapping's to say. {@code cursor} stays as the client sent it: it is bound
     * to the connection and the query, so only the use case can read it.
     */
    record SearchScimUsersCommand(ScimContext context, Filter filter, UserSort sort, Integer startIndex,
                                  Integer count, String cursor, RequestInfo request) {
        public SearchScimUsersCommand {
            Objects.requireNonNull(context, "context");
        }
    }
}
