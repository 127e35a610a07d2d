package dev.inboundscim.application.port.in.user;

/** Deletes a user through the Management API; 404 when absent. */
public interface DeleteUserUseCase {

    void delete(String userId);
}
