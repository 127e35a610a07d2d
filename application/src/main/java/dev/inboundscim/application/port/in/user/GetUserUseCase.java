package dev.inboundscim.application.port.in.user;

import dev.inboundscim.domain.user.User;

/** Reads one user profile by its user id; 404 when absent. */
public interface GetUserUseCase {

    User get(String userId);
}
