package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.adapter.in.http.PathIds;
import dev.inboundscim.domain.client.ClientId;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.event.EventStreamId;
import dev.inboundscim.domain.logstream.LogStreamId;
import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.signing.SigningKeyId;
import dev.inboundscim.domain.token.TokenId;
import dev.inboundscim.domain.user.UserId;

/**
 * The ids a Management API request names, parsed at the edge: an id that cannot exist is answered like one that does
 * not (404), so a client learns nothing from the difference. Users and groups are worded as on the SCIM side
 * ({@link PathIds}).
 */
final class ResourceIds {

    private ResourceIds() {
    }

    static ConnectionId connection(String text) {
        return PathIds.parse(text, ConnectionId::isWellFormed, ConnectionId::new,
                () -> NotFoundException.resource("Connection", "with this id"));
    }

    /** A connection named in a body: null stays null (the use case says whether one is required). */
    static ConnectionId optionalConnection(String text) {
        return text == null ? null : connection(text);
    }

    /** A {@code connection_id} that narrows a list: absent or blank lists every connection's. */
    static ConnectionId connectionFilter(String text) {
        return text == null || text.isBlank() ? null : connection(text);
    }

    static ClientId client(String text) {
        return PathIds.parse(text, ClientId::isWellFormed, ClientId::new,
                () -> new NotFoundException("Client not found"));
    }

    /** A client named in a login: one that cannot exist names no client (400), like an unknown one. */
    static ClientId loginClient(String text) {
        return text == null ? null : PathIds.parse(text, ClientId::isWellFormed, ClientId::new,
                () -> BadRequestException.invalidValue("client_id names no client"));
    }

    static OrganizationId organization(String text) {
        return PathIds.parse(text, OrganizationId::isWellFormed, OrganizationId::new,
                () -> new NotFoundException("Organization not found"));
    }

    static SigningKeyId signingKey(String text) {
        return PathIds.parse(text, SigningKeyId::isWellFormed, SigningKeyId::new,
                () -> new NotFoundException("Signing key not found"));
    }

    static EventStreamId eventStream(String text) {
        return PathIds.parse(text, EventStreamId::isWellFormed, EventStreamId::new,
                () -> new NotFoundException("Event stream not found"));
    }

    static LogStreamId logStream(String text) {
        return PathIds.parse(text, LogStreamId::isWellFormed, LogStreamId::new,
                () -> new NotFoundException("Log stream not found"));
    }

    static TokenId token(String text) {
        return PathIds.parse(text, TokenId::isWellFormed, TokenId::new,
                () -> NotFoundException.resource("Token", "with this id"));
    }

    /**
     * A page's {@code from}: the user id the previous page ended with (blank: from the first); one that cannot be a
     * user id is refused with {@code refusal}, as each list words it.
     */
    static UserId userCheckpoint(String from, String refusal) {
        return from == null || from.isBlank() ? null : PathIds.parse(from, UserId::isAcceptable, UserId::new,
                () -> BadRequestException.invalidValue(refusal));
    }
}
