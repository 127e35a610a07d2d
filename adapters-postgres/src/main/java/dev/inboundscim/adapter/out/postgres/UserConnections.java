package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.user.UserId;
import io.helidon.dbclient.DbExecute;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The connection of an id, from the directories of V21 ({@code user_connections}, {@code group_connections}), for
 * the callers that know only the id (the Management API, logins, role reads): every statement on a per-connection
 * table then names the connection, which is the table's distribution column on Citus (docs/scaling.md).
 */
final class UserConnections {

    private UserConnections() {
    }

    /** The connection of the live user {@code id}; empty when no live user has it (a soft-deleted one holds it). */
    static Optional<ConnectionId> of(DbExecute execute, UserId id) {
        return Db.first(execute, "SELECT connection_id FROM user_connections WHERE user_id = ? AND held_until IS NULL",
                row -> new ConnectionId(Rows.string(row, "connection_id")), List.of(id.value()));
    }

    /** The connections of the live users among {@code ids}, by connection, in connection order. */
    static Map<ConnectionId, List<String>> byConnection(DbExecute execute, Collection<UserId> ids) {
        Map<ConnectionId, List<String>> byConnection = new LinkedHashMap<>();
        Db.query(execute, "SELECT connection_id, to_json(array_agg(user_id ORDER BY user_id))::text AS users "
                        + "FROM user_connections WHERE user_id = ANY (?::text[]) AND held_until IS NULL "
                        + "GROUP BY connection_id ORDER BY connection_id",
                row -> row, List.of((Object) ids.stream().map(UserId::value).toArray(String[]::new)))
                .forEach(row -> byConnection.put(new ConnectionId(Rows.string(row, "connection_id")),
                        Rows.jsonStrings(row, "users")));
        return byConnection;
    }

    /** The connection of the group {@code id}. */
    static Optional<ConnectionId> ofGroup(DbExecute execute, GroupId id) {
        return Db.first(execute, "SELECT connection_id FROM group_connections WHERE group_id = ?",
                row -> new ConnectionId(Rows.string(row, "connection_id")), List.of(id.value()));
    }
}
