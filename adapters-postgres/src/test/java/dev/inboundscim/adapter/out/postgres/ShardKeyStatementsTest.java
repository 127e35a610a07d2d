package dev.inboundscim.adapter.out.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The statement check of {@link ShardKeys}, which every statement of the adapter passes while this JVM's tests run
 * (the repository contract suites above all): it refuses what it must, and lets through what names the connection.
 */
class ShardKeyStatementsTest {

    @Test
    void aStatementOnAPerConnectionTableWithoutItsConnectionFailsLoudly() {
        String sql = "SELECT user_id FROM users WHERE user_id = ?";
        AssertionError failure = assertThrows(AssertionError.class, () -> ShardKeys.check(sql));
        assertTrue(failure.getMessage().contains(sql), failure.getMessage());
        assertTrue(ShardKeys.violations().stream().anyMatch(v -> v.contains(sql)));
    }

    @Test
    void eachReferenceNeedsItsOwnConnection() {
        assertTrue(ShardKeys.problem("DELETE FROM group_members WHERE user_id = ?").isPresent());
        assertTrue(ShardKeys.problem("INSERT INTO group_members (group_id, user_id) VALUES (?, ?)").isPresent());
        assertTrue(ShardKeys.problem("SELECT 1 FROM group_members m JOIN scim_groups g ON g.group_id = m.group_id "
                + "WHERE m.connection_id = ? AND m.user_id = ?").isPresent(), "the join of g has no connection");
        assertTrue(ShardKeys.problem("SELECT 1 FROM user_roles a WHERE a.user_id = ? AND connection_id = ?")
                .isPresent(), "an aliased table needs its alias's connection_id");
        assertTrue(ShardKeys.problem("/* all connections: because */ SELECT 1 FROM users").isPresent(),
                "an unknown reason to read every connection");
    }

    @Test
    void statementsThatNameTheConnectionPass() {
        assertEquals(Optional.empty(), ShardKeys.problem("SELECT 1 FROM users WHERE user_id = ? AND connection_id = ?"));
        assertEquals(Optional.empty(), ShardKeys.problem("SELECT 1 FROM group_members m JOIN scim_groups g "
                + "ON g.connection_id = m.connection_id AND g.group_id = m.group_id WHERE m.connection_id = ?"));
        assertEquals(Optional.empty(), ShardKeys.problem("INSERT INTO user_counts (connection_id, slot, n) "
                + "VALUES (?, ?, 1) ON CONFLICT (connection_id, slot) DO UPDATE SET n = user_counts.n + 1"));
        assertEquals(Optional.empty(), ShardKeys.problem("SELECT 1 FROM user_connections WHERE user_id = ?"),
                "a directory is keyed by the id");
        assertEquals(Optional.empty(), ShardKeys.problem("/* all connections: soft deletion purge */ "
                + "DELETE FROM soft_deleted_users WHERE restore_until <= ?"));
    }

    @Test
    void theAdaptersStatementsWereChecked() {
        // The contract suites of this JVM ran through the check (TestDatabases installs it before any store).
        TestDatabases.postgres().repositories().users().findById(new UserId("usr_no_such_user"));
        assertTrue(ShardKeys.checked().stream().anyMatch(sql -> sql.contains("FROM user_connections")),
                "the adapter's statements pass through the check");
        List<String> mine = ShardKeys.violations().stream()
                .filter(v -> !v.contains("SELECT user_id FROM users WHERE user_id = ?")).toList();
        assertEquals(List.of(), mine);
    }
}
