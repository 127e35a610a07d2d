package dev.inboundscim.application.port.in.user;

import dev.inboundscim.domain.scim.paging.Page;

/** Lists user profiles for the Management API, optionally of one connection and matching a text. */
public interface ListUsersUseCase {

    Page<UserProfileView> list(ListUsersCommand command);

    /** {@code page} is 0-based; {@code perPage} is capped at 100. */
    record ListUsersCommand(String connectionId, String query, Integer page, Integer perPage) {
    }
}
