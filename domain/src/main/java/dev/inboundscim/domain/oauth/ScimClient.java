package dev.inboundscim.domain.oauth;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.token.Scope;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An OAuth 2.0 client of a connection's SCIM endpoint (SPEC §9): the IdP authenticates as it at the token endpoint
 * with one of its secrets and receives short-lived access tokens with (a subset of) its scopes.
 */
public record ScimClient(ScimClientId id, ConnectionId connectionId, Set<Scope> scopes, String description,
                         Instant createdAt, Instant lastUsedAt, List<ClientSecret> secrets) {

    public static final int MAX_DESCRIPTION = 255;

    public ScimClient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(createdAt, "createdAt");
        if (scopes == null || scopes.isEmpty()) {
            throw BadRequestException.invalidValue("scopes must name at least one scope");
        }
        if (description != null && (description.length() > MAX_DESCRIPTION || description.indexOf('\0') >= 0)) {
            throw BadRequestException.invalidValue("description must be at most " + MAX_DESCRIPTION
                    + " characters without NUL");
        }
        scopes = Set.copyOf(scopes);
        secrets = List.copyOf(secrets);
    }

    /** A new client with its first secret. */
    public static Created create(ConnectionId connectionId, Collection<Scope> scopes, String description,
                                 Long secretLifetime, Instant now) {
        if (scopes == null || scopes.isEmpty()) {
            throw BadRequestException.invalidValue("scopes must name at least one scope");
        }
        ClientSecret.Issued first = ClientSecret.issue(secretLifetime, now);
        ScimClient client = new ScimClient(ScimClientId.generate(), connectionId, EnumSet.copyOf(scopes),
                description, now, null, List.of(first.secret()));
        return new Created(client, first);
    }

    /** A new client and its first secret, shown once. */
    public record Created(ScimClient client, ClientSecret.Issued secret) {
    }
}
