package dev.inboundscim.application.port.in.group;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.paging.PageNumbers;
import dev.inboundscim.domain.scim.paging.Page;

/** Lists groups for the Management API, of one connection or of all, in creation order. */
public interface ListGroupsUseCase {

    Page<Group> list(ListGroupsCommand command);

    /** {@code page} is 0-based; {@code perPage} from 1 to 100 (default 50); a null connection lists every connection's. */
    record ListGroupsCommand(ConnectionId connectionId, Integer page, Integer perPage) {

        public ListGroupsCommand {
            PageNumbers.check(page, perPage);
        }
    }
}
