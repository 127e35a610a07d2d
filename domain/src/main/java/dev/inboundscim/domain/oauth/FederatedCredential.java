package dev.inboundscim.domain.oauth;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.token.Scope;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A federated credential of a connection (SPEC §9, Entra Workload Identity Federation): the IdP proves itself with a
 * JWT it signs (RFC 7523 client assertion) whose {@code iss}, {@code sub} and {@code aud} are these values and whose
 * signature a key of {@code jwksUri} verifies; it then gets access tokens with (a subset of) these scopes. Nothing
 * secret is stored.
 */
public record FederatedCredential(FederatedCredentialId id, ConnectionId connectionId, String issuer, String subject,
                                  String audience, URI jwksUri, Set<Scope> scopes, Instant createdAt,
                                  Instant lastUsedAt) {

    public static final int MAX_VALUE = 1024;

    public FederatedCredential {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(jwksUri, "jwksUri");
        Objects.requireNonNull(createdAt, "createdAt");
        requireValue("issuer", issuer);
        requireValue("subject", subject);
        requireValue("audience", audience);
        if (scopes == null || scopes.isEmpty()) {
            throw BadRequestException.invalidValue("scopes must name at least one scope");
        }
        scopes = Set.copyOf(scopes);
    }

    /** A new credential; {@code jwksUri} must be https, or http on this machine's loopback (for tests). */
    public static FederatedCredential create(ConnectionId connectionId, String issuer, String subject,
                                             String audience, String jwksUri, Collection<Scope> scopes,
                                             Instant now) {
        if (scopes == null || scopes.isEmpty()) {
            throw BadRequestException.invalidValue("scopes must name at least one scope");
        }
        return new FederatedCredential(FederatedCredentialId.generate(), connectionId, issuer, subject, audience,
                jwksUri(jwksUri), EnumSet.copyOf(scopes), now, null);
    }

    private static URI jwksUri(String text) {
        requireValue("jwks_uri", text);
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw BadRequestException.invalidValue("jwks_uri is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http") && loopback)) {
            throw BadRequestException.invalidValue("jwks_uri must be an https URL");
        }
        return uri;
    }

    private static void requireValue(String name, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_VALUE || value.indexOf('\0') >= 0) {
            throw BadRequestException.invalidValue(name + " is required: 1 to " + MAX_VALUE
                    + " characters without NUL");
        }
    }
}
