package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.SetupTicketRepository;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.setup.SetupTicket;
import dev.inboundscim.domain.setup.SetupTicketId;
import dev.inboundscim.domain.token.Scope;
import dev.inboundscim.domain.token.TokenId;
import io.helidon.dbclient.DbRow;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Setup tickets in {@code setup_tickets}; a connection's deletion takes its tickets with it (the foreign key). */
final class PostgresSetupTicketRepository implements SetupTicketRepository {

    // array_to_string: scopes never hold commas (as in scim_tokens).
    private static final String SELECT = "SELECT ticket_id, connection_id, secret_digest, "
            + "array_to_string(scopes, ',') AS scopes, token_lifetime, created_at, expires_at, token_id "
            + "FROM setup_tickets";

    private final Db db;

    PostgresSetupTicketRepository(Db db) {
        this.db = db;
    }

    @Override
    public void insert(SetupTicket ticket) {
        try {
            Db.dml(db.execute(), "INSERT INTO setup_tickets (ticket_id, connection_id, secret_digest, scopes, "
                    + "token_lifetime, created_at, expires_at, token_id) VALUES (?, ?, ?, ?::text[], ?, ?, ?, ?)",
                    Db.params(ticket.id().value(), ticket.connectionId().value(), ticket.secretDigest(),
                            Rows.scopeNames(ticket.scopes()),
                            ticket.tokenLifetime(), Rows.timestamp(ticket.createdAt()),
                            Rows.timestamp(ticket.expiresAt()),
                            ticket.tokenId() == null ? null : ticket.tokenId().value()));
        } catch (RuntimeException e) {
            if (SqlErrors.is(e, SqlErrors.FOREIGN_KEY_VIOLATION)) {
                throw NotFoundException.resource("Connection", ticket.connectionId().value());
            }
            throw e;
        }
    }

    @Override
    public Optional<SetupTicket> findById(SetupTicketId id) {
        return Db.first(db.execute(), SELECT + " WHERE ticket_id = ?", PostgresSetupTicketRepository::ticket,
                List.of(id.value()));
    }

    @Override
    public List<SetupTicket> findByConnection(ConnectionId connectionId) {
        return Db.query(db.execute(), SELECT + " WHERE connection_id = ? ORDER BY created_at, ticket_id",
                PostgresSetupTicketRepository::ticket, List.of(connectionId.value()));
    }

    @Override
    public boolean delete(ConnectionId connectionId, SetupTicketId id) {
        return Db.dml(db.execute(), "DELETE FROM setup_tickets WHERE ticket_id = ? AND connection_id = ?",
                List.of(id.value(), connectionId.value())) == 1;
    }

    @Override
    public boolean replaceToken(SetupTicketId id, TokenId expected, TokenId next) {
        return Db.dml(db.execute(), "UPDATE setup_tickets SET token_id = ? WHERE ticket_id = ? "
                + "AND token_id IS NOT DISTINCT FROM ?",
                Db.params(next.value(), id.value(), expected == null ? null : expected.value())) == 1;
    }

    private static SetupTicket ticket(DbRow row) {
        Set<Scope> scopes = Rows.scopes(row, "scopes");
        Number lifetime = row.column("token_lifetime").get(Number.class);
        String token = Rows.string(row, "token_id");
        return new SetupTicket(new SetupTicketId(Rows.string(row, "ticket_id")),
                new ConnectionId(Rows.string(row, "connection_id")), Rows.string(row, "secret_digest"), scopes,
                lifetime == null ? null : lifetime.longValue(), Rows.instant(row, "created_at"),
                Rows.instant(row, "expires_at"), token == null ? null : new TokenId(token));
    }
}
