package dev.inboundscim.application.service.oauth;

import dev.inboundscim.application.port.in.oauth.IssueAccessTokenUseCase;
import dev.inboundscim.application.port.out.ClientAssertionPort.ClaimedIdentity;
import dev.inboundscim.application.port.out.ClientAssertionPort.VerifiedAssertion;
import dev.inboundscim.application.port.out.ClientAssertionPort;
import dev.inboundscim.application.port.out.FederatedCredentialRepository;
import dev.inboundscim.application.port.out.ScimClientRepository;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.port.out.ScimTokenRepository;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.log.LogWriter;
import dev.inboundscim.domain.id.IdSecret;
import dev.inboundscim.domain.oauth.ClientSecret;
import dev.inboundscim.domain.oauth.FederatedCredential;
import dev.inboundscim.domain.oauth.OAuthException;
import dev.inboundscim.domain.oauth.ScimClient;
import dev.inboundscim.domain.oauth.ScimClientId;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.Scope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Client credentials (RFC 6749 §4.4), the client proved by a secret or by a JWT assertion (RFC 7523): with a secret,
 * the client must be the connection's and the secret one of its secrets that has not expired (found by its id, proved
 * by its digest in constant time); with an assertion, a federated credential of the connection with the assertion's
 * issuer and subject must verify it, and its {@code jti} must never have been accepted before. The scopes are a subset
 * of the client's or credential's. Every way the client can fail answers the same {@code invalid_client}, so the
 * answer tells a guesser nothing.
 */
public final class IssueAccessTokenService implements IssueAccessTokenUseCase {

    private static final String CLIENT_CREDENTIALS = "client_credentials";
    /** RFC 7523 §2.2. */
    public static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final ScimConfigurationRepository configurations;
    private final ScimClientRepository clients;
    private final ScimTokenRepository tokens;
    private final FederatedCredentialRepository credentials;
    private final ClientAssertionPort assertions;
    private final LogWriter logs;
    private final LogEntries entries;
    private final Clock clock;
    private final Duration lifetime;

    public IssueAccessTokenService(ScimConfigurationRepository configurations, ScimClientRepository clients,
                                   ScimTokenRepository tokens, FederatedCredentialRepository credentials,
                                   ClientAssertionPort assertions, LogWriter logs, LogEntries entries, Clock clock,
                                   Duration lifetime) {
        this.configurations = configurations;
        this.clients = clients;
        this.tokens = tokens;
        this.credentials = credentials;
        this.assertions = assertions;
        this.logs = logs;
        this.entries = entries;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    public AccessToken issue(IssueAccessTokenCommand command) {
        if (command.grantType() == null || command.grantType().isBlank()) {
            throw OAuthException.invalidRequest("grant_type is required");
        }
        if (!CLIENT_CREDENTIALS.equals(command.grantType())) {
            throw OAuthException.unsupportedGrantType();
        }
        Instant now = clock.instant();
        if (command.assertionType() != null || command.assertion() != null) {
            return byAssertion(command, now);
        }
        ScimClient client = Optional.ofNullable(command.clientId()).filter(ScimClientId::isWellFormed)
                .flatMap(id -> clients.findById(command.connectionId(), new ScimClientId(id)))
                .filter(found -> configurations.findByConnection(found.connectionId()).isPresent())
                .orElseThrow(OAuthException::invalidClient);
        IdSecret presented = ClientSecret.parse(command.clientSecret()).orElseThrow(OAuthException::invalidClient);
        ClientSecret secret = client.secrets().stream()
                .filter(s -> s.id().value().equals(presented.id()) && s.isActiveAt(now))
                .filter(s -> presented.matches(s.digest()))
                .findFirst().orElseThrow(OAuthException::invalidClient);
        Set<Scope> scopes = scopes(command.scope(), client.scopes());
        ScimToken.Issued issued = ScimToken.issue(client.connectionId(), scopes, lifetime.toSeconds(), now);
        tokens.insertAccessToken(issued.token(), client.id().value(), secret.id().value());
        clients.touch(client.id(), now);
        logs.append(entries.scimSuccess(client.connectionId().value(), command.request(),
                "Issue access token to " + client.id().value(), null));
        return new AccessToken(issued, client.id().value(), lifetime.toSeconds());
    }

    /** RFC 7523 client authentication: the credential whose issuer and subject the assertion claims verifies it. */
    private AccessToken byAssertion(IssueAccessTokenCommand command, Instant now) {
        if (!JWT_BEARER.equals(command.assertionType()) || command.assertion() == null) {
            throw OAuthException.invalidRequest("client_assertion_type must be " + JWT_BEARER
                    + ", with a client_assertion");
        }
        if (command.clientSecret() != null) {
            throw OAuthException.invalidRequest("Authenticate with a client secret or an assertion, not both");
        }
        ClaimedIdentity claimed = assertions.claimed(command.assertion()).orElseThrow(OAuthException::invalidClient);
        if (configurations.findByConnection(command.connectionId()).isEmpty()) {
            throw OAuthException.invalidClient();
        }
        FederatedCredential credential = credentials.findByConnection(command.connectionId()).stream()
                .filter(c -> c.issuer().equals(claimed.issuer()) && c.subject().equals(claimed.subject()))
                .filter(c -> command.clientId() == null || command.clientId().equals(c.id().value()))
                .findFirst().orElseThrow(OAuthException::invalidClient);
        VerifiedAssertion verified = assertions.verify(command.assertion(), credential, now);
        if (!credentials.rememberAssertion(credential.id(), verified.jti(), verified.expiresAt(), now)) {
            throw OAuthException.invalidClient();
        }
        Set<Scope> scopes = scopes(command.scope(), credential.scopes());
        ScimToken.Issued issued = ScimToken.issue(credential.connectionId(), scopes, lifetime.toSeconds(), now);
        tokens.insertAccessToken(issued.token(), credential.id().value(), null);
        credentials.touch(credential.id(), now);
        logs.append(entries.scimSuccess(credential.connectionId().value(), command.request(),
                "Issue access token to " + credential.id().value(), null));
        return new AccessToken(issued, credential.id().value(), lifetime.toSeconds());
    }

    /** The scopes asked for (space-separated), each one the client holds; none asked: all of the client's. */
    private static Set<Scope> scopes(String requested, Set<Scope> granted) {
        if (requested == null || requested.isBlank()) {
            return granted;
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : requested.trim().split(" +")) {
            Scope scope = Scope.fromWireName(name).filter(granted::contains)
                    .orElseThrow(() -> OAuthException.invalidScope("The client may not have the scope "
                            + (name.length() > 40 ? name.substring(0, 40) + "…" : name)));
            scopes.add(scope);
        }
        return scopes;
    }
}
