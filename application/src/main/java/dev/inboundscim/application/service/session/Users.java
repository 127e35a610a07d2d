package dev.inboundscim.application.service.session;

import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;

/** Reads a user the session use cases need to exist. */
final class Users {

    private Users() {
    }

    static User require(UserRepository users, UserId id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User not found"));
    }
}
