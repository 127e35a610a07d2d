package dev.inboundscim.application.service.user;

import dev.inboundscim.application.port.in.user.ListUsersUseCase;
import dev.inboundscim.application.port.in.user.UserProfileView;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.scim.paging.Page;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserQuery;

/** Lists profiles, 50 a page by default and at most 100, as Auth0's Management API does. */
public final class ListUsersService implements ListUsersUseCase {

    private static final int DEFAULT_PER_PAGE = 50;
    private static final int MAX_PER_PAGE = 100;

    private final ConnectionLookup lookup;
    private final UserRepository users;
    private final GroupRepository groups;

    public ListUsersService(ConnectionLookup lookup, UserRepository users, GroupRepository groups) {
        this.lookup = lookup;
        this.users = users;
        this.groups = groups;
    }

    @Override
    public Page<UserProfileView> list(ListUsersCommand command) {
        ConnectionId connectionId = command.connectionId() == null ? null
                : lookup.require(command.connectionId()).id();
        int perPage = command.perPage() == null ? DEFAULT_PER_PAGE
                : Math.max(0, Math.min(command.perPage(), MAX_PER_PAGE));
        int page = command.page() == null ? 0 : Math.max(0, command.page());
        Page<User> found = users.list(connectionId, UserQuery.parse(command.query()), (long) page * perPage, perPage);
        return new Page<>(UserViews.of(found.items(), groups), found.total());
    }
}
