package dev.inboundscim.adapter.out.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.inboundscim.application.port.out.SetupTicketRepository;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.setup.SetupTicket;
import dev.inboundscim.domain.setup.SetupTicketId;
import dev.inboundscim.domain.token.Scope;
import dev.inboundscim.domain.token.TokenId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;

/**
 * Setup tickets in {@code setup_tickets}, one document each; {@link MongoCascade} removes a deleted connection's.
 * A rotation's compare-and-set is one conditional update of one document.
 */
final class MongoSetupTicketRepository implements SetupTicketRepository {

    static final String CONNECTION_ID = "connectionId";
    private static final String TOKEN_ID = "tokenId";

    private final MongoCollection<Document> tickets;
    private final MongoCollection<Document> connections;

    MongoSetupTicketRepository(MongoCollection<Document> tickets, MongoCollection<Document> connections) {
        this.tickets = tickets;
        this.connections = connections;
    }

    @Override
    public void insert(SetupTicket ticket) {
        if (!MongoConnectionRepository.exists(connections, ticket.connectionId().value())) {
            throw NotFoundException.resource("Connection", ticket.connectionId().value());
        }
        tickets.insertOne(new Document("_id", ticket.id().value())
                .append(CONNECTION_ID, ticket.connectionId().value())
                .append("secretDigest", ticket.secretDigest())
                .append(StoredScopes.FIELD, StoredScopes.names(ticket.scopes()))
                .append("tokenLifetime", ticket.tokenLifetime())
                .append("createdAt", Instants.toDate(ticket.createdAt()))
                .append("expiresAt", Instants.toDate(ticket.expiresAt()))
                .append(TOKEN_ID, ticket.tokenId() == null ? null : ticket.tokenId().value()));
    }

    @Override
    public Optional<SetupTicket> findById(SetupTicketId id) {
        return Optional.ofNullable(tickets.find(Filters.eq("_id", id.value())).first())
                .map(MongoSetupTicketRepository::ticket);
    }

    @Override
    public List<SetupTicket> findByConnection(ConnectionId connectionId) {
        return tickets.find(Filters.eq(CONNECTION_ID, connectionId.value()))
                .sort(Sorts.ascending("createdAt", "_id"))
                .map(MongoSetupTicketRepository::ticket).into(new ArrayList<>());
    }

    @Override
    public boolean delete(ConnectionId connectionId, SetupTicketId id) {
        return tickets.deleteOne(Filters.and(Filters.eq("_id", id.value()),
                Filters.eq(CONNECTION_ID, connectionId.value()))).getDeletedCount() == 1;
    }

    @Override
    public boolean replaceToken(SetupTicketId id, TokenId expected, TokenId next) {
        return tickets.updateOne(Filters.and(Filters.eq("_id", id.value()),
                        Filters.eq(TOKEN_ID, expected == null ? null : expected.value())),
                Updates.set(TOKEN_ID, next.value())).getModifiedCount() == 1;
    }

    private static SetupTicket ticket(Document document) {
        Set<Scope> scopes = StoredScopes.of(document);
        Number lifetime = document.get("tokenLifetime", Number.class);
        String token = document.getString(TOKEN_ID);
        return new SetupTicket(new SetupTicketId(document.getString("_id")),
                new ConnectionId(document.getString(CONNECTION_ID)), document.getString("secretDigest"), scopes,
                lifetime == null ? null : lifetime.longValue(), Instants.toInstant(document.getDate("createdAt")),
                Instants.toInstant(document.getDate("expiresAt")), token == null ? null : new TokenId(token));
    }
}
