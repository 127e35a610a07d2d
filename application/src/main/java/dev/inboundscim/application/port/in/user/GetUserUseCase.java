package dev.inboundscim.application.port.in.user;


/** Reads one user profile by its user id; 404 when absent. */
public interface GetUserUseCase {

    UserProfileView get(String userId);
}
