package dev.inboundscim.application.port.in.user;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.paging.PageNumbers;
import dev.inboundscim.domain.scim.paging.Page;

/** Lists user profiles for the Management API, optionally of one connection and matching a text. */
public interface ListUsersUseCase {

    Page<UserProfileView> list(ListUsersCommand command);

    /**
     * {@code connectionId} null: users of every connection. {@code query} is free text the store matches;
     * {@code page} is 0-based; {@code perPage} from 1 to 100 (default 50).
     */
    record ListUsersCommand(ConnectionId connectionId, String query, Integer page, Integer perPage) {

        public ListUsersCommand {
            PageNumbers.check(page, perPage);
        }
    }
}
