package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.domain.client.ClientId;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.signing.SigningKeyId;
import dev.inboundscim.domain.user.UserId;

/**
 * The ids a Management API request names, parsed at the edge: an id that cannot exist is answered like one that does
 * not (404), so a client learns nothing from the difference.
 */
final class ResourceIds {

    private ResourceIds() {
    }

    static ConnectionId connection(String text) {
        if (!ConnectionId.isWellFormed(text)) {
            throw NotFoundException.resource("Connection", "with this id");
        }
        return new ConnectionId(text);
    }

    /** A connection named in a body: null stays null (the use case says whether one is required). */
    static ConnectionId optionalConnection(String text) {
        return text == null ? null : connection(text);
    }

    static UserId user(String text) {
        if (!UserId.isAcceptable(text)) {
            throw new NotFoundException("User not found");
        }
        return new UserId(text);
    }

    static ClientId client(String text) {
        if (!ClientId.isWellFormed(text)) {
            throw new NotFoundException("Client not found");
        }
        return new ClientId(text);
    }

    /** A client named in a login: one that cannot exist names no client (400), like an unknown one. */
    static ClientId loginClient(String text) {
        if (text == null) {
            return null;
        }
        if (!ClientId.isWellFormed(text)) {
            throw BadRequestException.invalidValue("client_id names no client");
        }
        return new ClientId(text);
    }

    static OrganizationId organization(String text) {
        if (!OrganizationId.isWellFormed(text)) {
            throw new NotFoundException("Organization not found");
        }
        return new OrganizationId(text);
    }

    static SigningKeyId signingKey(String text) {
        if (!SigningKeyId.isWellFormed(text)) {
            throw new NotFoundException("Signing key not found");
        }
        return new SigningKeyId(text);
    }
}
