package dev.inboundscim.application.port.in.oauth;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.token.ScimToken;

/**
 * The token endpoint of a connection (SPEC §9, RFC 6749 §4.4): a client of the connection authenticates with one of
 * its secrets and receives an access token the SCIM endpoint accepts like a static token. Every refusal is an
 * {@link dev.inboundscim.domain.oauth.OAuthException}.
 */
public interface IssueAccessTokenUseCase {

    AccessToken issue(IssueAccessTokenCommand command);

    /**
     * The request's fields as sent; the client authenticates with {@code clientSecret} or with an RFC 7523
     * {@code assertion} of {@code assertionType}; {@code scope}: space-separated, null for every scope of the client;
     * {@code request}: what the {@code sscim} entry of an issued token records (never the secret).
     */
    record IssueAccessTokenCommand(ConnectionId connectionId, String grantType, String clientId, String clientSecret,
                                   String assertionType, String assertion, String scope, RequestInfo request) {

        @Override
        public String toString() {
            return "IssueAccessTokenCommand[" + connectionId + ", " + clientId + "]";
        }
    }

    /** The token issued, for whom, and how long it lives. */
    record AccessToken(ScimToken.Issued token, String clientId, long expiresInSeconds) {
    }
}
