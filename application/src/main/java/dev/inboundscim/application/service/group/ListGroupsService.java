package dev.inboundscim.application.service.group;

import dev.inboundscim.application.port.in.group.ListGroupsUseCase;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.scim.paging.Page;

/** Lists groups 50 a page by default and at most 100, as the Management API lists users. */
public final class ListGroupsService implements ListGroupsUseCase {

    private static final int DEFAULT_PER_PAGE = 50;
    private static final int MAX_PER_PAGE = 100;

    private final ConnectionLookup lookup;
    private final GroupRepository groups;

    public ListGroupsService(ConnectionLookup lookup, GroupRepository groups) {
        this.lookup = lookup;
        this.groups = groups;
    }

    @Override
    public Page<Group> list(ListGroupsCommand command) {
        ConnectionId connectionId = command.connectionId() == null ? null
                : lookup.require(command.connectionId()).id();
        int perPage = command.perPage() == null ? DEFAULT_PER_PAGE
                : Math.max(0, Math.min(command.perPage(), MAX_PER_PAGE));
        int page = command.page() == null ? 0 : Math.max(0, command.page());
        return groups.list(connectionId, (long) page * perPage, perPage);
    }
}
