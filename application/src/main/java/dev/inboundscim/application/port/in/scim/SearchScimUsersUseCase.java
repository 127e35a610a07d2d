package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.domain.log.RequestInfo;

/**
 * SCIM GET /Users with {@code filter}, {@code sortBy}/{@code sortOrder}, {@code startIndex} and {@code count}
 * (RFC 7644 §3.4.2).
 */
public interface SearchScimUsersUseCase {

    ScimPage<ScimUserView> search(SearchScimUsersCommand command);

    /** Null means the parameter was absent. */
    record SearchScimUsersCommand(ScimContext context, String filter, Integer startIndex, Integer count,
                                  String sortBy, String sortOrder, String cursor, RequestInfo request) {
    }
}
