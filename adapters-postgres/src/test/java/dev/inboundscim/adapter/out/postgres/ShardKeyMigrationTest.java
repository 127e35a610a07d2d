package dev.inboundscim.adapter.out.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.user.UserId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V21 on a database with data: rows written under the V20 schema are keyed by connection, their ids are in the
 * directories, and the repositories find them as before.
 */
class ShardKeyMigrationTest {

    private static final String V20_DATA = """
            INSERT INTO connections (id, name, strategy, sync_user_profile_at_login, created_at, updated_at)
            VALUES ('con_AAAAAAAAAAAAAAAA', 'a', 'scim', true, now(), now()), ('con_BBBBBBBBBBBBBBBB', 'b', 'scim', true, now(), now());
            INSERT INTO users (user_id, connection_id, profile, profile_ci, identities, user_name_key,
                               user_id_attribute_key, created_at, updated_at, version)
            VALUES ('usr_a1', 'con_AAAAAAAAAAAAAAAA', '{"userName":"A1"}', '{"userName":"a1"}', '[]', 'a1', 'ext-a1', now(), now(), 1),
                   ('usr_a2', 'con_AAAAAAAAAAAAAAAA', '{"userName":"A2"}', '{"userName":"a2"}', '[]', 'a2', 'ext-a2', now(), now(), 1),
                   ('usr_b1', 'con_BBBBBBBBBBBBBBBB', '{"userName":"B1"}', '{"userName":"b1"}', '[]', 'b1', 'ext-b1', now(), now(), 1);
            INSERT INTO soft_deleted_users (user_id, connection_id, profile, identities, user_name_key,
                                            user_id_attribute_key, created_at, updated_at, version, deleted_at,
                                            restore_until)
            VALUES ('usr_gone', 'con_BBBBBBBBBBBBBBBB', '{}', '[]', 'gone', 'ext-gone', now(), now(), 2, now(),
                    now() + interval '30 days');
            INSERT INTO scim_groups (group_id, connection_id, display_name, display_name_key, member_count,
                                     created_at, updated_at, version)
            VALUES ('grp_AAAAAAAAAAAAAAAA', 'con_AAAAAAAAAAAAAAAA', 'Team A', 'team a', 2, now(), now(), 1),
                   ('grp_BBBBBBBBBBBBBBBB', 'con_BBBBBBBBBBBBBBBB', 'Team B', 'team b', 1, now(), now(), 1);
            INSERT INTO group_members (group_id, user_id)
            VALUES ('grp_AAAAAAAAAAAAAAAA', 'usr_a1'), ('grp_AAAAAAAAAAAAAAAA', 'usr_a2'), ('grp_BBBBBBBBBBBBBBBB', 'usr_b1');
            INSERT INTO roles (role_id, name, name_key, display_key, created_at, updated_at)
            VALUES ('rol_1111111111111111', 'admin', 'admin', 'admin', now(), now());
            INSERT INTO user_roles (user_id, source, role_id, connection_id) VALUES ('usr_a1', 'direct', 'rol_1111111111111111', 'con_AAAAAAAAAAAAAAAA');
            INSERT INTO group_roles (group_id, role_id, connection_id) VALUES ('grp_BBBBBBBBBBBBBBBB', 'rol_1111111111111111', 'con_BBBBBBBBBBBBBBBB');
            INSERT INTO organizations (org_id, name, created_at) VALUES ('org_1111111111111111', 'acme', now());
            INSERT INTO organization_members (org_id, user_id) VALUES ('org_1111111111111111', 'usr_a2'), ('org_1111111111111111', 'usr_b1');
            """;

    @Test
    void rowsWrittenUnderV20AreKeyedByConnectionAndFoundAsBefore() throws SQLException {
        TestDatabases.Coordinates server = TestDatabases.coordinates();
        String name = "shard_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        String url = withDatabase(server.jdbcUrl(), name);
        Flyway.configure().dataSource(url, server.user(), server.password()).locations("classpath:db/migration")
                .target("20").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute(V20_DATA);
        }

        try (PostgresStore store = PostgresStore.connect(url, server.user(), server.password())) {
            Repositories repositories = store.repositories();
            assertEquals("con_AAAAAAAAAAAAAAAA", repositories.users().findById(new UserId("usr_a1")).orElseThrow().connectionId()
                    .value());
            assertTrue(repositories.users().findById(new UserId("usr_gone")).isEmpty(), "soft-deleted");
            assertTrue(repositories.users().isSoftDeleted(new ConnectionId("con_BBBBBBBBBBBBBBBB"), new UserId("usr_gone"),
                    java.time.Instant.now()));
            assertEquals(List.of("usr_a1", "usr_a2"), repositories.groups().members(new GroupId("grp_AAAAAAAAAAAAAAAA"), null, 10,
                    null).stream().map(member -> member.userId().value()).toList());
            assertEquals("Team A", repositories.groups().groupsOf(List.of(new UserId("usr_a1")))
                    .get(new UserId("usr_a1")).getFirst().displayName());
            assertEquals(1, repositories.roles().held(new UserId("usr_a1")).size());
            assertEquals(1, repositories.roles().held(new UserId("usr_b1")).size(), "through grp_BBBBBBBBBBBBBBBB");
            assertEquals(List.of("usr_a2", "usr_b1"), repositories.organizations().members(new OrganizationId("org_1111111111111111"),
                    null, 10).stream().map(UserId::value).toList());
            assertEquals(List.of(new OrganizationId("org_1111111111111111")), List.copyOf(repositories.roles()
                    .heldInOrganizations(new UserId("usr_b1")).keySet()));
        }
        try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
             Statement statement = connection.createStatement()) {
            assertEquals("usr_a1=con_AAAAAAAAAAAAAAAA;usr_a2=con_AAAAAAAAAAAAAAAA;usr_b1=con_BBBBBBBBBBBBBBBB;usr_gone=con_BBBBBBBBBBBBBBBB(held)", joined(statement,
                    "SELECT user_id || '=' || connection_id || CASE WHEN held_until IS NULL THEN '' ELSE '(held)' "
                            + "END FROM user_connections ORDER BY user_id"));
            assertEquals("grp_AAAAAAAAAAAAAAAA=con_AAAAAAAAAAAAAAAA;grp_BBBBBBBBBBBBBBBB=con_BBBBBBBBBBBBBBBB", joined(statement,
                    "SELECT group_id || '=' || connection_id FROM group_connections ORDER BY group_id"));
            assertEquals("con_AAAAAAAAAAAAAAAA/grp_AAAAAAAAAAAAAAAA/usr_a1;con_AAAAAAAAAAAAAAAA/grp_AAAAAAAAAAAAAAAA/usr_a2;con_BBBBBBBBBBBBBBBB/grp_BBBBBBBBBBBBBBBB/usr_b1", joined(statement,
                    "SELECT connection_id || '/' || group_id || '/' || user_id FROM group_members ORDER BY 1"));
            assertEquals("con_AAAAAAAAAAAAAAAA/usr_a2/org_1111111111111111;con_BBBBBBBBBBBBBBBB/usr_b1/org_1111111111111111", joined(statement,
                    "SELECT connection_id || '/' || user_id || '/' || org_id FROM organization_members ORDER BY 1"));
        }
    }

    private static String joined(Statement statement, String sql) throws SQLException {
        StringBuilder joined = new StringBuilder();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                joined.append(joined.isEmpty() ? "" : ";").append(rows.getString(1));
            }
        }
        return joined.toString();
    }

    /** The JDBC URL of another database on the same server. */
    private static String withDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String rest = query < 0 ? "" : jdbcUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + rest;
    }
}
