package dev.inboundscim.domain.oauth;

import java.util.Objects;

/**
 * A refusal of the token endpoint in RFC 6749 §5.2's terms: its {@code error} code, a description safe to show (never
 * a secret or an assertion) and the HTTP status: 401 for {@code invalid_client}, 400 otherwise.
 */
public final class OAuthException extends RuntimeException {

    private final String error;
    private final int status;

    private OAuthException(String error, String description, int status) {
        super(Objects.requireNonNull(description, "description"), null, false, false);
        this.error = Objects.requireNonNull(error, "error");
        this.status = status;
    }

    /** The client could not be authenticated: unknown, another connection's, wrong or expired secret. */
    public static OAuthException invalidClient() {
        return new OAuthException("invalid_client", "Client authentication failed", 401);
    }

    public static OAuthException invalidRequest(String description) {
        return new OAuthException("invalid_request", description, 400);
    }

    public static OAuthException unsupportedGrantType() {
        return new OAuthException("unsupported_grant_type", "Only grant_type=client_credentials is supported", 400);
    }

    public static OAuthException invalidScope(String description) {
        return new OAuthException("invalid_scope", description, 400);
    }

    public String error() {
        return error;
    }

    public int status() {
        return status;
    }
}
