package dev.inboundscim.application.port.in.user;

import dev.inboundscim.domain.user.UserId;

/** Deletes a user through the Management API; 404 when absent. */
public interface DeleteUserUseCase {

    void delete(UserId userId);
}
