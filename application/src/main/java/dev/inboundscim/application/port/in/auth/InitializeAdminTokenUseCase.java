package dev.inboundscim.application.port.in.auth;

import java.util.Optional;

/**
 * Makes sure a Management API token exists: the configured one, or one generated at first start whose digest is
 * stored. Returns the generated token, which the caller prints once; empty when none was generated now.
 */
public interface InitializeAdminTokenUseCase {

    Optional<String> initialize();
}
