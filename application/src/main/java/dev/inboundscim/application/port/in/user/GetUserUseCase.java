package dev.inboundscim.application.port.in.user;

import dev.inboundscim.domain.user.UserId;


/** Reads one user profile by its user id; 404 when absent. */
public interface GetUserUseCase {

    UserProfileView get(UserId userId);
}
