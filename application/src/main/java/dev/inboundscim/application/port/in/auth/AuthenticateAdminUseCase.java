package dev.inboundscim.application.port.in.auth;

/** Checks the Management API bearer token against the configured or generated admin token; 401 otherwise. */
public interface AuthenticateAdminUseCase {

    void authenticate(String bearerToken);
}
